import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';

/** A kind of red flag interviewers may raise on this job, linked to the items that would reveal it. */
@Entity('red_flag_types')
export class RedFlagTypeRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_red_flag_types_job_id')
  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_red_flag_types_job_id' })
  job?: Job;

  @Column({ type: 'varchar', length: 500 })
  label!: string;

  @Column({ name: 'linked_item_ids', type: 'simple-json' })
  linkedItemIds!: string[];

  @Column({ type: 'int' })
  position!: number;
}
