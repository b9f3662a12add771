import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
  type AuditEventView,
  type AuditPage,
  type AuditVerification,
} from '@shortlist/contracts';

const JSON_VALUE = {
  type: 'object',
  additionalProperties: true,
  nullable: true,
  description: 'The fields the change touched (ids, never candidate personal data); null when there is no side.',
} as const;

export class AuditEventDto implements AuditEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Position in the chain, from 1, without gaps.' }) seq!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null: the system or the public form.' })
  actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES }) entityType!: AuditEntityType;
  @ApiProperty({ nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) jobId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) applicationId!: string | null;
  @ApiProperty(JSON_VALUE) before!: unknown;
  @ApiProperty(JSON_VALUE) after!: unknown;
  @ApiProperty({ description: 'SHA-256 of the event before (64 zeros for the first).' }) prevHash!: string;
  @ApiProperty({ description: 'SHA-256 of this event with prevHash, in canonical JSON.' }) hash!: string;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditEventDto], description: 'Newest first.' }) events!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Pass as beforeSeq for the next (older) page.' })
  nextBeforeSeq!: number | null;
}

export class AuditVerificationDto implements AuditVerification {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Events checked and found sound.' }) checked!: number;
  @ApiProperty({ nullable: true, type: Number }) brokenAtSeq!: number | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}
