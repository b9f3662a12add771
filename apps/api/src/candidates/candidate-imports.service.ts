import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CandidateImportView, CsvImportResult, CsvImportRowError } from '@shortlist/contracts';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { appliedStageOf, newApplicationRows } from '../applications/applications.service';
import { Application } from '../applications/application.entity';
import { StageMoveRow } from '../applications/stage-move.entity';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../common/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { ScreeningService } from '../screening/screening.service';
import { CandidateImport } from './candidate-import.entity';
import { Candidate } from './candidate.entity';
import { candidateKeys, cleanTags } from './candidate-keys';
import { toIso } from './candidate-view';
import { type CsvRow, parseCandidateCsv, rowError, type ValidRow, validateRow } from './csv-rows';

/**
 * Rows per INSERT (and per progress step): well under both engines' bound-parameter limits.
 * Before each batch the import yields to the event loop: on better-sqlite3 every query
 * resolves without I/O, so a 10,000-row file would otherwise hold the process for
 * seconds and no other request, not even /api/health, would be answered meanwhile.
 */
export const IMPORT_BATCH = 500;
/** Row errors kept and reported; past this the file is wrong throughout and more would not help. */
const MAX_REPORTED_ERRORS = 1000;
/** Statuses a running import passes through; one a process left behind when it stopped never changes again. */
const UNFINISHED: CandidateImport['status'][] = ['pending', 'validating', 'importing'];
/**
 * On PostgreSQL another process may be running an unfinished import; a running one
 * reports progress every batch, so one silent this long belonged to a process that stopped.
 */
export const STALE_IMPORT_MS = 10 * 60_000;

export interface ImportOptions {
  jobId?: string;
  /** Existing candidates (by email) are updated instead of reported. */
  upsert?: boolean;
  actorId?: string | null;
  /** The candidate_imports row this run reports to (none from the CLI). */
  importId?: string;
}

export type ImportProgress = (phase: 'validated' | 'imported', done: number, total: number) => Promise<void> | void;

export const toImportView = (row: CandidateImport): CandidateImportView => ({
  id: row.id,
  status: row.status,
  total: row.total,
  processed: row.processed,
  errors: row.errors,
  result: row.result,
  jobId: row.jobId,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
});

/**
 * CSV import: every row is validated first (with row-numbered errors), then
 * all rows are imported in ONE transaction, in batches of IMPORT_BATCH, or
 * none are. Over HTTP it runs in the background with its progress in
 * candidate_imports; the CLI runs it in the foreground.
 */
