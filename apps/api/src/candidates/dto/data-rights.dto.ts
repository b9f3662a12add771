import { ApiProperty } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  CANDIDATE_EXPORT_FORMAT,
  CANDIDATE_SOURCES,
  type CandidateExport,
  type CandidateExportApplication,
  type CandidateExportImport,
  type CandidateExportProfile,
  type CandidateExportResumeFile,
  type CandidateExportScorecard,
  type CandidateExportStageMove,
  type CandidateSource,
  DECISIONS,
  type Decision,
  type EraseCandidatesRequest,
  type EraseCandidatesResult,
  ERASURE_LIMIT,
  type GateStatus,
  type Proposal,
  RECOMMENDATIONS,
  type Recommendation,
  RED_FLAG_SEVERITIES,
  type RedFlagSeverity,
  REJECTION_KINDS,
  type RejectionKind,
  RESUME_MIME_TYPES,
  type ResumeMimeType,
  type RetentionCandidate,
  type RetentionPage,
  type RetentionQuery,
  SCORECARD_STATUSES,
  type ScorecardStatus,
  type ScreeningResult,
} from '@shortlist/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { CandidateLinkDto } from './candidate-input.dto';
import { CsvImportRowErrorDto } from './candidate.dto';

const PROPOSALS = ['advance', 'discuss', 'reject', 'insufficient_evidence'];
const GATES = ['pass', 'pending', 'fail'];

export class CandidateExportProfileDto implements CandidateExportProfile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ enum: CANDIDATE_SOURCES }) source!: CandidateSource;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [CandidateLinkDto] }) links!: CandidateLinkDto[];
  @ApiProperty({ type: String, nullable: true }) resumeText!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt!: string | null;
}

export class CandidateExportResumeFileDto implements CandidateExportResumeFile {
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: RESUME_MIME_TYPES }) mimeType!: ResumeMimeType;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ format: 'byte', description: 'The original file.' }) contentBase64!: string;
}

export class CandidateExportStageMoveDto implements CandidateExportStageMove {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) fromStage!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStage!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) fromStatus!: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus!: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

class ExportRatingDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ type: String, nullable: true }) itemLabel!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "'1'–'4', 'met', 'not_met' or null." })
  value!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

class ExportRedFlagDto {
  @ApiProperty({ format: 'uuid' }) typeId!: string;
  @ApiProperty({ type: String, nullable: true }) typeLabel!: string | null;
  @ApiProperty({ enum: RED_FLAG_SEVERITIES }) severity!: RedFlagSeverity;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

class ExportRevisionDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() afterSeeingOthers!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) snapshot!: unknown;
}

export class CandidateExportScorecardDto implements CandidateExportScorecard {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) stageName!: string | null;
  @ApiProperty({ type: String, nullable: true }) interviewerName!: string | null;
  @ApiProperty({ enum: SCORECARD_STATUSES, description: 'Drafts included.' }) status!: ScorecardStatus;
  @ApiProperty({ enum: RECOMMENDATIONS, nullable: true }) recommendation!: Recommendation | null;
  @ApiProperty({ type: String, nullable: true }) takeaways!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: [ExportRatingDto] }) ratings!: ExportRatingDto[];
  @ApiProperty({ type: [ExportRedFlagDto] }) redFlags!: ExportRedFlagDto[];
  @ApiProperty({ type: [ExportRevisionDto] }) revisions!: ExportRevisionDto[];
}

class ExportRejectionDto {
  @ApiProperty({ enum: REJECTION_KINDS }) kind!: RejectionKind;
  @ApiProperty() reason!: string;
}

class ExportKnockoutAnswerDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

class ExportDecisionDto {
  @ApiProperty({ enum: DECISIONS }) decision!: Decision;
  @ApiProperty({ enum: PROPOSALS, nullable: true }) proposalAtTime!: Proposal | null;
  @ApiProperty({ type: Number, nullable: true }) scoreAtTime!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() override!: boolean;
  @ApiProperty({ type: String, nullable: true }) decidedByName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class ExportNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) itemLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) redFlagLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CandidateExportApplicationDto implements CandidateExportApplication {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ type: String, nullable: true }) stageName!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: ExportRejectionDto, nullable: true }) rejection!: ExportRejectionDto | null;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [ExportKnockoutAnswerDto] }) knockoutAnswers!: ExportKnockoutAnswerDto[];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The stored screening.' })
  screening!: ScreeningResult | null;
  @ApiProperty({ type: Number, nullable: true }) screenScore!: number | null;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty() coverage!: number;
  @ApiProperty({ enum: GATES }) gates!: GateStatus;
  @ApiProperty({ enum: PROPOSALS, nullable: true }) proposal!: Proposal | null;
  @ApiProperty() redFlagCount!: number;
  @ApiProperty({ type: [CandidateExportStageMoveDto] }) stageHistory!: CandidateExportStageMoveDto[];
  @ApiProperty({ type: [CandidateExportScorecardDto] }) scorecards!: CandidateExportScorecardDto[];
  @ApiProperty({ type: [ExportDecisionDto] }) decisions!: ExportDecisionDto[];
  @ApiProperty({ type: [ExportNoteDto] }) notes!: ExportNoteDto[];
}

export class CandidateExportImportDto implements CandidateExportImport {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [CsvImportRowErrorDto], description: 'Only the report rows that mention the candidate.' })
  errors!: CsvImportRowErrorDto[];
}

export class CandidateExportDto implements CandidateExport {
  @ApiProperty({ enum: [CANDIDATE_EXPORT_FORMAT] }) format!: typeof CANDIDATE_EXPORT_FORMAT;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: CandidateExportProfileDto }) candidate!: CandidateExportProfileDto;
  @ApiProperty({ type: CandidateExportResumeFileDto, nullable: true }) resumeFile!: CandidateExportResumeFileDto | null;
  @ApiProperty({ type: [CandidateExportApplicationDto] }) applications!: CandidateExportApplicationDto[];
  @ApiProperty({ type: [CandidateExportImportDto] }) imports!: CandidateExportImportDto[];
}

export class RetentionQueryDto extends PageQueryDto implements RetentionQuery {}

export class RetentionCandidateDto implements RetentionCandidate {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: CANDIDATE_SOURCES }) source!: CandidateSource;
  @ApiProperty() applicationCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'Latest change of the profile or of anything on their applications.',
  })
  lastActivityAt!: string;
}

export class RetentionPageDto implements RetentionPage {
  @ApiProperty({ type: [RetentionCandidateDto] }) items!: RetentionCandidateDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'RETENTION_DAYS.' }) retentionDays!: number;
  @ApiProperty({ format: 'date-time' }) inactiveSince!: string;
}

export class EraseCandidatesDto implements EraseCandidatesRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: ERASURE_LIMIT, uniqueItems: true })
  @IsUUID('all', { each: true, message: 'must be candidate ids (UUIDs)' })
  @ArrayUnique({ message: 'must not repeat an id' })
  @ArrayMaxSize(ERASURE_LIMIT, { message: `must list at most ${ERASURE_LIMIT} candidates` })
  @ArrayMinSize(1, { message: 'must list at least one candidate' })
  @IsArray()
  candidateIds!: string[];
}

export class EraseCandidatesResultDto implements EraseCandidatesResult {
  @ApiProperty() erased!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) candidateIds!: string[];
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
}
