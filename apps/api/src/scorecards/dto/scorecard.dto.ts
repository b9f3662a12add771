import { ApiProperty } from '@nestjs/swagger';
import {
  type AssessmentView,
  DECISIONS,
  type Decision,
  type DecisionView,
  type InterviewerAssignment,
  type MyInterview,
  type NoteView,
  type Proposal,
  RECOMMENDATIONS,
  type Recommendation,
  type RatingValue,
  type RedFlagSeverity,
  RED_FLAG_SEVERITIES,
  SCORECARD_STATUSES,
  type ScorecardStatus,
  type ScorecardVersion,
  type ScorecardView,
} from '@shortlist/contracts';

const PROPOSALS: Proposal[] = ['advance', 'discuss', 'reject', 'insufficient_evidence'];

/*
 * The answers of the scorecard routes, for the OpenAPI document. The shapes
 * are libs/contracts' (each class implements its interface); the assessment's
 * nested breakdowns are libs/scoring's and documented there.
 */

export class InterviewerAssignmentDto implements InterviewerAssignment {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() userName!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
}

export class MyInterviewDto implements MyInterview {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty() stageName!: string;
  @ApiProperty({ enum: ['due', 'draft', 'submitted'] }) scorecard!: 'due' | 'draft' | 'submitted';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scorecardId!: string | null;
}

export class ScorecardVersionDto implements ScorecardVersion {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
}

export class ScorecardRatingDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 1, maximum: 4 },
      { type: 'string', enum: ['met', 'not_met'] },
    ],
    nullable: true,
  })
  value!: RatingValue;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class ScorecardRedFlagDto {
  @ApiProperty({ format: 'uuid' }) typeId!: string;
  @ApiProperty({ enum: RED_FLAG_SEVERITIES }) severity!: RedFlagSeverity;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

export class ScorecardRevisionDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) revision!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() afterSeeingOthers!: boolean;
}

export class ScorecardDto implements ScorecardView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty({ format: 'uuid' }) interviewerId!: string;
  @ApiProperty() interviewerName!: string;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status!: ScorecardStatus;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: 'integer' }) rubricVersion!: number;
  @ApiProperty({ enum: RECOMMENDATIONS, nullable: true }) recommendation!: Recommendation | null;
  @ApiProperty({ type: String, nullable: true }) takeaways!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty() revisedAfterSeeingOthers!: boolean;
  @ApiProperty({ type: [ScorecardRatingDto] }) ratings!: ScorecardRatingDto[];
  @ApiProperty({ type: [ScorecardRedFlagDto] }) redFlags!: ScorecardRedFlagDto[];
  @ApiProperty({
    type: [ScorecardRevisionDto],
    description: 'Revisions made after submitting (1 is the submitted one).',
  })
  revisions!: ScorecardRevisionDto[];
}

export class AssessmentInterviewerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AssessmentScorecardDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) interviewerId!: string;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty({ enum: RECOMMENDATIONS, nullable: true }) recommendation!: Recommendation | null;
  @ApiProperty({ type: String, nullable: true }) takeaways!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
}

const BREAKDOWN = { type: 'object', additionalProperties: true } as const;

export class AssessmentDto implements AssessmentView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '0–100, one decimal; null when nothing weighted is assessed.',
  })
  overall!: number | null;
  @ApiProperty({ description: 'Percentage of the rated weight that is assessed.' }) coverage!: number;
  @ApiProperty({ type: 'array', items: BREAKDOWN, description: 'libs/scoring CategoryBreakdown.' })
  categories!: AssessmentView['categories'];
  @ApiProperty({ type: 'array', items: BREAKDOWN, description: 'libs/scoring ItemBreakdown, in rubric order.' })
  items!: AssessmentView['items'];
  @ApiProperty({ ...BREAKDOWN, description: 'libs/scoring GateBreakdown.' }) gates!: AssessmentView['gates'];
  @ApiProperty({ enum: PROPOSALS }) proposal!: Proposal;
  @ApiProperty({ type: [String] }) proposalReasons!: string[];
  @ApiProperty({ type: 'array', items: BREAKDOWN, description: 'libs/scoring RedFlagSummary.' })
  redFlags!: AssessmentView['redFlags'];
  @ApiProperty({ type: 'integer' }) redFlagCount!: number;
  @ApiProperty({ type: [String] }) disagreements!: string[];
  @ApiProperty({ type: 'array', items: BREAKDOWN, description: 'libs/scoring InterviewerOffset.' })
  interviewerOffsets!: AssessmentView['interviewerOffsets'];
  @ApiProperty({ ...BREAKDOWN, description: 'libs/scoring DebriefAgenda.' }) agenda!: AssessmentView['agenda'];
  @ApiProperty({ type: [AssessmentInterviewerDto] }) interviewers!: AssessmentInterviewerDto[];
  @ApiProperty({ type: [AssessmentScorecardDto] }) scorecards!: AssessmentScorecardDto[];
}

export class DecisionViewDto implements DecisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) decidedBy!: string;
  @ApiProperty({ enum: DECISIONS }) decision!: Decision;
  @ApiProperty({ enum: PROPOSALS, nullable: true }) proposalAtTime!: Proposal | null;
  @ApiProperty({ type: Number, nullable: true }) scoreAtTime!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty() override!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NoteDto implements NoteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) itemId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) redFlagTypeId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
