import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApplicationStatus,
  GateStatus,
  PipelineCard,
  PipelineOverview,
  PipelineQuery,
  PipelineView,
  Proposal,
} from '@shortlist/contracts';
import { daysInStage } from '@shortlist/pipeline';
import { DataSource } from 'typeorm';
import { escapeLike, tagsKey } from '../candidates/candidate-keys';
import { toIso } from '../candidates/candidate-view';
import { notFound } from '../common/app-error';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';

export const WAITING_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

// Each matches an index led by (job_id, stage_id, status): a stage's page is read in order, never sorted.
// NULLS LAST is SQLite's own order when descending; PostgreSQL needs it said, and its index says it too.
const ORDER_BY: Record<NonNullable<PipelineQuery['sort']>, string> = {
  score: 'a.score DESC NULLS LAST, a.screen_score DESC NULLS LAST, a.name_key, a.id',
  days_in_stage: 'a.stage_entered_at ASC, a.name_key, a.id',
  name: 'a.name_key, a.id',
};

const CARD_COLUMNS = `a.id AS application_id, a.candidate_id, c.name AS candidate_name, c.email, a.stage_id, a.status,
  a.screen_score, a.score, a.coverage, a.gates, a.proposal, a.red_flag_count, a.knockout_flag,
  a.tags, c.tags AS candidate_tags, a.stage_entered_at`;

interface CardRow {
  application_id: string;
  candidate_id: string;
  candidate_name: string;
  email: string;
  stage_id: string;
  status: ApplicationStatus;
  screen_score: number | string | null;
  score: number | string | null;
  coverage: number | string;
  gates: GateStatus;
  proposal: Proposal | null;
  red_flag_count: number | string;
  knockout_flag: boolean | number;
  tags: string;
  candidate_tags: string;
  stage_entered_at: Date | string;
}

const num = (value: number | string | null): number | null => (value === null ? null : Number(value));

/**
 * Filters the board and its counts share, as SQL over `a` (applications) and
 * `c` (candidates); `readsCandidate` when it needs the join.
 */
function filterSql(query: PipelineQuery): { sql: string; params: Record<string, unknown>; readsCandidate: boolean } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.minScore !== undefined) {
    where.push('a.score >= :minScore');
    params.minScore = query.minScore;
  }
  if (query.hasRedFlags !== undefined) where.push(query.hasRedFlags ? 'a.red_flag_count > 0' : 'a.red_flag_count = 0');
  if (query.gateFailed !== undefined) where.push(query.gateFailed ? `a.gates = 'fail'` : `a.gates <> 'fail'`);
  if (query.tag?.trim()) {
    where.push(`(a.tags_key LIKE :tag ESCAPE '\\' OR c.tags_key LIKE :tag ESCAPE '\\')`);
    params.tag = `%${escapeLike(tagsKey([query.tag]))}%`;
  }
  if (query.q?.trim()) {
    where.push(`(c.name_key LIKE :q ESCAPE '\\' OR c.email LIKE :q ESCAPE '\\')`);
    params.q = `%${escapeLike(query.q.trim().toLowerCase())}%`;
  }
  return {
    sql: where.map((clause) => ` AND ${clause}`).join(''),
    params,
    readsCandidate: Boolean(query.tag?.trim() || query.q?.trim()),
  };
}

