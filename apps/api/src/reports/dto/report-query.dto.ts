import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ReportQuery } from '@shortlist/contracts';
import { IsUUID } from 'class-validator';
import { IsAfterFrom, IsQueryInstant } from '../../common/query-dates';
import { Optional } from '../../common/validators';

export class ReportQueryDto implements ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One job; every job when left out. An unknown job answers 404.' })
  @IsUUID('all')
  @Optional()
  jobId?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'Applications applied at or after this instant (ISO 8601; a date alone is midnight UTC).',
  })
  @IsQueryInstant()
  @Optional()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description: 'Applications applied before this instant (exclusive: the range is [from, to)); after `from`.',
  })
  @IsAfterFrom()
  @IsQueryInstant()
  @Optional()
  to?: string;
}
