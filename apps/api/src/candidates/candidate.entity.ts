import { randomUUID } from 'node:crypto';
import type { CandidateLink, CandidateSource } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person who may apply to several jobs. The `*_key` columns are lower-cased,
 * normalised copies that search reads with LIKE, the same way on SQLite and
 * PostgreSQL (SQLite's LOWER() folds ASCII only).
 */
@Entity('candidates')
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
  @Column({ name: 'skills_key', type: 'text' })
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
