import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHECKLIST_CATEGORIES,
  type CategoryWeights,
  type ChecklistCategory,
  type CreateJobRequest,
  JOB_STATUSES,
  type JobItemInput,
  type JobStageInput,
  type JobStatus,
  LEVELS,
  type Level,
  type ProposalThresholds,
  type RedFlagTypeInput,
  STAGE_KINDS,
  type StageKind,
  type UpdateJobRequest,
} from '@shortlist/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { IsStringList, IsStringRecord, NestedList, NestedObject, Nullable, Optional } from '../../common/validators';
import { JobTemplateDto, ToolGroupDto } from '../../job-templates/dto/job-template.dto';

/*
 * Shapes and types only, with caps that bound the work a request can cause.
 * The rules of a job (lengths, weights, unique labels, anchor keys, the plan)
 * are validateJob's in libs/rubric, so a job from a template and a job typed in
 * are held to the same rules and named by the same dotted paths.
 */
const ENTRY = 1000;
const PARAGRAPH = 10_000;
const finite = { allowNaN: false, allowInfinity: false };

export class JobItemInputDto implements JobItemInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing item of this job; omit to add one.' })
  @IsUUID('all')
  @Optional()
  id?: string;

  @ApiProperty({ enum: CHECKLIST_CATEGORIES })
  @IsIn(CHECKLIST_CATEGORIES, { message: `must be one of ${CHECKLIST_CATEGORIES.join(', ')}` })
  category!: ChecklistCategory;

  @ApiProperty({ maxLength: 500 }) @MaxLength(ENTRY) @IsString() label!: string;

  @ApiPropertyOptional({ default: 1, exclusiveMinimum: true, minimum: 0, maximum: 100 })
  @IsNumber(finite)
  @Optional()
  weight?: number;

  @ApiPropertyOptional({ description: 'Default: true for prerequisites.' })
  @IsBoolean()
  @Optional()
  mustHave?: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: 50 }) @IsStringList(500, ENTRY) @Optional() keywords?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Rated categories: "1"–"4"; prerequisites: "met", "not_met". Omitted: drafted from the label.',
  })
  @IsStringRecord({ maxKeys: 10, maxLength: ENTRY })
  @Optional()
  anchors?: Record<string, string>;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Omitted: drafted for prerequisites.' })
  @MaxLength(ENTRY)
  @IsString()
  @Nullable()
  knockoutQuestion?: string | null;
}

export class JobStageInputDto implements JobStageInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing stage of this job; omit to add one.' })
  @IsUUID('all')
  @Optional()
  id?: string;

  @ApiProperty({ maxLength: 100 }) @MaxLength(ENTRY) @IsString() name!: string;

  @ApiPropertyOptional({ enum: STAGE_KINDS, default: 'interview' })
  @IsIn(STAGE_KINDS, { message: `must be one of ${STAGE_KINDS.join(', ')}` })
  @Optional()
  kind?: StageKind;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(ENTRY)
  @IsArray()
  @Optional()
  focusItemIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Items named by label, e.g. items added in the same request.' })
  @IsStringList(ENTRY, ENTRY)
  @Optional()
  focusItemLabels?: string[];

  @ApiPropertyOptional({ type: [String] }) @IsStringList(200, PARAGRAPH) @Optional() guidance?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Active interviewers, hiring managers or admins.',
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  @IsArray()
  @Optional()
  interviewerIds?: string[];
}

export class RedFlagTypeInputDto implements RedFlagTypeInput {
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID('all') @Optional() id?: string;

  @ApiProperty({ maxLength: 500 }) @MaxLength(ENTRY) @IsString() label!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(ENTRY)
  @IsArray()
  @Optional()
  linkedItemIds?: string[];

  @ApiPropertyOptional({ type: [String] }) @IsStringList(ENTRY, ENTRY) @Optional() linkedItemLabels?: string[];
}

export class CategoryWeightsDto implements CategoryWeights {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber(finite) qualification!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber(finite) hard_skill!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber(finite) soft_skill!: number;
}

export class ThresholdsDto implements ProposalThresholds {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber(finite) advance!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'At most advance.' }) @IsNumber(finite) discuss!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber(finite) minCoverage!: number;
}

/** The fields POST and PATCH share; lists are full replacements, fields left out stay as they are. */
export class JobFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 }) @MaxLength(ENTRY) @IsString() @Optional() title?: string;

  @ApiPropertyOptional({ enum: LEVELS })
  @IsIn(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` })
  @Optional()
  level?: Level;

  @ApiPropertyOptional({ enum: JOB_STATUSES })
  @IsIn(JOB_STATUSES, { message: `must be one of ${JOB_STATUSES.join(', ')}` })
  @Optional()
  status?: JobStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @MaxLength(200)
  @IsString()
  @Nullable()
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @MaxLength(200)
  @IsString()
  @Nullable()
  employmentType?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @MaxLength(PARAGRAPH)
  @IsString()
  @Nullable()
  summary?: string | null;

  @ApiPropertyOptional({ type: [String] }) @IsStringList(200, ENTRY) @Optional() responsibilities?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsStringList(200, ENTRY) @Optional() perks?: string[];

  @ApiPropertyOptional({ type: [ToolGroupDto] })
  @NestedList(() => ToolGroupDto, 200)
  @Optional()
  tools?: ToolGroupDto[];

  @ApiPropertyOptional({ type: [String] }) @IsStringList(200, PARAGRAPH) @Optional() guidance?: string[];

  @ApiPropertyOptional({ type: CategoryWeightsDto })
  @NestedObject(() => CategoryWeightsDto)
  @Optional()
  categoryWeights?: CategoryWeightsDto;

  @ApiPropertyOptional({ type: ThresholdsDto })
  @NestedObject(() => ThresholdsDto)
  @Optional()
  thresholds?: ThresholdsDto;

  @ApiPropertyOptional({ type: [String], maxItems: 50, description: 'Reasons offered when rejecting.' })
  @IsStringList(50, 200)
  @Optional()
  rejectionReasons?: string[];

  @ApiPropertyOptional({ description: 'Reject at once when a knock-out answers a must-have `not met`.' })
  @IsBoolean()
  @Optional()
  autoRejectOnKnockout?: boolean;

  @ApiPropertyOptional({
    type: [JobItemInputDto],
    description: 'The full checklist in order: items left out are retired (kept for the scorecards that rated them).',
  })
  @NestedList(() => JobItemInputDto, ENTRY)
  @Optional()
  items?: JobItemInputDto[];

  @ApiPropertyOptional({ type: [JobStageInputDto], description: 'The full interview plan in order.' })
  @NestedList(() => JobStageInputDto, 100)
  @Optional()
  stages?: JobStageInputDto[];

  @ApiPropertyOptional({ type: [RedFlagTypeInputDto] })
  @NestedList(() => RedFlagTypeInputDto, ENTRY)
  @Optional()
  redFlagTypes?: RedFlagTypeInputDto[];
}

export class CreateJobDto extends JobFieldsDto implements CreateJobRequest {
  @ApiPropertyOptional({
    type: JobTemplateDto,
    description: 'A template from POST /job-templates/parse; fields given beside it override its own.',
  })
  @NestedObject(() => JobTemplateDto)
  @Optional()
  template?: JobTemplateDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the active hiring manager who owns the job.' })
  @IsUUID('all')
  @Optional()
  hiringManagerId?: string;
}

export class UpdateJobDto extends JobFieldsDto implements UpdateJobRequest {
  @ApiProperty({ minimum: 1, description: 'The version the edit is based on; a stale one answers 409.' })
  @Min(1)
  @IsInt()
  version!: number;
}
