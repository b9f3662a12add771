import { randomUUID } from 'node:crypto';
import type { Recommendation, RedFlagSeverity, ScorecardStatus } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../applications/application.entity';
import { User } from '../users/user.entity';

/**
 * One interviewer × application × stage. `version` is the optimistic lock,
 * bumped only by a conditional UPDATE (…WHERE version = ?), never @VersionColumn.
 */
@Entity('scorecards')
@Index('UQ_scorecards_application_stage_interviewer', ['applicationId', 'stageId', 'interviewerId'], { unique: true })
export class Scorecard {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_scorecards_application_id' })
  application?: Application;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  @Index('IDX_scorecards_interviewer_id')
  @Column({ name: 'interviewer_id', type: 'uuid' })
  interviewerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'FK_scorecards_interviewer_id' })
  interviewer?: User;

  @Column({ type: 'varchar', length: 16 })
  status!: ScorecardStatus;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'rubric_version', type: 'int' })
  rubricVersion!: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  recommendation!: Recommendation | null;

  @Column({ type: 'text', nullable: true })
  takeaways!: string | null;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'revised_after_seeing_others', type: 'boolean', default: false })
  revisedAfterSeeingOthers!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** A rating: '1'–'4', 'met', 'not_met', or null (not assessed). */
@Entity('scorecard_ratings')
export class ScorecardRating {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_scorecard_ratings_scorecard_id')
  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId!: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'FK_scorecard_ratings_scorecard_id' })
  scorecard?: Scorecard;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  value!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

@Entity('scorecard_red_flags')
export class ScorecardRedFlag {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_scorecard_red_flags_scorecard_id')
  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId!: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'FK_scorecard_red_flags_scorecard_id' })
  scorecard?: Scorecard;

  @Column({ name: 'type_id', type: 'uuid' })
  typeId!: string;

  @Column({ type: 'varchar', length: 16 })
  severity!: RedFlagSeverity;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;
}

export interface ScorecardSnapshot {
  recommendation: Recommendation | null;
  takeaways: string | null;
  ratings: { itemId: string; value: string | null; note: string | null }[];
  redFlags: { typeId: string; severity: RedFlagSeverity; evidence: string | null }[];
}

/** A submitted scorecard's content at each submit or later edit; kept, never rewritten. */
@Entity('scorecard_revisions')
@Index('UQ_scorecard_revisions_scorecard_revision', ['scorecardId', 'revision'], { unique: true })
export class ScorecardRevision {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId!: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'FK_scorecard_revisions_scorecard_id' })
  scorecard?: Scorecard;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'simple-json' })
  snapshot!: ScorecardSnapshot;

  @Column({ name: 'after_seeing_others', type: 'boolean', default: false })
  afterSeeingOthers!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
