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
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { Optional } from '../../common/validators';

/** A calendar date, or a date-time to the minute, second or millisecond, with an optional offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const INSTANT_MESSAGE = 'must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z';

/** The instant a query date names: a date alone is midnight UTC, a date-time without an offset is UTC. */
export function instantOf(value: string): Date {
  return new Date(/T/.test(value) && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value);
}

const IsAfterFrom = () =>
  ValidateBy({
    name: 'isAfterFrom',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const from = (args?.object as AuditQueryDto | undefined)?.from;
        if (typeof value !== 'string' || typeof from !== 'string' || !INSTANT.test(from)) return true;
        return instantOf(value).getTime() > instantOf(from).getTime();
      },
      defaultMessage: () => 'must be after from (the range is [from, to))',
    },
  });

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
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @Optional()
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01', description: 'Before (exclusive: the range is [from, to)).' })
  @IsAfterFrom()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
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
