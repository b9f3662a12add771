import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Application } from './application.entity';

/** A person assigned to interview one application at one stage (beside the job stage's own interviewers). */
@Entity('application_interviewers')
@Index('UQ_application_interviewers_triple', ['applicationId', 'userId', 'stageId'], { unique: true })
export class ApplicationInterviewer {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_application_interviewers_application_id' })
  application?: Application;

  @Index('IDX_application_interviewers_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_application_interviewers_user_id' })
  user?: User;

  /** A stage of the job's plan (no foreign key, like applications.stage_id). */
  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;
}
