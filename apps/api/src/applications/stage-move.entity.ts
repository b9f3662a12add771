import { randomUUID } from 'node:crypto';
import type { ApplicationStatus } from '@shortlist/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Application } from './application.entity';

/** One step of an application's history: every move, rejection, undo and the application itself. */
@Entity('stage_moves')
export class StageMoveRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_stage_moves_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_stage_moves_application_id' })
  application?: Application;

  @Column({ name: 'from_stage_id', type: 'uuid', nullable: true })
  fromStageId!: string | null;

  @Column({ name: 'to_stage_id', type: 'uuid', nullable: true })
  toStageId!: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: ApplicationStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_stage_moves_actor_id' })
  actor?: User;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: Date })
  at!: Date;
}
