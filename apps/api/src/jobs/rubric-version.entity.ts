import { randomUUID } from 'node:crypto';
import type { JobItem } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Job } from './job.entity';

/**
 * The checklist as it stood at one rubric version, written when the version is
 * made, so a scorecard can always be read against the items it rated.
 * The unique (job_id, version) index also serves lookups by job.
 */
@Entity('rubric_versions')
@Index('UQ_rubric_versions_job_id_version', ['jobId', 'version'], { unique: true })
export class RubricVersion {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_rubric_versions_job_id' })
  job?: Job;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'simple-json' })
  items!: JobItem[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_rubric_versions_created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
