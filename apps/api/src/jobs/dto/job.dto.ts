import { ApiProperty } from '@nestjs/swagger';
import {
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  JOB_STATUSES,
  type JobItem,
  type JobStage,
  type JobStatus,
  type JobSummary,
  type JobView,
  LEVELS,
  type Level,
  type RedFlagType,
  type RubricVersionView,
  STAGE_KINDS,
  type StageKind,
} from '@shortlist/contracts';
import { ToolGroupDto } from '../../job-templates/dto/job-template.dto';
import { CategoryWeightsDto, ThresholdsDto } from './job-input.dto';

export class JobItemDto implements JobItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CHECKLIST_CATEGORIES }) category!: ChecklistCategory;
  @ApiProperty() label!: string;
  @ApiProperty() weight!: number;
  @ApiProperty() mustHave!: boolean;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) anchors!: Record<string, string>;
  @ApiProperty({ type: String, nullable: true }) knockoutQuestion!: string | null;
  @ApiProperty() position!: number;
}

export class JobStageDto implements JobStage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() order!: number;
  @ApiProperty({ enum: STAGE_KINDS }) kind!: StageKind;
  @ApiProperty({ type: [String], format: 'uuid' }) focusItemIds!: string[];
  @ApiProperty({ type: [String] }) guidance!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) interviewerIds!: string[];
}

export class RedFlagTypeDto implements RedFlagType {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) linkedItemIds!: string[];
}

export class JobDto implements JobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEVELS }) level!: Level;
  @ApiProperty({ enum: JOB_STATUSES }) status!: JobStatus;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: String, nullable: true }) employmentType!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: [String] }) responsibilities!: string[];
  @ApiProperty({ type: [String] }) perks!: string[];
  @ApiProperty({ type: [ToolGroupDto] }) tools!: ToolGroupDto[];
  @ApiProperty({ type: [String] }) guidance!: string[];
  @ApiProperty({ type: [JobItemDto], description: 'Active items in order; retired ones live in rubric versions.' })
  items!: JobItemDto[];
  @ApiProperty({ type: [JobStageDto] }) stages!: JobStageDto[];
  @ApiProperty({ type: [RedFlagTypeDto] }) redFlagTypes!: RedFlagTypeDto[];
  @ApiProperty({ type: CategoryWeightsDto }) categoryWeights!: CategoryWeightsDto;
  @ApiProperty({ type: ThresholdsDto }) thresholds!: ThresholdsDto;
  @ApiProperty({ format: 'uuid' }) hiringManagerId!: string;
  @ApiProperty({ type: [String], description: 'Reasons offered when rejecting.' }) rejectionReasons!: string[];
  @ApiProperty({ description: 'Reject at once when a knock-out answers a must-have `not met`.' })
  autoRejectOnKnockout!: boolean;
  @ApiProperty({ description: 'Increments with every change to the checklist.' }) rubricVersion!: number;
  @ApiProperty({ description: 'Send it back with every PATCH; a stale one answers 409.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class JobSummaryDto implements JobSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEVELS }) level!: Level;
  @ApiProperty({ enum: JOB_STATUSES }) status!: JobStatus;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ description: 'Active checklist items.' }) itemCount!: number;
  @ApiProperty() stageCount!: number;
  @ApiProperty({ format: 'uuid' }) hiringManagerId!: string;
  @ApiProperty() hiringManagerName!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class JobPageDto {
  @ApiProperty({ type: [JobSummaryDto] }) items!: JobSummaryDto[];
  @ApiProperty() total!: number;
}

export class RubricVersionDto implements RubricVersionView {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty({ type: [JobItemDto], description: 'The active items of this version, in order.' }) items!: JobItemDto[];
}
