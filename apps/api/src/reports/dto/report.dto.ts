import { ApiProperty } from '@nestjs/swagger';
import {
  CANDIDATE_SOURCES,
  type CalibrationReport,
  type CandidateSource,
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  type FunnelReport,
  type FunnelStageRow,
  type FunnelTotals,
  type InterviewerCalibrationRow,
  type ItemReliabilityReport,
  type ItemReliabilityRow,
  type Rating,
  type RatingCount,
  type RedFlagSeverityCounts,
  type RedFlagStageRow,
  type RedFlagsReport,
  type RedFlagTypeRow,
  type ReportScope,
  type Role,
  ROLES,
  RUBRIC_PROBLEMS,
  type RubricProblem,
  type RubricProblemThresholds,
  type SourceRow,
  type SourcesReport,
  type TimeInStageReport,
  type TimeInStageRow,
  type WaitingApplication,
} from '@shortlist/contracts';

const rate = (description: string) => ({
  type: Number,
  nullable: true,
  description: `${description} (%, one decimal).`,
});

export class ReportScopeDto implements ReportScope {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) jobId!: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to!: string | null;
}

// ── funnel ─────────────────────────────────────────────────────────────────

export class FunnelStageRowDto implements FunnelStageRow {
  @ApiProperty({ description: 'Across jobs, stages of the same name are added up.' }) stageName!: string;
  @ApiProperty({ description: 'Position in the plan, 0 first (across jobs the smallest).' }) order!: number;
  @ApiProperty({ description: 'Applications that were ever in this stage.' }) entered!: number;
  @ApiProperty({ description: 'Applications whose furthest stage in plan order is this one or later.' })
  reached!: number;
  @ApiProperty({ description: 'Applications rejected while in this stage (status now).' }) rejected!: number;
  @ApiProperty({ description: 'Applications withdrawn while in this stage.' }) withdrawn!: number;
  @ApiProperty({ description: 'Active applications in this stage now.' }) inStage!: number;
  @ApiProperty(rate('reached(next stage) / reached(this stage); null for the last stage')) conversion!: number | null;
}

export class FunnelTotalsDto implements FunnelTotals {
  @ApiProperty() applications!: number;
  @ApiProperty() active!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() hired!: number;
}

export class FunnelReportDto implements FunnelReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: FunnelTotalsDto }) totals!: FunnelTotalsDto;
  @ApiProperty({ type: [FunnelStageRowDto] }) stages!: FunnelStageRowDto[];
}

// ── time in stage ──────────────────────────────────────────────────────────

export class TimeInStageRowDto implements TimeInStageRow {
  @ApiProperty() stageName!: string;
  @ApiProperty() order!: number;
  @ApiProperty({ description: 'Completed visits: entered as active, then left by any move.' }) visits!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median duration of the completed visits, in days.' })
  medianDays!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '90th percentile (linear interpolation between closest ranks), in days.',
  })
  p90Days!: number | null;
  @ApiProperty({ description: 'Active applications in the stage now.' }) waiting!: number;
}

export class WaitingApplicationDto implements WaitingApplication {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty() stageName!: string;
  @ApiProperty({ description: 'Whole days in the current stage, as on the board.' }) daysInStage!: number;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt!: string;
}

export class TimeInStageReportDto implements TimeInStageReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: [TimeInStageRowDto] }) stages!: TimeInStageRowDto[];
  @ApiProperty({ type: [WaitingApplicationDto], description: 'Active applications, longest in their stage first.' })
  waitingLongest!: WaitingApplicationDto[];
}

// ── red flags ──────────────────────────────────────────────────────────────

export class RedFlagSeverityCountsDto implements RedFlagSeverityCounts {
  @ApiProperty() note!: number;
  @ApiProperty() concern!: number;
  @ApiProperty() dealbreaker!: number;
}

export class RedFlagTypeRowDto implements RedFlagTypeRow {
  @ApiProperty({ description: 'Across jobs, types of the same label are added up.' }) label!: string;
  @ApiProperty({ description: 'Raised on submitted scorecards.' }) raised!: number;
  @ApiProperty({ description: 'Applications with at least one.' }) applications!: number;
  @ApiProperty({ description: 'Applications where two or more different interviewers raised it.' })
  corroborated!: number;
  @ApiProperty(rate('corroborated / applications')) corroborationRate!: number | null;
  @ApiProperty({ description: 'Flagged applications rejected (status now).' }) rejected!: number;
  @ApiProperty(rate('rejected / applications')) rejectionRate!: number | null;
  @ApiProperty({ type: RedFlagSeverityCountsDto }) severities!: RedFlagSeverityCountsDto;
}

export class RedFlagStageRowDto implements RedFlagStageRow {
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'The stage of the scorecard that raised it.' }) stageName!: string;
  @ApiProperty() order!: number;
  @ApiProperty() raised!: number;
}

