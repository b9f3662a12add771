import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CalibrationReport,
  type CandidateSource,
  type ChecklistCategory,
  type FunnelReport,
  type InterviewerCalibrationRow,
  type ItemReliabilityReport,
  type Rating,
  type RatingValue,
  type RedFlagsReport,
  type RedFlagTypeRow,
  type ReportQuery,
  type ReportScope,
  type Role,
  type SourcesReport,
  type TimeInStageReport,
  WAITING_LONGEST_LIMIT,
} from '@shortlist/contracts';
import { daysInStage } from '@shortlist/pipeline';
import {
  interviewerCalibration,
  itemReliability,
  percent,
  type ReportScorecard,
  RUBRIC_PROBLEM_THRESHOLDS,
  summarizeDurations,
  withConversion,
} from '@shortlist/reports';
import { CORROBORATING_INTERVIEWERS } from '@shortlist/scoring';
import { DataSource } from 'typeorm';
import { toIso } from '../candidates/candidate-view';
import { notFound } from '../common/app-error';
import { instantOf } from '../common/query-dates';

type Count = number | string | null;
const n = (value: Count): number => Number(value ?? 0);

/** The applications a report is about: one job or all, applied in [from, to). */
interface Scope {
  view: ReportScope;
  jobId?: string;
  from?: Date;
  to?: Date;
}

/** The scope as SQL over applications aliased `alias`, ANDed onto a WHERE. */
function scopeSql(scope: Scope, alias = 'a'): string {
  return [
    scope.jobId ? `${alias}.job_id = :jobId` : '',
    scope.from ? `${alias}.applied_at >= :from` : '',
    scope.to ? `${alias}.applied_at < :to` : '',
  ]
    .filter(Boolean)
    .map((clause) => ` AND ${clause}`)
    .join('');
}

/** Stages (aliased `alias`) of the job in scope, or of every job. */
const stagesSql = (scope: Scope, alias = 's') => (scope.jobId ? `${alias}.job_id = :jobId` : '1 = 1');

const scopeParams = (scope: Scope) => ({ jobId: scope.jobId, from: scope.from, to: scope.to });

const RATING_VALUES: Record<string, RatingValue> = { '1': 1, '2': 2, '3': 3, '4': 4, met: 'met', not_met: 'not_met' };

