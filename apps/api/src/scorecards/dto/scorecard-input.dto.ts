import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignInterviewerRequest,
  type CreateNoteRequest,
  DECISIONS,
  type Decision,
  type DecisionRequest,
  RECOMMENDATIONS,
  type Recommendation,
  RED_FLAG_SEVERITIES,
  type RatingInput,
  type RatingValue,
  type RedFlagInput,
  type RedFlagSeverity,
  type SaveScorecardRequest,
  type StartScorecardRequest,
  type SubmitScorecardRequest,
} from '@shortlist/contracts';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { NestedList, Nullable, Optional } from '../../common/validators';

const IsRatingValue = () =>
  ValidateBy({
    name: 'isRatingValue',
    validator: {
      validate: (value: unknown) => value === null || [1, 2, 3, 4, 'met', 'not_met'].includes(value as never),
      defaultMessage: () => 'must be 1, 2, 3, 4, "met", "not_met" or null',
    },
  });

export class AssignInterviewerDto implements AssignInterviewerRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') userId!: string;
  @ApiProperty({ format: 'uuid', description: 'An interview stage of the application’s job.' })
  @IsUUID('all')
  stageId!: string;
}

export class StartScorecardDto implements StartScorecardRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') stageId!: string;
}

export class RatingDto implements RatingInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') itemId!: string;

  @ApiProperty({ oneOf: [{ type: 'integer', minimum: 1, maximum: 4 }, { enum: ['met', 'not_met'] }], nullable: true })
  @IsRatingValue()
  value!: RatingValue;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @MaxLength(2000)
  @IsString()
  @Nullable()
  note?: string | null;
}

export class RedFlagDto implements RedFlagInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') typeId!: string;

  @ApiProperty({ enum: RED_FLAG_SEVERITIES })
  @IsIn([...RED_FLAG_SEVERITIES], { message: `must be one of ${RED_FLAG_SEVERITIES.join(', ')}` })
  severity!: RedFlagSeverity;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'Required for a dealbreaker.' })
  @MaxLength(2000)
  @IsString()
  @Nullable()
  evidence?: string | null;
}

export class SaveScorecardDto implements SaveScorecardRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: [RatingDto] })
  @NestedList(() => RatingDto, 200)
  ratings!: RatingDto[];

  @ApiProperty({ type: [RedFlagDto] })
  @NestedList(() => RedFlagDto, 50)
  redFlags!: RedFlagDto[];

  @ApiPropertyOptional({ enum: RECOMMENDATIONS, nullable: true })
  @IsIn([...RECOMMENDATIONS], { message: `must be one of ${RECOMMENDATIONS.join(', ')}` })
  @Nullable()
  recommendation?: Recommendation | null;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @MaxLength(5000)
  @IsString()
  @Nullable()
  takeaways?: string | null;
}

export class SubmitScorecardDto implements SubmitScorecardRequest {
  @ApiProperty({ type: 'integer', minimum: 1 }) @IsInt() @Min(1) version!: number;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: DECISIONS })
  @IsIn([...DECISIONS], { message: `must be one of ${DECISIONS.join(', ')}` })
  decision!: Decision;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required against the proposal and with override.' })
  @MaxLength(2000)
  @IsString()
  @Optional()
  reason?: string;

  @ApiPropertyOptional({ description: 'Advance or hire although a must-have gate is unverified.' })
  @IsBoolean()
  @Optional()
  override?: boolean;
}

export class CreateNoteDto implements CreateNoteRequest {
  @ApiProperty({ minLength: 1, maxLength: 5000 }) @MaxLength(5000) @MinLength(1) @IsString() body!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID('all') @Optional() itemId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID('all') @Optional() redFlagTypeId?: string;
}
