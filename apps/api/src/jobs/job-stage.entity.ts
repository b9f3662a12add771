import { randomUUID } from 'node:crypto';
import type { StageKind } from '@shortlist/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';

/** A stage of a job's interview plan, with the items it assesses and who interviews in it. */
@Entity('job_stages')
export class JobStageRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_job_stages_job_id')
  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_job_stages_job_id' })
  job?: Job;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: StageKind;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'focus_item_ids', type: 'simple-json' })
  focusItemIds!: string[];

  @Column({ type: 'simple-json' })
  guidance!: string[];

  /** Read by the job list as text (`LIKE '%"<id>"%'`) to find an interviewer's jobs on both engines. */
  @Column({ name: 'interviewer_ids', type: 'simple-json' })
  interviewerIds!: string[];
}
