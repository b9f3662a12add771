import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './validators';

/** No list comes near it; a larger offset (1e21 passes IsInt) would reach the SQL and fail there. */
export const MAX_OFFSET = 1_000_000_000;

/** `limit` (1–200, default 50) and `offset` of a paged list. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  @Optional()
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_OFFSET })
  @Type(() => Number)
  @Max(MAX_OFFSET)
  @Min(0)
  @IsInt()
  @Optional()
  offset?: number;
}
