import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_PAGE_DEFAULT,
  AUDIT_PAGE_MAX,
  type AuditAction,
  type AuditEntityType,
  type AuditQuery,
} from '@shortlist/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsAfterFrom, IsQueryInstant } from '../../common/query-dates';
import { Optional } from '../../common/validators';

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsIn([...AUDIT_ACTIONS], oneOf(AUDIT_ACTIONS))
  @Optional()
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who did it.' })
  @IsUUID('all')
  @Optional()
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsIn([...AUDIT_ENTITY_TYPES], oneOf(AUDIT_ENTITY_TYPES))
  @Optional()
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ maxLength: 64, description: 'The id of the thing changed (user, job, application, …).' })
  @MaxLength(64)
  @IsString()
  @Optional()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsUUID('all')
  @Optional()
  jobId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The application's own events and bulk events listing it." })
  @IsUUID('all')
  @Optional()
  applicationId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'At or after (ISO 8601; a date alone is midnight UTC).' })
  @IsQueryInstant()
  @Optional()
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01', description: 'Before (exclusive: the range is [from, to)).' })
  @IsAfterFrom()
  @IsQueryInstant()
  @Optional()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, description: "Older than this event: the previous page's nextBeforeSeq." })
  @Type(() => Number)
  @Min(1)
  @IsInt()
  @Optional()
  beforeSeq?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @Type(() => Number)
  @Max(AUDIT_PAGE_MAX)
  @Min(1)
  @IsInt()
  @Optional()
  limit?: number;
}