@Injectable()
export class CandidateImportsService implements OnApplicationShutdown {
  private readonly logger = new Logger('CandidateImports');
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
  ) {}

  /**
   * For the server as it starts (not the CLI, which may run beside it): an import
   * whose process was killed would stay unfinished forever, and a client polling it
   * would wait forever, so it is marked failed (its rows, written in one transaction
   * with its "done", were never committed). SQLite has one server process, so every
   * unfinished import is such a one. Returns how many were marked.
   */
  async failInterrupted(): Promise<number> {
    const postgres = this.dataSource.options.type === 'postgres';
    const { affected } = await this.tx.run((m) =>
      m.update(
        CandidateImport,
        {
          status: In(UNFINISHED),
          ...(postgres ? { updatedAt: LessThan(new Date(Date.now() - STALE_IMPORT_MS)) } : {}),
        },
        {
          status: 'failed',
          errors: [{ row: 0, field: '(file)', message: 'The server stopped during this import; nothing was imported' }],
        },
      ),
    );
    if (affected) this.logger.warn(`${affected} import(s) interrupted by a stop were marked failed`);
    return affected ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  async start(content: string, options: ImportOptions): Promise<{ id: string }> {
    if (options.jobId) await this.refuseMissingJob(options.jobId);
    const record = await this.tx.run(async (m) => {
      const row = m.create(CandidateImport, {
        status: 'pending',
        total: 0,
        processed: 0,
        errors: [],
        result: null,
        jobId: options.jobId ?? null,
        createdById: options.actorId ?? null,
      });
      await m.insert(CandidateImport, row);
      return row;
    });
    const work = this.runInBackground(record.id, content, { ...options, importId: record.id });
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
    return { id: record.id };
  }

  async get(id: string): Promise<CandidateImportView> {
    const row = await this.dataSource.getRepository(CandidateImport).findOneBy({ id });
    if (!row) throw notFound('Import');
    return toImportView(row);
  }

  /**
   * Progress goes to the row as it happens. On PostgreSQL the writes of the
   * insert phase are visible at once (their own connection); on SQLite the one
   * connection is held by the import's transaction, so polls wait for it.
   */
  private async runInBackground(id: string, content: string, options: ImportOptions): Promise<void> {
    const save = (fields: Partial<CandidateImport>) =>
      this.tx.run((m) => m.update(CandidateImport, { id }, fields)).then(() => undefined);
    try {
      // Parsing is synchronous: let the 202 go out first.
      await nextTurn();
      const result = await this.run(content, options, async (phase, done, total) => {
        await save(
          phase === 'validated'
            ? { status: 'validating', total, processed: done }
            : { status: 'importing', total, processed: total + done },
        );
      });
      // Done was written by the import's own transaction (see write).
      if (result.errors.length) await save({ status: 'failed', errors: result.errors, result });
    } catch (error) {
      if (!(error instanceof AppError)) this.logger.error(error, (error as Error)?.stack);
      const message =
        error instanceof AppError ? error.message : 'The import failed unexpectedly; nothing was imported';
      await save({ status: 'failed', errors: [{ row: 0, field: '(file)', message }] }).catch(() => undefined);
    }
  }

  /** Validates everything, then imports all or nothing. Returns the row errors instead of throwing them. */
  async run(
    content: string,
    options: ImportOptions,
    progress: ImportProgress = () => undefined,
  ): Promise<CsvImportResult> {
    const failed = (errors: CsvImportRowError[]): CsvImportResult => ({
      imported: 0,
      applied: 0,
      errors: errors.slice(0, MAX_REPORTED_ERRORS),
    });
    if (options.jobId) await this.refuseMissingJob(options.jobId);
    const parsed = parseCandidateCsv(content);
    if (parsed.errors.length) return failed(parsed.errors);
    const { valid, errors, existing } = await this.validate(parsed.rows, options, progress);
    if (errors.length) return failed(errors);
    return this.write(valid, existing, options, progress);
  }

  private async validate(rows: CsvRow[], options: ImportOptions, progress: ImportProgress) {
    const total = rows.length;
    const errors: CsvImportRowError[] = [];
    const valid: ValidRow[] = [];
    const firstLineOf = new Map<string, number>();
    const existing = new Map<string, Candidate>();
    for (let start = 0; start < total; start += IMPORT_BATCH) {
      await nextTurn();
      const batch = rows.slice(start, start + IMPORT_BATCH);
      const checked = batch.map(validateRow);
      const emails = checked.flatMap((c) => (c.valid ? [c.valid.request.email] : []));
      const found = emails.length
        ? await this.dataSource.getRepository(Candidate).find({ where: { email: In(emails) } })
        : [];
      for (const candidate of found) existing.set(candidate.email, candidate);
      for (const check of checked) {
        errors.push(...check.errors);
        if (!check.valid) continue;
        const { row, request } = check.valid;
        const earlier = firstLineOf.get(request.email);
        if (earlier !== undefined) {
          errors.push(rowError(row, 'email', `repeats the email of line ${earlier}`));
          continue;
        }
        firstLineOf.set(request.email, row.line);
        const taken = existing.get(request.email);
        if (taken?.erasedAt) {
          errors.push(rowError(row, 'email', 'belongs to an erased candidate, whose data cannot be changed'));
          continue;
        }
        if (taken && !options.upsert) {
          errors.push(
            rowError(
              row,
              'email',
              `belongs to an existing candidate: ${taken.name} (import with upsert to update them)`,
            ),
          );
          continue;
        }
        valid.push(check.valid);
      }
      await progress('validated', Math.min(start + IMPORT_BATCH, total), total);
    }
    return { valid, errors, existing };
  }

  private async write(
    rows: ValidRow[],
    existing: Map<string, Candidate>,
    options: ImportOptions,
    progress: ImportProgress,
  ): Promise<CsvImportResult> {
    const total = rows.length;
    return this.tx.run(async (m) => {
      const job = options.jobId ? await m.findOneBy(Job, { id: options.jobId }) : null;
      if (options.jobId && !job) throw notFound('Job');
      const applyTo = job ? await this.applyContext(m, job) : null;
      let imported = 0;
      let applied = 0;
      let updated = 0;
      for (let start = 0; start < total; start += IMPORT_BATCH) {
        await nextTurn();
        const batch = rows.slice(start, start + IMPORT_BATCH);
        const candidates: Candidate[] = [];
        const inserts: Candidate[] = [];
        for (const { request } of batch) {
          const current = existing.get(request.email);
          if (current) {
            candidates.push(await this.updateExisting(m, current, request));
            updated += 1;
            continue;
          }
          const candidate = m.create(Candidate, {
            ...request,
            links: [],
            tags: request.tags ?? [],
            resumeText: request.resumeText ?? null,
            phone: request.phone ?? null,
            ...candidateKeys({ name: request.name, tags: request.tags ?? [], resumeText: request.resumeText ?? null }),
            version: 1,
          });
          inserts.push(candidate);
          candidates.push(candidate);
        }
        if (inserts.length) await m.insert(Candidate, inserts);
        imported += batch.length;
        if (applyTo) applied += await this.applyBatch(m, applyTo, candidates, options.actorId ?? null);
        await progress('imported', Math.min(start + IMPORT_BATCH, total), total);
      }
      const result: CsvImportResult = { imported, applied, errors: [] };
      // The rows and the import's "done" commit together, so a crash can never leave one without the other.
      if (options.importId) {
        await m.update(
          CandidateImport,
          { id: options.importId },
          { status: 'done', result, total, processed: total * 2 },
        );
      }
      // One event for the whole file: counts, never its rows (they are personal data).
      await this.audit.record(m, {
        actorId: options.actorId ?? null,
        action: 'candidates.imported',
        entityType: 'import',
        entityId: options.importId ?? null,
        jobId: options.jobId ?? null,
        after: { imported, created: imported - updated, updated, applied, upsert: options.upsert ?? false },
      });
      return result;
    });
  }

  private async applyContext(m: EntityManager, job: Job) {
    const stage = appliedStageOf(await m.findBy(JobStageRow, { jobId: job.id }));
    if (!stage) throw new AppError('CONFLICT', 'The job has no interview plan to apply to');
    const checklist = (await this.screening.checklists(m, [job.id])).get(job.id)!;
    return { job, stageId: stage.id, checklist };
  }

  /** Candidates who already applied to the job (upserted ones) are left as they are. */
  private async applyBatch(
    m: EntityManager,
    context: Awaited<ReturnType<CandidateImportsService['applyContext']>>,
    candidates: Candidate[],
    actorId: string | null,
  ): Promise<number> {
    const already = new Set(
      (
        await m.find(Application, {
          where: { jobId: context.job.id, candidateId: In(candidates.map((c) => c.id)) },
          select: { candidateId: true },
        })
      ).map((a) => a.candidateId),
    );
    const now = new Date();
    const rows = candidates
      .filter((candidate) => !already.has(candidate.id))
      .map((candidate) =>
        newApplicationRows({
          jobId: context.job.id,
          candidateId: candidate.id,
          appliedStageId: context.stageId,
          knockoutAnswers: [],
          screening: context.checklist.screen(candidate.resumeText ?? ''),
          failedMustHave: false,
          autoRejectOnKnockout: context.job.autoRejectOnKnockout,
          actorId,
          now,
        }),
      );
    if (rows.length) {
      await m.insert(
        Application,
        rows.map((r) => r.application),
      );
      await m.insert(
        StageMoveRow,
        rows.flatMap((r) => r.moves),
      );
    }
    return rows.length;
  }

  /** Upsert: the file's non-empty cells replace the stored fields; tags are added. */
  private async updateExisting(m: EntityManager, current: Candidate, request: ValidRow['request']): Promise<Candidate> {
    const next = {
      name: request.name || current.name,
      phone: request.phone ?? current.phone,
      tags: cleanTags([...current.tags, ...(request.tags ?? [])]),
      resumeText: request.resumeText ?? current.resumeText,
    };
    await m.update(Candidate, { id: current.id }, { ...next, ...candidateKeys(next), version: () => 'version + 1' });
    if (next.resumeText !== current.resumeText) await this.screening.rescreenCandidate(m, current.id);
    return Object.assign(current, next);
  }

  private async refuseMissingJob(jobId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Job).existsBy({ id: jobId }))) throw notFound('Job');
  }
}