export class RedFlagsReportDto implements RedFlagsReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty() applications!: number;
  @ApiProperty({ description: 'With a red flag on a submitted scorecard (stored red-flag count > 0).' })
  flaggedApplications!: number;
  @ApiProperty({ description: 'With a type raised by two or more different interviewers.' })
  corroboratedApplications!: number;
  @ApiProperty() flaggedRejected!: number;
  @ApiProperty(rate('flaggedRejected / flaggedApplications')) flaggedRejectionRate!: number | null;
  @ApiProperty(rate('rejected without a red flag / applications without a red flag'))
  unflaggedRejectionRate!: number | null;
  @ApiProperty({ type: [RedFlagTypeRowDto] }) types!: RedFlagTypeRowDto[];
  @ApiProperty({ type: [RedFlagStageRowDto] }) byStage!: RedFlagStageRowDto[];
}

// ── calibration ────────────────────────────────────────────────────────────

export class RatingCountDto implements RatingCount {
  @ApiProperty({ enum: [1, 2, 3, 4] }) rating!: Rating;
  @ApiProperty() count!: number;
}

export class InterviewerCalibrationRowDto implements InterviewerCalibrationRow {
  @ApiProperty({ format: 'uuid' }) interviewerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({
    description:
      '(application, interview stage) pairs: assigned to the application, or on the stage panel once the application entered the stage.',
  })
  assigned!: number;
  @ApiProperty({ description: 'Submitted scorecards.' }) submitted!: number;
  @ApiProperty({
    description:
      'Assigned pairs without a submitted scorecard whose application entered the stage and now stands on a later one.',
  })
  overdue!: number;
  @ApiProperty({ type: [RatingCountDto], description: 'Their submitted 1–4 ratings.' }) ratings!: RatingCountDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Mean of (their rating − mean of the other interviewers’ ratings) on the same application and item, in rating points; + is more generous.',
  })
  offset!: number | null;
  @ApiProperty({ description: '(application, item) pairs the offset compares.' }) comparisons!: number;
  @ApiProperty({ description: 'Focus items of their submitted scorecards’ stages, per scorecard.' })
  focusItems!: number;
  @ApiProperty({ description: 'Of those, the ones they assessed.' }) focusAssessed!: number;
  @ApiProperty(rate('focusAssessed / focusItems')) focusAssessedRate!: number | null;
  @ApiProperty({ description: 'Edits of a submitted scorecard after another interviewer had submitted.' })
  revisionsAfterSeeingOthers!: number;
}

export class CalibrationReportDto implements CalibrationReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: [InterviewerCalibrationRowDto] }) interviewers!: InterviewerCalibrationRowDto[];
}

// ── item reliability ───────────────────────────────────────────────────────

export class RubricProblemThresholdsDto implements RubricProblemThresholds {
  @ApiProperty() notAssessedRate!: number;
  @ApiProperty() disagreementRate!: number;
  @ApiProperty() minSample!: number;
}

export class ItemReliabilityRowDto implements ItemReliabilityRow {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: CHECKLIST_CATEGORIES }) category!: ChecklistCategory;
  @ApiProperty() retired!: boolean;
  @ApiProperty({ description: 'Submitted scorecards of a stage with this focus item.' }) focusScorecards!: number;
  @ApiProperty({ description: 'Of those, the ones that left it not assessed.' }) notAssessed!: number;
  @ApiProperty(rate('notAssessed / focusScorecards')) notAssessedRate!: number | null;
  @ApiProperty({ description: 'Applications with two or more submitted ratings of it.' }) compared!: number;
  @ApiProperty({ description: 'Of those, ratings spanning 2 or more (prerequisites: both met and not met).' })
  disagreements!: number;
  @ApiProperty(rate('disagreements / compared')) disagreementRate!: number | null;
  @ApiProperty({ enum: RUBRIC_PROBLEMS, isArray: true }) problems!: RubricProblem[];
}

export class ItemReliabilityReportDto implements ItemReliabilityReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: RubricProblemThresholdsDto }) thresholds!: RubricProblemThresholdsDto;
  @ApiProperty({ type: [ItemReliabilityRowDto] }) items!: ItemReliabilityRowDto[];
}

// ── sources ────────────────────────────────────────────────────────────────

export class SourceRowDto implements SourceRow {
  @ApiProperty({ enum: CANDIDATE_SOURCES }) source!: CandidateSource;
  @ApiProperty() applications!: number;
  @ApiProperty() active!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() hired!: number;
  @ApiProperty(rate('hired / applications')) hireRate!: number | null;
}

export class SourcesReportDto implements SourcesReport {
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: [SourceRowDto] }) sources!: SourceRowDto[];
}
