import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './validators';

/** `limit` (1–200, default 50) and `offset` of a paged list. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  @Optional()
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @Type(() => Number)
  @Min(0)
  @IsInt()
  @Optional()
  offset?: number;
}