/**
 * The reports: each a few queries shaped for its page — counts in SQL
 * (correlated subqueries, which keep good plans on both engines), the rest
 * (quantiles, offsets, disagreement) from stored values through
 * libs/reports. Read-only, so straight on the DataSource.
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, parameters);
  }

  /** Seconds from `start` to `end`, two timestamp expressions. */
  private secondsBetween(start: string, end: string): string {
    return this.dataSource.options.type === 'postgres'
      ? `EXTRACT(EPOCH FROM (${end} - ${start}))`
      : `((julianday(${end}) - julianday(${start})) * 86400.0)`;
  }

  private async scopeOf(query: ReportQuery): Promise<Scope> {
    let jobTitle: string | null = null;
    if (query.jobId) {
      const [job] = await this.run<{ title: string }>('SELECT title FROM jobs WHERE id = :id', { id: query.jobId });
      if (!job) throw notFound('Job');
      jobTitle = job.title;
    }
    const from = query.from ? instantOf(query.from) : undefined;
    const to = query.to ? instantOf(query.to) : undefined;
    return {
      view: {
        jobId: query.jobId ?? null,
        jobTitle,
        from: from?.toISOString() ?? null,
        to: to?.toISOString() ?? null,
      },
      jobId: query.jobId,
      from,
      to,
    };
  }

  // ── funnel ───────────────────────────────────────────────────────────────

  async funnel(query: ReportQuery): Promise<FunnelReport> {
    const scope = await this.scopeOf(query);
    const where = scopeSql(scope);
    const params = scopeParams(scope);
    const stages = await this.run<{
      stage_name: string;
      stage_order: Count;
      entered: Count;
      reached: Count;
      rejected: Count;
      withdrawn: Count;
      in_stage: Count;
    }>(
      `SELECT per.stage_name, MIN(per.position) AS stage_order, SUM(per.entered) AS entered,
              SUM(per.reached) AS reached, SUM(per.rejected) AS rejected, SUM(per.withdrawn) AS withdrawn,
              SUM(per.in_stage) AS in_stage
       FROM (
         SELECT s.name AS stage_name, s.position,
                (SELECT COUNT(*) FROM applications a
                 WHERE a.job_id = s.job_id${where}
                   AND EXISTS (SELECT 1 FROM stage_moves m WHERE m.application_id = a.id AND m.to_stage_id = s.id)
                ) AS entered,
                (SELECT COUNT(*) FROM applications a
                 WHERE a.job_id = s.job_id${where}
                   AND (SELECT MAX(r.position) FROM stage_moves m INNER JOIN job_stages r ON r.id = m.to_stage_id
                        WHERE m.application_id = a.id) >= s.position
                ) AS reached,
                (SELECT COUNT(*) FROM applications a WHERE a.stage_id = s.id AND a.status = 'rejected'${where}) AS rejected,
                (SELECT COUNT(*) FROM applications a WHERE a.stage_id = s.id AND a.status = 'withdrawn'${where}) AS withdrawn,
                (SELECT COUNT(*) FROM applications a WHERE a.stage_id = s.id AND a.status = 'active'${where}) AS in_stage
         FROM job_stages s
         WHERE ${stagesSql(scope)}
       ) per
       GROUP BY per.stage_name
       ORDER BY MIN(per.position), per.stage_name`,
      params,
    );
    const [totals] = await this.run<Record<'applications' | 'active' | 'rejected' | 'withdrawn' | 'hired', Count>>(
      `SELECT COUNT(*) AS applications,
              SUM(CASE WHEN a.status = 'active' THEN 1 ELSE 0 END) AS active,
              SUM(CASE WHEN a.status = 'rejected' THEN 1 ELSE 0 END) AS rejected,
              SUM(CASE WHEN a.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
              SUM(CASE WHEN a.status = 'hired' THEN 1 ELSE 0 END) AS hired
       FROM applications a WHERE 1 = 1${where}`,
      params,
    );
    return {
      scope: scope.view,
      totals: {
        applications: n(totals!.applications),
        active: n(totals!.active),
        rejected: n(totals!.rejected),
        withdrawn: n(totals!.withdrawn),
        hired: n(totals!.hired),
      },
      stages: withConversion(
        stages.map((row) => ({
          stageName: row.stage_name,
          order: n(row.stage_order),
          entered: n(row.entered),
          reached: n(row.reached),
          rejected: n(row.rejected),
          withdrawn: n(row.withdrawn),
          inStage: n(row.in_stage),
        })),
      ),
    };
  }

  // ── time in stage ────────────────────────────────────────────────────────

  async timeInStage(query: ReportQuery, now = new Date()): Promise<TimeInStageReport> {
    const scope = await this.scopeOf(query);
    const where = scopeSql(scope);
    const params = scopeParams(scope);
    const stages = await this.run<{ stage_name: string; stage_order: Count }>(
      `SELECT s.name AS stage_name, MIN(s.position) AS stage_order
       FROM job_stages s WHERE ${stagesSql(scope)} AND s.kind <> 'hired'
       GROUP BY s.name ORDER BY MIN(s.position), s.name`,
      params,
    );
    // A visit starts with a move into the stage as active (applied, moved, undone) and ends with the
    // next move out of it while active (on, back, rejected, withdrawn, hired); open visits are left out.
    const visits = await this.run<{ stage_name: string; seconds: Count }>(
      `SELECT v.stage_name, ${this.secondsBetween('v.entered_at', 'v.left_at')} AS seconds
       FROM (
         SELECT s.name AS stage_name, e.at AS entered_at,
                (SELECT MIN(x.at) FROM stage_moves x
                 WHERE x.application_id = e.application_id AND x.from_stage_id = e.to_stage_id
                   AND x.from_status = 'active' AND x.id <> e.id AND x.at >= e.at) AS left_at
         FROM stage_moves e
         INNER JOIN applications a ON a.id = e.application_id
         INNER JOIN job_stages s ON s.id = e.to_stage_id
         WHERE e.to_status = 'active'${where}
       ) v
       WHERE v.left_at IS NOT NULL`,
      params,
    );
    const waiting = await this.run<{ stage_name: string; waiting: Count }>(
      `SELECT s.name AS stage_name, COUNT(*) AS waiting
       FROM applications a INNER JOIN job_stages s ON s.id = a.stage_id
       WHERE a.status = 'active'${where}
       GROUP BY s.name`,
      params,
    );
    const longest = await this.run<{
      application_id: string;
      candidate_id: string;
      candidate_name: string;
      job_id: string;
      job_title: string;
      stage_name: string | null;
      stage_entered_at: Date | string;
    }>(
      `SELECT a.id AS application_id, a.candidate_id, c.name AS candidate_name, a.job_id, j.title AS job_title,
              s.name AS stage_name, a.stage_entered_at
       FROM applications a
       INNER JOIN candidates c ON c.id = a.candidate_id
       INNER JOIN jobs j ON j.id = a.job_id
       LEFT JOIN job_stages s ON s.id = a.stage_id
       WHERE a.status = 'active'${where}
       ORDER BY a.stage_entered_at ASC, c.name_key, a.id
       LIMIT ${WAITING_LONGEST_LIMIT}`,
      params,
    );
    const seconds = new Map<string, number[]>();
    for (const visit of visits)
      seconds.set(visit.stage_name, [...(seconds.get(visit.stage_name) ?? []), n(visit.seconds)]);
    const waitingBy = new Map(waiting.map((row) => [row.stage_name, n(row.waiting)]));
    return {
      scope: scope.view,
      stages: stages.map((row) => ({
        stageName: row.stage_name,
        order: n(row.stage_order),
        ...summarizeDurations(seconds.get(row.stage_name) ?? []),
        waiting: waitingBy.get(row.stage_name) ?? 0,
      })),
      waitingLongest: longest.map((row) => {
        const enteredAt = toIso(row.stage_entered_at);
        return {
          applicationId: row.application_id,
          candidateId: row.candidate_id,
          candidateName: row.candidate_name,
          jobId: row.job_id,
          jobTitle: row.job_title,
          stageName: row.stage_name ?? '',
          daysInStage: daysInStage(new Date(enteredAt), now),
          stageEnteredAt: enteredAt,
        };
      }),
    };
  }

  // ── red flags ────────────────────────────────────────────────────────────

  async redFlags(query: ReportQuery): Promise<RedFlagsReport> {
    const scope = await this.scopeOf(query);
    const where = scopeSql(scope);
    const params = { ...scopeParams(scope), corroborating: CORROBORATING_INTERVIEWERS };
    const flagsOfSubmitted = `FROM scorecard_red_flags f
         INNER JOIN scorecards sc ON sc.id = f.scorecard_id
         INNER JOIN applications a ON a.id = sc.application_id
         INNER JOIN red_flag_types t ON t.id = f.type_id`;
    const labels = await this.run<{ label: string }>(
      `SELECT DISTINCT t.label FROM red_flag_types t WHERE ${stagesSql(scope, 't')}`,
      params,
    );
    const types = await this.run<{
      label: string;
      raised: Count;
      applications: Count;
      corroborated: Count;
      rejected: Count;
      notes: Count;
      concerns: Count;
      dealbreakers: Count;
    }>(
      `SELECT p.label, SUM(p.raised) AS raised, COUNT(*) AS applications,
              SUM(CASE WHEN p.raisers >= :corroborating THEN 1 ELSE 0 END) AS corroborated,
              SUM(CASE WHEN p.status = 'rejected' THEN 1 ELSE 0 END) AS rejected,
              SUM(p.notes) AS notes, SUM(p.concerns) AS concerns, SUM(p.dealbreakers) AS dealbreakers
       FROM (
         SELECT t.label, a.id AS application_id, a.status, COUNT(*) AS raised,
                COUNT(DISTINCT sc.interviewer_id) AS raisers,
                SUM(CASE WHEN f.severity = 'note' THEN 1 ELSE 0 END) AS notes,
                SUM(CASE WHEN f.severity = 'concern' THEN 1 ELSE 0 END) AS concerns,
                SUM(CASE WHEN f.severity = 'dealbreaker' THEN 1 ELSE 0 END) AS dealbreakers
         ${flagsOfSubmitted}
         WHERE sc.status = 'submitted'${where}
         GROUP BY t.label, a.id, a.status
       ) p
       GROUP BY p.label`,
      params,
    );
    const byStage = await this.run<{ label: string; stage_name: string; stage_order: Count; raised: Count }>(
      `SELECT t.label, s.name AS stage_name, MIN(s.position) AS stage_order, COUNT(*) AS raised
       ${flagsOfSubmitted}
       INNER JOIN job_stages s ON s.id = sc.stage_id
       WHERE sc.status = 'submitted'${where}
       GROUP BY t.label, s.name
       ORDER BY MIN(s.position), s.name, t.label`,
      params,
    );
    const [overall] = await this.run<
      Record<'applications' | 'flagged' | 'corroborated' | 'flagged_rejected' | 'unflagged_rejected', Count>
    >(
      `SELECT COUNT(*) AS applications,
              SUM(CASE WHEN o.red_flag_count > 0 THEN 1 ELSE 0 END) AS flagged,
              SUM(o.corroborated) AS corroborated,
              SUM(CASE WHEN o.red_flag_count > 0 AND o.status = 'rejected' THEN 1 ELSE 0 END) AS flagged_rejected,
              SUM(CASE WHEN o.red_flag_count = 0 AND o.status = 'rejected' THEN 1 ELSE 0 END) AS unflagged_rejected
       FROM (
         SELECT a.status, a.red_flag_count,
                CASE WHEN EXISTS (
                  SELECT 1 FROM scorecard_red_flags f INNER JOIN scorecards sc ON sc.id = f.scorecard_id
                  WHERE sc.application_id = a.id AND sc.status = 'submitted'
                  GROUP BY f.type_id HAVING COUNT(DISTINCT sc.interviewer_id) >= :corroborating
                ) THEN 1 ELSE 0 END AS corroborated
         FROM applications a WHERE 1 = 1${where}
       ) o`,
      params,
    );
    const byLabel = new Map(types.map((row) => [row.label, row]));
    const rows: RedFlagTypeRow[] = [...new Set([...labels.map((l) => l.label), ...byLabel.keys()])].map((label) => {
      const row = byLabel.get(label);
      const applications = n(row?.applications ?? 0);
      return {
        label,
        raised: n(row?.raised ?? 0),
        applications,
        corroborated: n(row?.corroborated ?? 0),
        corroborationRate: percent(n(row?.corroborated ?? 0), applications),
        rejected: n(row?.rejected ?? 0),
        rejectionRate: percent(n(row?.rejected ?? 0), applications),
        severities: {
          note: n(row?.notes ?? 0),
          concern: n(row?.concerns ?? 0),
          dealbreaker: n(row?.dealbreakers ?? 0),
        },
      };
    });
    rows.sort((a, b) => b.raised - a.raised || a.label.localeCompare(b.label));
    const applications = n(overall!.applications);
    const flagged = n(overall!.flagged);
    return {
      scope: scope.view,
      applications,
      flaggedApplications: flagged,
      corroboratedApplications: n(overall!.corroborated),
      flaggedRejected: n(overall!.flagged_rejected),
      flaggedRejectionRate: percent(n(overall!.flagged_rejected), flagged),
      unflaggedRejectionRate: percent(n(overall!.unflagged_rejected), applications - flagged),
      types: rows,
      byStage: byStage.map((row) => ({
        label: row.label,
        stageName: row.stage_name,
        order: n(row.stage_order),
        raised: n(row.raised),
      })),
    };
  }

  // ── interviewer calibration ──────────────────────────────────────────────

  async calibration(query: ReportQuery): Promise<CalibrationReport> {
    const scope = await this.scopeOf(query);
    const where = scopeSql(scope);
    const params = { ...scopeParams(scope), yes: true };
    // Assigned: to the application at a stage, or on an interview stage's panel once the application
    // entered that stage. Overdue: no submitted scorecard though the application entered the stage
    // and now stands on a later one (whatever its status).
    const assignments = await this.run<{ user_id: string; assigned: Count; overdue: Count }>(
      `SELECT x.user_id, COUNT(*) AS assigned, SUM(x.overdue) AS overdue
       FROM (
         SELECT pairs.user_id,
                CASE WHEN cur.position > st.position
                      AND EXISTS (SELECT 1 FROM stage_moves m WHERE m.application_id = a.id AND m.to_stage_id = st.id)
                      AND NOT EXISTS (SELECT 1 FROM scorecards sc
                                      WHERE sc.application_id = a.id AND sc.stage_id = st.id
                                        AND sc.interviewer_id = pairs.user_id AND sc.status = 'submitted')
                     THEN 1 ELSE 0 END AS overdue
         FROM (
           SELECT ai.application_id, ai.user_id, ai.stage_id
           FROM application_interviewers ai INNER JOIN applications a ON a.id = ai.application_id
           WHERE 1 = 1${where}
           UNION
           SELECT a.id AS application_id, u.id AS user_id, ps.id AS stage_id
           FROM applications a
           INNER JOIN job_stages ps ON ps.job_id = a.job_id AND ps.kind = 'interview'
           INNER JOIN users u ON ps.interviewer_ids LIKE ('%"' || CAST(u.id AS VARCHAR(36)) || '"%')
           WHERE EXISTS (SELECT 1 FROM stage_moves pm WHERE pm.application_id = a.id AND pm.to_stage_id = ps.id)${where}
         ) pairs
         INNER JOIN applications a ON a.id = pairs.application_id
         INNER JOIN job_stages st ON st.id = pairs.stage_id
         LEFT JOIN job_stages cur ON cur.id = a.stage_id
       ) x
       GROUP BY x.user_id`,
      params,
    );
    const submitted = await this.run<{ interviewer_id: string; submitted: Count }>(
      `SELECT sc.interviewer_id, COUNT(*) AS submitted
       FROM scorecards sc INNER JOIN applications a ON a.id = sc.application_id
       WHERE sc.status = 'submitted'${where}
       GROUP BY sc.interviewer_id`,
      params,
    );
    const revisions = await this.run<{ interviewer_id: string; revisions: Count }>(
      `SELECT sc.interviewer_id, COUNT(*) AS revisions
       FROM scorecard_revisions r
       INNER JOIN scorecards sc ON sc.id = r.scorecard_id
       INNER JOIN applications a ON a.id = sc.application_id
       WHERE r.after_seeing_others = :yes${where}
       GROUP BY sc.interviewer_id`,
      params,
    );
    const distribution = await this.run<{ interviewer_id: string; value: string; ratings: Count }>(
      `SELECT sc.interviewer_id, r.value, COUNT(*) AS ratings
       FROM scorecard_ratings r
       INNER JOIN scorecards sc ON sc.id = r.scorecard_id
       INNER JOIN applications a ON a.id = sc.application_id
       INNER JOIN checklist_items i ON i.id = r.item_id
       WHERE sc.status = 'submitted' AND i.category <> 'prerequisite' AND r.value IN ('1', '2', '3', '4')${where}
       GROUP BY sc.interviewer_id, r.value`,
      params,
    );
    const { items, scorecards } = await this.submittedRatings(scope);
    const calibrated = interviewerCalibration(items, scorecards);

    const ids = [
      ...new Set([
        ...assignments.map((row) => row.user_id),
        ...submitted.map((row) => row.interviewer_id),
        ...calibrated.keys(),
      ]),
    ];
    const people = ids.length
      ? await this.run<{ id: string; name: string; role: Role }>(
          'SELECT id, name, role FROM users WHERE id IN (:...ids)',
          {
            ids,
          },
        )
      : [];
    const assignedBy = new Map(assignments.map((row) => [row.user_id, row]));
    const submittedBy = new Map(submitted.map((row) => [row.interviewer_id, n(row.submitted)]));
    const revisionsBy = new Map(revisions.map((row) => [row.interviewer_id, n(row.revisions)]));
    const interviewers = people.map((person): InterviewerCalibrationRow => {
      const calibration = calibrated.get(person.id);
      return {
        interviewerId: person.id,
        name: person.name,
        role: person.role,
        assigned: n(assignedBy.get(person.id)?.assigned ?? 0),
        submitted: submittedBy.get(person.id) ?? 0,
        overdue: n(assignedBy.get(person.id)?.overdue ?? 0),
        ratings: ([1, 2, 3, 4] as Rating[]).map((rating) => ({
          rating,
          count: n(
            distribution.find((row) => row.interviewer_id === person.id && row.value === String(rating))?.ratings ?? 0,
          ),
        })),
        offset: calibration?.offset ?? null,
        comparisons: calibration?.comparisons ?? 0,
        focusItems: calibration?.focusItems ?? 0,
        focusAssessed: calibration?.focusAssessed ?? 0,
        focusAssessedRate: calibration?.focusAssessedRate ?? null,
        revisionsAfterSeeingOthers: revisionsBy.get(person.id) ?? 0,
      };
    });
    interviewers.sort((a, b) => a.name.localeCompare(b.name) || (a.interviewerId < b.interviewerId ? -1 : 1));
    return { scope: scope.view, interviewers };
  }

  // ── item reliability ─────────────────────────────────────────────────────

  async itemReliability(query: ReportQuery): Promise<ItemReliabilityReport> {
    const scope = await this.scopeOf(query);
    const { items, scorecards } = await this.submittedRatings(scope);
    const reliability = itemReliability(items, scorecards);
    const rated = new Set(scorecards.flatMap((card) => card.ratings.map((rating) => rating.itemId)));
    return {
      scope: scope.view,
      thresholds: RUBRIC_PROBLEM_THRESHOLDS,
      // A retired item is listed only while scorecards in scope still rate it.
      items: items
        .filter((item) => !item.retired || rated.has(item.id))
        .map((item) => ({
          itemId: item.id,
          jobId: item.jobId,
          jobTitle: item.jobTitle,
          label: item.label,
          category: item.category,
          retired: item.retired,
          ...reliability.get(item.id)!,
        })),
    };
  }

  /**
   * The items of the jobs in scope (the job, or every job with an application in scope) and the
   * submitted scorecards of the applications in scope, each with its ratings and its stage's focus items.
   */
  private async submittedRatings(scope: Scope) {
    const where = scopeSql(scope);
    const params = scopeParams(scope);
    const itemRows = await this.run<{
      id: string;
      job_id: string;
      job_title: string;
      category: ChecklistCategory;
      label: string;
      weight: Count;
      must_have: boolean | number;
      retired_at: Date | string | null;
    }>(
      `SELECT i.id, i.job_id, j.title AS job_title, i.category, i.label, i.weight, i.must_have, i.retired_at
       FROM checklist_items i INNER JOIN jobs j ON j.id = i.job_id
       WHERE ${scope.jobId ? 'i.job_id = :jobId' : `i.job_id IN (SELECT a.job_id FROM applications a WHERE 1 = 1${where})`}
       ORDER BY j.title, j.id, i.position`,
      params,
    );
    const rows = await this.run<{
      scorecard_id: string;
      application_id: string;
      interviewer_id: string;
      stage_id: string;
      focus_item_ids: string | null;
      item_id: string | null;
      value: string | null;
    }>(
      `SELECT sc.id AS scorecard_id, sc.application_id, sc.interviewer_id, sc.stage_id, st.focus_item_ids,
              r.item_id, r.value
       FROM scorecards sc
       INNER JOIN applications a ON a.id = sc.application_id
       LEFT JOIN job_stages st ON st.id = sc.stage_id
       LEFT JOIN scorecard_ratings r ON r.scorecard_id = sc.id
       WHERE sc.status = 'submitted'${where}
       ORDER BY sc.id`,
      params,
    );
    const cards = new Map<string, ReportScorecard & { ratings: { itemId: string; value: RatingValue }[] }>();
    for (const row of rows) {
      const card = cards.get(row.scorecard_id) ?? {
        id: row.scorecard_id,
        applicationId: row.application_id,
        interviewerId: row.interviewer_id,
        stageId: row.stage_id,
        focusItemIds: row.focus_item_ids ? (JSON.parse(row.focus_item_ids) as string[]) : [],
        ratings: [],
      };
      if (row.item_id) card.ratings.push({ itemId: row.item_id, value: RATING_VALUES[row.value ?? ''] ?? null });
      cards.set(row.scorecard_id, card);
    }
    const items = itemRows.map((row) => ({
      id: row.id,
      jobId: row.job_id,
      jobTitle: row.job_title,
      category: row.category,
      label: row.label,
      weight: n(row.weight),
      mustHave: Boolean(Number(row.must_have)),
      retired: row.retired_at !== null,
    }));
    return { items, scorecards: [...cards.values()] };
  }

  // ── sources ──────────────────────────────────────────────────────────────

  async sources(query: ReportQuery): Promise<SourcesReport> {
    const scope = await this.scopeOf(query);
    const rows = await this.run<{
      source: CandidateSource;
      applications: Count;
      active: Count;
      rejected: Count;
      withdrawn: Count;
      hired: Count;
    }>(
      `SELECT c.source, COUNT(*) AS applications,
              SUM(CASE WHEN a.status = 'active' THEN 1 ELSE 0 END) AS active,
              SUM(CASE WHEN a.status = 'rejected' THEN 1 ELSE 0 END) AS rejected,
              SUM(CASE WHEN a.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
              SUM(CASE WHEN a.status = 'hired' THEN 1 ELSE 0 END) AS hired
       FROM applications a INNER JOIN candidates c ON c.id = a.candidate_id
       WHERE 1 = 1${scopeSql(scope)}
       GROUP BY c.source
       ORDER BY COUNT(*) DESC, c.source`,
      scopeParams(scope),
    );
    return {
      scope: scope.view,
      sources: rows.map((row) => ({
        source: row.source,
        applications: n(row.applications),
        active: n(row.active),
        rejected: n(row.rejected),
        withdrawn: n(row.withdrawn),
        hired: n(row.hired),
        hireRate: percent(n(row.hired), n(row.applications)),
      })),
    };
  }
}
