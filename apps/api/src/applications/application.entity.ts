import { randomUUID } from 'node:crypto';
import type {
  ApplicationStatus,
  GateStatus,
  KnockoutAnswer,
  Proposal,
  RejectionKind,
  ScreeningResult,
} from '@shortlist/contracts';
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
import { Candidate } from '../candidates/candidate.entity';
import { Job } from '../jobs/job.entity';

export interface RejectionRecord {
  kind: RejectionKind;
  reason: string;
  fromStageId: string;
}

/**
 * A candidate × job. The score columns are stored on write (scorecards
 * recompute them) so the board never aggregates ratings; each board sort has
 * an index that gives a stage's first page in order (migration
 * 1766620800000-board-order).
 */
@Entity('applications')
@Index('UQ_applications_candidate_job', ['candidateId', 'jobId'], { unique: true })
// (job, stage, status, score and screen score descending with nulls last, name key, id): TypeORM cannot express it.
@Index('IDX_applications_board_score', { synchronize: false })
@Index('IDX_applications_board_days', ['jobId', 'stageId', 'status', 'stageEnteredAt', 'nameKey', 'id'])
@Index('IDX_applications_board_name', ['jobId', 'stageId', 'status', 'nameKey', 'id'])
export class Application {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_applications_job_id' })
  job?: Job;

  @Index('IDX_applications_candidate_id')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_applications_candidate_id' })
  candidate?: Candidate;

  /** A stage of the job's plan (no foreign key: plan edits replace stages, applications keep their place). */
  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ApplicationStatus;

  @Column({ type: 'simple-json', nullable: true })
  rejection!: RejectionRecord | null;

  @Column({ name: 'knockout_answers', type: 'simple-json' })
  knockoutAnswers!: KnockoutAnswer[];

  @Column({ name: 'knockout_flag', type: 'boolean', default: false })
  knockoutFlag!: boolean;

  @Column({ type: 'simple-json', nullable: true })
  screening!: ScreeningResult | null;

  @Column({ name: 'screen_score', type: 'float', nullable: true })
  screenScore!: number | null;

  @Column({ type: 'float', nullable: true })
  score!: number | null;

  @Column({ type: 'float', default: 0 })
  coverage!: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  gates!: GateStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  proposal!: Proposal | null;

  @Column({ name: 'red_flag_count', type: 'int', default: 0 })
  redFlagCount!: number;

  @Column({ type: 'simple-json' })
  tags!: string[];

  /** `|tag|tag|`, lower-cased, for the board's tag filter. */
  @Column({ name: 'tags_key', type: 'text' })
  tagsKey!: string;

  @Column({ name: 'applied_at', type: Date })
  appliedAt!: Date;

  @Column({ name: 'stage_entered_at', type: Date })
  stageEnteredAt!: Date;

  /** The candidate's `name_key`, the board's tie-break; database triggers keep it, so the app never writes it. */
  @Column({ name: 'name_key', type: 'varchar', length: 200, default: '', insert: false, update: false })
  nameKey!: string;

  @Column({ type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
