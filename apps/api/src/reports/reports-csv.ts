import type {
  CalibrationReport,
  FunnelReport,
  ItemReliabilityReport,
  RedFlagsReport,
  ReportKind,
  SourcesReport,
  TimeInStageReport,
} from '@shortlist/contracts';
import { csvCell } from '../applications/pipeline.service';

type Cell = string | number | boolean | null;

/**
 * Text cells go through the pipeline export's csvCell (quoting, and the
 * apostrophe that stops a spreadsheet running a formula); numbers are written
 * as numbers, so a negative offset stays -0.5 and not '-0.5. Sections of one
 * report are separated by an empty line.
 */
export function reportCsv(...sections: Cell[][][]): string {
  const line = (row: Cell[]) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? csvCell(cell) : String(cell))).join(',');
  return sections.map((rows) => rows.map(line).join('\r\n')).join('\r\n\r\n') + '\r\n';
}

const funnel = (report: FunnelReport) =>
  reportCsv([
    ['Stage', 'Entered', 'Reached', 'Rejected here', 'Withdrawn here', 'In stage now', 'Conversion to next (%)'],
    ...report.stages.map((s) => [s.stageName, s.entered, s.reached, s.rejected, s.withdrawn, s.inStage, s.conversion]),
  ]);

const timeInStage = (report: TimeInStageReport) =>
  reportCsv(
    [
      ['Stage', 'Completed visits', 'Median days', '90th percentile days', 'Waiting now'],
      ...report.stages.map((s) => [s.stageName, s.visits, s.medianDays, s.p90Days, s.waiting]),
    ],
    [
      ['Waiting longest', 'Job', 'Stage', 'Days in stage', 'In stage since'],
      ...report.waitingLongest.map((w) => [w.candidateName, w.jobTitle, w.stageName, w.daysInStage, w.stageEnteredAt]),
    ],
  );

const redFlags = (report: RedFlagsReport) =>
  reportCsv(
    [
      [
        'Red flag',
        'Raised',
        'Applications',
        'Corroborated',
        'Corroboration (%)',
        'Rejected',
        'Rejection (%)',
        'Notes',
        'Concerns',
        'Dealbreakers',
      ],
      ...report.types.map((t) => [
        t.label,
        t.raised,
        t.applications,
        t.corroborated,
        t.corroborationRate,
        t.rejected,
        t.rejectionRate,
        t.severities.note,
        t.severities.concern,
        t.severities.dealbreaker,
      ]),
    ],
    [['Red flag', 'Stage', 'Raised'], ...report.byStage.map((s) => [s.label, s.stageName, s.raised])],
  );

const calibration = (report: CalibrationReport) =>
  reportCsv([
    [
      'Interviewer',
      'Role',
      'Assigned',
      'Submitted',
      'Overdue',
      'Rated 1',
      'Rated 2',
      'Rated 3',
      'Rated 4',
      'Offset',
      'Comparisons',
      'Focus items',
      'Focus assessed',
      'Focus assessed (%)',
      'Revisions after seeing others',
    ],
    ...report.interviewers.map((i) => [
      i.name,
      i.role,
      i.assigned,
      i.submitted,
      i.overdue,
      ...i.ratings.map((r) => r.count),
      i.offset,
      i.comparisons,
      i.focusItems,
      i.focusAssessed,
      i.focusAssessedRate,
      i.revisionsAfterSeeingOthers,
    ]),
  ]);

const itemReliability = (report: ItemReliabilityReport) =>
  reportCsv([
    [
      'Job',
      'Item',
      'Category',
      'Retired',
      'Focus scorecards',
      'Not assessed',
      'Not assessed (%)',
      'Compared',
      'Disagreements',
      'Disagreement (%)',
      'Rubric problems',
    ],
    ...report.items.map((i) => [
      i.jobTitle,
      i.label,
      i.category,
      i.retired,
      i.focusScorecards,
      i.notAssessed,
      i.notAssessedRate,
      i.compared,
      i.disagreements,
      i.disagreementRate,
      i.problems.join('; '),
    ]),
  ]);

const sources = (report: SourcesReport) =>
  reportCsv([
    ['Source', 'Applications', 'Active', 'Rejected', 'Withdrawn', 'Hired', 'Hire rate (%)'],
    ...report.sources.map((s) => [s.source, s.applications, s.active, s.rejected, s.withdrawn, s.hired, s.hireRate]),
  ]);

export const REPORT_CSV = {
  funnel,
  'time-in-stage': timeInStage,
  'red-flags': redFlags,
  calibration,
  'item-reliability': itemReliability,
  sources,
} satisfies Record<ReportKind, (report: never) => string>;
