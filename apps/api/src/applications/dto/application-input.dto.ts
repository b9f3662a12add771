import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApplyRequest, BulkRequest, KnockoutAnswer, MoveRequest, PipelineQuery } from '@shortlist/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MAX_OFFSET } from '../../common/page-query.dto';
import { IsStringList, NestedList, Optional } from '../../common/validators';
import { BULK_LIMIT } from '../applications.service';

export class KnockoutAnswerDto implements KnockoutAnswer {
  @ApiProperty({ format: 'uuid', description: 'A prerequisite item of the job.' }) @IsUUID('all') itemId!: string;
  @ApiProperty() @IsBoolean() met!: boolean;
}

export class ApplyDto implements ApplyRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') candidateId!: string;

  @ApiPropertyOptional({ type: [KnockoutAnswerDto] })
  @NestedList(() => KnockoutAnswerDto, 100)
  @Optional()
  knockoutAnswers?: KnockoutAnswerDto[];
}

export class MoveDto implements MoveRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of toStageId, status, undoRejection.' })
  @IsUUID('all')
  @Optional()
  toStageId?: string;

  @ApiPropertyOptional({ enum: ['rejected', 'withdrawn', 'hired'] })
  @IsIn(['rejected', 'withdrawn', 'hired'], { message: 'must be one of rejected, withdrawn, hired' })
  @Optional()
  status?: 'rejected' | 'withdrawn' | 'hired';

  @ApiPropertyOptional({ description: 'Back to the stage the rejection or withdrawal left.' })
  @IsBoolean()
  @Optional()
  undoRejection?: boolean;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required to reject or withdraw.' })
  @MaxLength(1000)
  @IsString()
  @Optional()
  reason?: string;

  @ApiPropertyOptional({ maxLength: 5000 }) @MaxLength(5000) @IsString() @Optional() note?: string;
}

export class BulkDto implements BulkRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BULK_LIMIT })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(BULK_LIMIT)
  @ArrayMinSize(1)
  @IsArray()
  applicationIds!: string[];

  @ApiProperty({ enum: ['move', 'reject', 'tag'] })
  @IsIn(['move', 'reject', 'tag'], { message: 'must be one of move, reject, tag' })
  action!: 'move' | 'reject' | 'tag';

  @ApiPropertyOptional({ format: 'uuid', description: 'For move.' })
  @IsUUID('all')
  @ValidateIf((body: BulkDto) => body.action === 'move' || body.toStageId !== undefined)
  toStageId?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'For reject.' })
  @MinLength(1, { message: 'is required to reject' })
  @MaxLength(1000)
  @IsString()
  @ValidateIf((body: BulkDto) => body.action === 'reject' || body.reason !== undefined)
  reason?: string;

  @ApiPropertyOptional({ type: [String], description: 'For tag: added to each application.' })
  @ArrayMinSize(1, { message: 'needs at least one tag' })
  @IsStringList(50, 50)
  @ValidateIf((body: BulkDto) => body.action === 'tag' || body.tags !== undefined)
  tags?: string[];
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PipelineQueryDto implements PipelineQuery {
  @ApiPropertyOptional({ enum: ['score', 'days_in_stage', 'name'], default: 'score' })
  @IsIn(['score', 'days_in_stage', 'name'], { message: 'must be one of score, days_in_stage, name' })
  @Optional()
  sort?: 'score' | 'days_in_stage' | 'name';

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @Type(() => Number)
  @Max(100)
  @Min(0)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Optional()
  minScore?: number;

  @ApiPropertyOptional() @Transform(toBoolean) @IsBoolean() @Optional() hasRedFlags?: boolean;
  @ApiPropertyOptional() @Transform(toBoolean) @IsBoolean() @Optional() gateFailed?: boolean;
  @ApiPropertyOptional() @MaxLength(50) @IsString() @Optional() tag?: string;
  @ApiPropertyOptional({ description: 'Part of the name or email.' })
  @MaxLength(200)
  @IsString()
  @Optional()
  q?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200, description: 'Cards per stage.' })
  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  @Optional()
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this stage ("load more" in one column).' })
  @IsUUID('all')
  @Optional()
  stageId?: string;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_OFFSET })
  @Type(() => Number)
  @Max(MAX_OFFSET)
  @Min(0)
  @IsInt()
  @Optional()
  offset?: number;
}
