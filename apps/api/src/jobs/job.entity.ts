import { randomUUID } from 'node:crypto';
import type { CategoryWeights, JobStatus, Level, ProposalThresholds, ToolGroup } from '@shortlist/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A job: its fields, and the two counters that guard edits. `version` is the
 * optimistic lock every PATCH must send back (bumped by a conditional UPDATE,
 * not @VersionColumn, which lets a stale save win); `rubricVersion` moves only
 * when the checklist changes.
 */
@Entity('jobs')
export class Job {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('UQ_jobs_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: Level;

  @Index('IDX_jobs_status')
  @Column({ type: 'varchar', length: 16 })
  status!: JobStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location!: string | null;

  @Column({ name: 'employment_type', type: 'varchar', length: 200, nullable: true })
  employmentType!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'simple-json' })
  responsibilities!: string[];

  @Column({ type: 'simple-json' })
  perks!: string[];

  @Column({ type: 'simple-json' })
  tools!: ToolGroup[];

  @Column({ type: 'simple-json' })
  guidance!: string[];

  @Column({ name: 'category_weights', type: 'simple-json' })
  categoryWeights!: CategoryWeights;

  @Column({ type: 'simple-json' })
  thresholds!: ProposalThresholds;

  /** Reasons offered when rejecting; null: the default list. */
  @Column({ name: 'rejection_reasons', type: 'simple-json', nullable: true })
  rejectionReasons!: string[] | null;

  @Column({ name: 'auto_reject_on_knockout', type: 'boolean', default: false })
  autoRejectOnKnockout!: boolean;

  @Index('IDX_jobs_hiring_manager_id')
  @Column({ name: 'hiring_manager_id', type: 'uuid' })
  hiringManagerId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'hiring_manager_id', foreignKeyConstraintName: 'FK_jobs_hiring_manager_id' })
  hiringManager?: User;

  @Column({ name: 'rubric_version', type: 'int' })
  rubricVersion!: number;

  @Column({ type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
