import { randomUUID } from 'node:crypto';
import type { CandidateImportStatus, CsvImportResult, CsvImportRowError } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A CSV import processed in the background; the row is its progress, readable from any process. */
@Entity('candidate_imports')
export class CandidateImport {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ type: 'varchar', length: 16 })
  status!: CandidateImportStatus;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int' })
  processed!: number;

  @Column({ type: 'simple-json' })
  errors!: CsvImportRowError[];

  @Column({ type: 'simple-json', nullable: true })
  result!: CsvImportResult | null;

  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
