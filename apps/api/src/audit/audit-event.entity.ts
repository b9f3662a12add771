import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction, AuditEntityType } from '@shortlist/contracts';

/** One link of the append-only audit chain (the database refuses UPDATE and DELETE on it). */
@Entity('audit_events')
export class AuditEventRow {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('UQ_audit_events_seq', { unique: true })
  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: Date })
  at!: Date;

  @Index('IDX_audit_events_actor_id')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Index('IDX_audit_events_action')
  @Column({ type: 'varchar', length: 64 })
  action!: AuditAction;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: AuditEntityType;

  @Index('IDX_audit_events_entity_id')
  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Index('IDX_audit_events_job_id')
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId!: string | null;

  @Index('IDX_audit_events_application_id')
  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  before!: unknown;

  @Column({ type: 'simple-json', nullable: true })
  after!: unknown;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
