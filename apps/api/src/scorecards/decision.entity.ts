import { randomUUID } from 'node:crypto';
import type { Decision, Proposal } from '@shortlist/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Application } from '../applications/application.entity';
import { User } from '../users/user.entity';

/** A person's decision beside the mechanical proposal at that moment, with the reason when they differ. */
@Entity('decisions')
export class DecisionRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string = randomUUID();

  @Index('IDX_decisions_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_decisions_application_id' })
  application?: Application;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_decisions_decided_by' })
  decider?: User;

  @Column({ type: 'varchar', length: 16 })
  decision!: Decision;

  @Column({ name: 'proposal_at_time', type: 'varchar', length: 32, nullable: true })
  proposalAtTime!: Proposal | null;

  @Column({ name: 'score_at_time', type: 'float', nullable: true })
  scoreAtTime!: number | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'boolean', default: false })
  override!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
