import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ReportQuery } from '@shortlist/contracts';
import { IsISO8601, IsUUID, Matches, ValidateBy, type ValidationArguments } from 'class-validator';
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
        const from = (args?.object as ReportQueryDto | undefined)?.from;
        if (typeof value !== 'string' || typeof from !== 'string' || !INSTANT.test(from)) return true;
        return instantOf(value).getTime() > instantOf(from).getTime();
      },
      defaultMessage: () => 'must be after from (the range is [from, to))',
    },
  });

export class ReportQueryDto implements ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One job; every job when left out. An unknown job answers 404.' })
  @IsUUID('all')
  @Optional()
  jobId?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'Applications applied at or after this instant (ISO 8601; a date alone is midnight UTC).',
  })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @Optional()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description: 'Applications applied before this instant (exclusive: the range is [from, to)); after `from`.',
  })
  @IsAfterFrom()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @Optional()
  to?: string;
}
