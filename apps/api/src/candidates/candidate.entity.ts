import { randomUUID } from 'node:crypto';
import type { CandidateLink, CandidateSource } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person who may apply to several jobs. The `*_key` columns are lower-cased,
 * normalised copies that search reads (SQLite's LOWER() folds ASCII only): with
 * LIKE on PostgreSQL, through the FTS5 tables that triggers keep on SQLite.
 */
@Entity('candidates')
// The order of a search page, walked when a search matches many (CandidatesService.search).
@Index('IDX_candidates_name_key', ['nameKey', 'id'], { where: '"erased_at" IS NULL' })
// PostgreSQL's pg_trgm GIN indexes (migration 1766707200000); TypeORM cannot describe them, so it leaves them be.
@Index('IDX_candidates_name_key_trgm', { synchronize: false })
@Index('IDX_candidates_email_trgm', { synchronize: false })
@Index('IDX_candidates_skills_key_trgm', { synchronize: false })
@Index('IDX_candidates_tags_key_trgm', { synchronize: false })
export class Candidate {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-cased and trimmed, so uniqueness ignores case. */
  @Index('UQ_candidates_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 32 })
  source!: CandidateSource;

  @Column({ type: 'simple-json' })
  tags!: string[];

  @Column({ type: 'simple-json' })
  links!: CandidateLink[];

  @Column({ name: 'resume_text', type: 'text', nullable: true })
  resumeText!: string | null;

  /** Lower-cased name, for sorting and search. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey!: string;

  /** `|tag|tag|`, lower-cased: a tag matches as `%|tag|%`. */
  @Column({ name: 'tags_key', type: 'text' })
  tagsKey!: string;

  /** The résumé as space-separated lower-cased words, padded: a skill matches as `% word %`. */
  @Column({ name: 'skills_key', type: 'text', default: ' ' })
  skillsKey!: string;

  @Column({ type: 'int' })
  version!: number;

  /** Set when the candidate's personal data was erased; the row stays so applications keep counting in reports. */
  @Column({ name: 'erased_at', type: Date, nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