@Injectable()
export class PipelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, parameters);
  }

  /**
   * The board in a constant number of queries whatever its size: the stages
   * and the counts (kept per stage by triggers; counted only when a filter
   * narrows them) side by side, then one statement for the first page of
   * every stage, each page read from the index of its sort. Scores are read
   * as stored, never aggregated.
   */
  async board(jobId: string, query: PipelineQuery, now = new Date()): Promise<PipelineView> {
    const filter = filterSql(query);
    const [plan, counts] = await Promise.all([this.stagesOf(jobId), this.countsOf(jobId, filter)]);
    const stages = plan.filter((stage) => !query.stageId || stage.id === query.stageId);
    const cards = await this.cardsOf(jobId, stages, query, filter);
    const closed: PipelineView['closed'] = { rejected: 0, withdrawn: 0, hired: 0 };
    const active = new Map<string, number>();
    for (const row of counts) {
      if (row.status === 'active') active.set(row.stage_id, Number(row.n));
      else closed[row.status] += Number(row.n);
    }
    return {
      jobId,
      // Each stage's rows come in the order of their own branch (UNION ALL) or LATERAL page.
      stages: stages.map((stage) => ({
        id: stage.id,
        name: stage.name,
        kind: stage.kind,
        count: active.get(stage.id) ?? 0,
        applications: cards.filter((card) => card.stage_id === stage.id).map((card) => toCard(card, now)),
      })),
      closed,
    };
  }

  private cardsOf(
    jobId: string,
    stages: ReadonlyArray<{ id: string }>,
    query: PipelineQuery,
    filter: ReturnType<typeof filterSql>,
  ): Promise<CardRow[]> {
    if (stages.length === 0) return Promise.resolve([]);
    const params = { ...filter.params, jobId, limit: query.limit ?? 50, offset: query.offset ?? 0 };
    const page = (stage: string) => `
        SELECT ${CARD_COLUMNS}
        FROM applications a INNER JOIN candidates c ON c.id = a.candidate_id
        WHERE a.job_id = :jobId AND a.stage_id = ${stage} AND a.status = 'active'${filter.sql}
        ORDER BY ${ORDER_BY[query.sort ?? 'score']}
        LIMIT :limit OFFSET :offset`;
    // PostgreSQL plans every statement TypeORM sends: one LATERAL page over the stage ids took half the time of a
    // branch per stage (docs/PERFORMANCE.md, board).
    if (this.dataSource.driver.options.type === 'postgres') {
      return this.run<CardRow>(
        `SELECT page.* FROM unnest(CAST(:stageIds AS uuid[])) AS s(id) CROSS JOIN LATERAL (${page('s.id')}) page`,
        { ...params, stageIds: stages.map((stage) => stage.id) },
      );
    }
    return this.run<CardRow>(
      stages.map((_, i) => `SELECT * FROM (${page(`:stage${i}`)}) page${i}`).join(' UNION ALL '),
      {
        ...params,
        ...Object.fromEntries(stages.map((stage, i) => [`stage${i}`, stage.id])),
      },
    );
  }

  private countsOf(
    jobId: string,
    filter: ReturnType<typeof filterSql>,
  ): Promise<Array<{ stage_id: string; status: ApplicationStatus; n: number | string }>> {
    if (!filter.sql)
      return this.run('SELECT stage_id, status, n FROM pipeline_counts WHERE job_id = :jobId', { jobId });
    return this.run(
      `SELECT a.stage_id, a.status, COUNT(*) AS n
       FROM applications a${filter.readsCandidate ? ' INNER JOIN candidates c ON c.id = a.candidate_id' : ''}
       WHERE a.job_id = :jobId${filter.sql}
       GROUP BY a.stage_id, a.status`,
      { ...filter.params, jobId },
    );
  }

  /** Every application of the job with its stage, as CSV rows (one query). */
  async exportRows(jobId: string, now = new Date()): Promise<string[][]> {
    await this.stagesOf(jobId);
    const rows = await this.run<CardRow & { stage_name: string | null; position: number | null }>(
      `SELECT ${CARD_COLUMNS}, s.name AS stage_name, s.position
       FROM applications a
       INNER JOIN candidates c ON c.id = a.candidate_id
       LEFT JOIN job_stages s ON s.id = a.stage_id
       WHERE a.job_id = :jobId
       ORDER BY s.position, a.name_key, a.id`,
      { jobId },
    );
    const header = [
      'Candidate',
      'Email',
      'Stage',
      'Status',
      'Screen score',
      'Score',
      'Coverage',
      'Gates',
      'Proposal',
      'Red flags',
      'Days in stage',
      'Tags',
    ];
    return [
      header,
      ...rows.map((row) => {
        const card = toCard(row, now);
        return [
          card.candidateName,
          row.email,
          row.stage_name ?? '',
          card.status,
          card.screenScore === null ? '' : String(card.screenScore),
          card.score === null ? '' : String(card.score),
          String(card.coverage),
          card.gates,
          card.proposal ?? '',
          String(card.redFlagCount),
          String(card.daysInStage),
          card.tags.join('; '),
        ];
      }),
    ];
  }

  /** The recruiter's home: every open job, its active applications per stage and those waiting > 7 days — two queries. */
  async overview(now = new Date()): Promise<PipelineOverview> {
    const stages = await this.run<{ job_id: string; title: string; stage_id: string; stage_name: string }>(
      `SELECT j.id AS job_id, j.title, s.id AS stage_id, s.name AS stage_name
       FROM jobs j INNER JOIN job_stages s ON s.job_id = j.id
       WHERE j.status = 'open'
       ORDER BY j.title, j.id, s.position`,
      {},
    );
    const counts = await this.run<{ job_id: string; stage_id: string; n: number | string; waiting: number | string }>(
      `SELECT a.job_id, a.stage_id, COUNT(*) AS n,
              SUM(CASE WHEN a.stage_entered_at < :cutoff THEN 1 ELSE 0 END) AS waiting
       FROM applications a INNER JOIN jobs j ON j.id = a.job_id
       WHERE j.status = 'open' AND a.status = 'active'
       GROUP BY a.job_id, a.stage_id`,
      { cutoff: new Date(now.getTime() - WAITING_AFTER_DAYS * DAY_MS) },
    );
    const byStage = new Map(counts.map((row) => [`${row.job_id}/${row.stage_id}`, row]));
    const jobs = new Map<string, PipelineOverview['jobs'][number]>();
    for (const row of stages) {
      const job = jobs.get(row.job_id) ?? { jobId: row.job_id, title: row.title, total: 0, waiting: 0, stages: [] };
      jobs.set(row.job_id, job);
      const count = byStage.get(`${row.job_id}/${row.stage_id}`);
      const stage = {
        id: row.stage_id,
        name: row.stage_name,
        count: Number(count?.n ?? 0),
        waiting: Number(count?.waiting ?? 0),
      };
      job.stages.push(stage);
      job.total += stage.count;
      job.waiting += stage.waiting;
    }
    return { jobs: [...jobs.values()] };
  }

  /** The job's plan in order (only what the board shows: read raw, not as entities); 404 when no such job. */
  private async stagesOf(jobId: string): Promise<Array<Pick<JobStageRow, 'id' | 'name' | 'kind'>>> {
    const stages = await this.run<Pick<JobStageRow, 'id' | 'name' | 'kind'>>(
      'SELECT id, name, kind FROM job_stages WHERE job_id = :jobId ORDER BY position',
      { jobId },
    );
    if (stages.length === 0 && !(await this.dataSource.getRepository(Job).existsBy({ id: jobId })))
      throw notFound('Job');
    return stages;
  }
}

function toCard(row: CardRow, now: Date): PipelineCard {
  const tags = [...new Set([...(JSON.parse(row.candidate_tags) as string[]), ...(JSON.parse(row.tags) as string[])])];
  return {
    applicationId: row.application_id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    status: row.status,
    screenScore: num(row.screen_score),
    score: num(row.score),
    coverage: Number(row.coverage),
    gates: row.gates,
    proposal: row.proposal,
    redFlagCount: Number(row.red_flag_count),
    knockoutFlag: Boolean(Number(row.knockout_flag)),
    daysInStage: daysInStage(new Date(toIso(row.stage_entered_at)), now),
    tags,
  };
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a cell a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) is
 * prefixed with an apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (rows: string[][]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
