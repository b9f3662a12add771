import { randomUUID } from 'node:crypto';
import type { ResumeMimeType } from '@shortlist/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Candidate } from './candidate.entity';

/**
 * The original résumé file, one per candidate, kept in the database so it is
 * written in the same transaction as the text extracted from it. Base64 in a
 * text column: TypeORM has no binary type common to SQLite (blob) and
 * PostgreSQL (bytea), and files are at most 5 MiB.
 */
@Entity('resume_files')
export class ResumeFile {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('UQ_resume_files_candidate_id', { unique: true })
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_resume_files_candidate_id' })
  candidate?: Candidate;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 100 })
  mimeType!: ResumeMimeType;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ name: 'content_base64', type: 'text' })
  contentBase64!: string;

  @Column({ name: 'uploaded_at', type: Date })
  uploadedAt!: Date;
}
