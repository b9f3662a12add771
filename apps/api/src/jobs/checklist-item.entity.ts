import { randomUUID } from 'node:crypto';
import type { ChecklistCategory } from '@shortlist/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';

/** One item of a job's rubric. Never deleted: an item left out of an edit is retired. */
@Entity('checklist_items')
export class ChecklistItem {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_checklist_items_job_id')
  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_checklist_items_job_id' })
  job?: Job;

  @Column({ type: 'varchar', length: 32 })
  category!: ChecklistCategory;

  @Column({ type: 'varchar', length: 500 })
  label!: string;

  @Column({ type: 'float' })
  weight!: number;

  @Column({ name: 'must_have', type: 'boolean' })
  mustHave!: boolean;

  @Column({ type: 'simple-json' })
  keywords!: string[];

  @Column({ type: 'simple-json' })
  anchors!: Record<string, string>;

  @Column({ name: 'knockout_question', type: 'text', nullable: true })
  knockoutQuestion!: string | null;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'added_in_version', type: 'int' })
  addedInVersion!: number;

  @Column({ name: 'retired_at', type: Date, nullable: true })
  retiredAt!: Date | null;
}
