import { ApiProperty } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type ApplicationView,
  type BulkResult,
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  type GateStatus,
  type PipelineCard,
  type PipelineOverview,
  type PipelineOverviewJob,
  type PipelineOverviewStage,
  type PipelineStage,
  type PipelineView,
  type Proposal,
  type PublicApplicationReceipt,
  type PublicJobPosting,
  REJECTION_KINDS,
  type RejectionKind,
  type ScreeningEvidence,
  type ScreeningItem,
  type ScreeningResult,
  type StageMove,
} from '@shortlist/contracts';
import { KnockoutAnswerDto } from './application-input.dto';

const GATES = ['pass', 'pending', 'fail'];
const PROPOSALS = ['advance', 'discuss', 'reject', 'insufficient_evidence'];

export class ScreeningEvidenceDto implements ScreeningEvidence {
  @ApiProperty() text!: string;
  @ApiProperty() offset!: number;
  @ApiProperty({ example: 'SQL (via Postgres)' }) matched!: string;
}

export class ScreeningItemDto implements ScreeningItem {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ enum: CHECKLIST_CATEGORIES }) category!: ChecklistCategory;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [ScreeningEvidenceDto] }) evidence!: ScreeningEvidenceDto[];
}

export class ScreeningResultDto implements ScreeningResult {
  @ApiProperty() screenScore!: number;
  @ApiProperty({ type: [ScreeningItemDto] }) items!: ScreeningItemDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) failedKnockouts!: string[];
  @ApiProperty({ format: 'date-time' }) screenedAt!: string;
}

export class StageMoveDto implements StageMove {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) fromStageId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) toStageId!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) fromStatus!: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus!: ApplicationStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class RejectionDto {
  @ApiProperty({ enum: REJECTION_KINDS }) kind!: RejectionKind;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'uuid' }) fromStageId!: string;
}

export class ApplicationDto implements ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty() stageName!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: RejectionDto, nullable: true }) rejection!: RejectionDto | null;
  @ApiProperty({ type: [KnockoutAnswerDto] }) knockoutAnswers!: KnockoutAnswerDto[];
  @ApiProperty() knockoutFlag!: boolean;
  @ApiProperty({ type: ScreeningResultDto, nullable: true }) screening!: ScreeningResultDto | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [StageMoveDto] }) history!: StageMoveDto[];
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty() coverage!: number;
  @ApiProperty({ enum: GATES }) gates!: GateStatus;
  @ApiProperty({ enum: PROPOSALS, nullable: true }) proposal!: Proposal | null;
  @ApiProperty() redFlagCount!: number;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: string;
  @ApiProperty() version!: number;
}

export class BulkResultDto implements BulkResult {
  @ApiProperty() updated!: number;
}

export class PipelineCardDto implements PipelineCard {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: Number, nullable: true }) screenScore!: number | null;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty() coverage!: number;
  @ApiProperty({ enum: GATES }) gates!: GateStatus;
  @ApiProperty({ enum: PROPOSALS, nullable: true }) proposal!: Proposal | null;
  @ApiProperty() redFlagCount!: number;
  @ApiProperty() knockoutFlag!: boolean;
  @ApiProperty() daysInStage!: number;
  @ApiProperty({ type: [String] }) tags!: string[];
}

export class PipelineStageDto implements PipelineStage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'Active applications in the stage that match the filters.' }) count!: number;
  @ApiProperty({ type: [PipelineCardDto] }) applications!: PipelineCardDto[];
}

export class ClosedCountsDto {
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() hired!: number;
}

export class PipelineDto implements PipelineView {
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty({ type: [PipelineStageDto] }) stages!: PipelineStageDto[];
  @ApiProperty({ type: ClosedCountsDto }) closed!: ClosedCountsDto;
}

export class PipelineOverviewStageDto implements PipelineOverviewStage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'In the stage for more than 7 days.' }) waiting!: number;
}

export class PipelineOverviewJobDto implements PipelineOverviewJob {
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() total!: number;
  @ApiProperty() waiting!: number;
  @ApiProperty({ type: [PipelineOverviewStageDto] }) stages!: PipelineOverviewStageDto[];
}

export class PipelineOverviewDto implements PipelineOverview {
  @ApiProperty({ type: [PipelineOverviewJobDto] }) jobs!: PipelineOverviewJobDto[];
}

export class KnockoutQuestionDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() question!: string;
}

export class PublicJobPostingDto implements PublicJobPosting {
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: String, nullable: true }) employmentType!: string | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: [String] }) responsibilities!: string[];
  @ApiProperty({ type: [String] }) perks!: string[];
  @ApiProperty({ type: [KnockoutQuestionDto] }) knockoutQuestions!: KnockoutQuestionDto[];
}

export class PublicApplicationReceiptDto implements PublicApplicationReceipt {
  @ApiProperty({ enum: [true] }) received!: true;
  @ApiProperty() jobTitle!: string;
}
