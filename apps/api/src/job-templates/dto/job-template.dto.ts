import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  type JobTemplate,
  type LadderLevel,
  type TemplateItem,
  type TemplateRedFlag,
  type TemplateStage,
  type ToolGroup,
} from '@shortlist/contracts';
import { IsBoolean, IsIn, IsNumber, IsString, MaxLength } from 'class-validator';
import { IsStringList, IsStringRecord, NestedList, Nullable, Optional } from '../../common/validators';

export const MAX_JD_TEXT_CHARS = 1_000_000;

/*
 * The template as POST /job-templates/parse answers it, and as POST /jobs takes
 * it back. The caps bound what a client can send; they sit above the parser's
 * own (200 entries per list, 500 characters per entry, 5,000 per paragraph), and
 * the job's own rules (validateJob) decide the rest.
 */
const LIST = 1000;
const ENTRY = 1000;
const PARAGRAPH = 10_000;

export class ParseJobDescriptionDto {
  @ApiProperty({ maxLength: MAX_JD_TEXT_CHARS, description: 'The text of a job-description page, as copied.' })
  @MaxLength(MAX_JD_TEXT_CHARS)
  @IsString()
  text!: string;
}

export class ToolGroupDto implements ToolGroup {
  @ApiProperty() @MaxLength(200) @IsString() category!: string;
  @ApiProperty({ type: [String] }) @IsStringList(200, 200) items!: string[];
}

export class TemplateItemDto implements TemplateItem {
  @ApiProperty({ enum: CHECKLIST_CATEGORIES }) @IsIn(CHECKLIST_CATEGORIES) category!: ChecklistCategory;
  @ApiProperty() @MaxLength(ENTRY) @IsString() label!: string;
  @ApiProperty({ type: [String] }) @IsStringList(200, ENTRY) keywords!: string[];
  @ApiProperty() @IsBoolean() mustHave!: boolean;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) weight!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  @IsStringRecord({ maxKeys: 10, maxLength: ENTRY })
  anchors!: Record<string, string>;
  @ApiPropertyOptional() @MaxLength(ENTRY) @IsString() @Optional() knockoutQuestion?: string;
}

export class TemplateRedFlagDto implements TemplateRedFlag {
  @ApiProperty() @MaxLength(ENTRY) @IsString() label!: string;
  @ApiProperty({ type: [String] }) @IsStringList(LIST, ENTRY) linkedItemLabels!: string[];
}

export class TemplateStageDto implements TemplateStage {
  @ApiProperty() @MaxLength(200) @IsString() name!: string;
  @ApiProperty({ type: [String] }) @IsStringList(LIST, ENTRY) focus!: string[];
  @ApiProperty({ type: [String] }) @IsStringList(200, PARAGRAPH) guidance!: string[];
}

export class LadderLevelDto implements LadderLevel {
  @ApiProperty() @MaxLength(200) @IsString() name!: string;
  @ApiProperty() @MaxLength(PARAGRAPH) @IsString() description!: string;
}

export class JobTemplateDto implements JobTemplate {
  @ApiProperty({ type: String, nullable: true }) @MaxLength(200) @IsString() @Nullable() title!: string | null;
  @ApiProperty({ type: String, nullable: true }) @MaxLength(200) @IsString() @Nullable() location!: string | null;
  @ApiProperty({ type: String, nullable: true })
  @MaxLength(200)
  @IsString()
  @Nullable()
  employmentType!: string | null;
  @ApiProperty({ type: String, nullable: true }) @MaxLength(PARAGRAPH) @IsString() @Nullable() summary!: string | null;
  @ApiProperty({ type: [String] }) @IsStringList(LIST, ENTRY) @Optional() responsibilities!: string[];
  @ApiProperty({ type: [String] }) @IsStringList(LIST, ENTRY) @Optional() additionalResponsibilities!: string[];
  @ApiProperty({ type: [String] }) @IsStringList(LIST, ENTRY) @Optional() perks!: string[];

  @ApiProperty({ type: [TemplateItemDto] })
  @NestedList(() => TemplateItemDto, LIST)
  @Optional()
  items!: TemplateItemDto[];

  @ApiProperty({ type: [TemplateRedFlagDto] })
  @NestedList(() => TemplateRedFlagDto, LIST)
  @Optional()
  redFlags!: TemplateRedFlagDto[];

  @ApiProperty({ type: [TemplateStageDto] })
  @NestedList(() => TemplateStageDto, 100)
  @Optional()
  stages!: TemplateStageDto[];

  @ApiProperty({ type: [ToolGroupDto] })
  @NestedList(() => ToolGroupDto, 200)
  @Optional()
  tools!: ToolGroupDto[];

  @ApiProperty({ type: [String] }) @IsStringList(LIST, PARAGRAPH) @Optional() guidance!: string[];

  @ApiProperty({ type: [LadderLevelDto] })
  @NestedList(() => LadderLevelDto, 20)
  @Optional()
  levels!: LadderLevelDto[];

  @ApiProperty({ type: [String], description: 'What could not be read, in words a hiring manager can act on.' })
  @IsStringList(100, ENTRY)
  @Optional()
  warnings!: string[];
}
