import { Entity, Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ApplicationStatus } from '@shortlist/contracts';
import { Job } from '../jobs/job.entity';

/**
 * How many applications a job has in each stage × status, kept by database
 * triggers on `applications` (migration 1766620800000-board-order) so the
 * board's counts do not grow with the job. Read-only for the app.
 */
@Entity('pipeline_counts')
export class PipelineCount {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_pipeline_counts_job_id' })
  job?: Job;

  @PrimaryColumn({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: ApplicationStatus;

  @Column({ type: 'int' })
  n!: number;
}
