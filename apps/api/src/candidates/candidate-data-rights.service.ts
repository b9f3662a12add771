import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CandidateExport,
  type CsvImportResult,
  ERASED_CANDIDATE_NAME,
  type EraseCandidatesResult,
  erasedCandidateEmail,
  type RetentionCandidate,
  type RetentionPage,
  type RetentionQuery,
} from '@shortlist/contracts';
import { DataSource, EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Application } from '../applications/application.entity';
import { StageMoveRow } from '../applications/stage-move.entity';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../common/app-error';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { sqliteSerializerOf } from '../database/sqlite-serializer';
import { TransactionRunner } from '../database/transaction-runner';
import { DecisionRow } from '../scorecards/decision.entity';
import { NoteRow } from '../scorecards/note.entity';
import { Scorecard, ScorecardRating, ScorecardRedFlag, ScorecardRevision } from '../scorecards/scorecard.entity';
import { buildCandidateExport } from './candidate-export';
import { CandidateImport } from './candidate-import.entity';
import { Candidate } from './candidate.entity';
import { candidateKeys } from './candidate-keys';
import { toIso } from './candidate-view';
import {
  identifierPattern,
  redactDeep,
  redactImportErrors,
  redactText,
  withoutResumeQuotes,
} from './erasure-redaction';
import { ResumeFile } from './resume-file.entity';

const DAY_MS = 86_400_000;

const alreadyErased = (id: string) => new AppError('CANDIDATE_ERASED', `Candidate ${id} was erased already`);

/** Free text written by staff about an application, where a candidate may be named. */
interface TextColumns<E> {
  entity: EntityTarget<E>;
  alias: string;
  columns: Array<keyof E & string>;
  /** How the row reaches its application: directly, or through its scorecard. */
  via: 'application_id' | 'scorecard_id';
}

const STAFF_TEXT: Array<TextColumns<ObjectLiteral>> = [
  { entity: StageMoveRow, alias: 'sm', columns: ['note', 'reason'], via: 'application_id' },
  { entity: NoteRow, alias: 'n', columns: ['body'], via: 'application_id' },
  { entity: DecisionRow, alias: 'd', columns: ['reason'], via: 'application_id' },
  { entity: Scorecard, alias: 'sc', columns: ['takeaways'], via: 'application_id' },
  { entity: ScorecardRating, alias: 'r', columns: ['note'], via: 'scorecard_id' },
  { entity: ScorecardRedFlag, alias: 'f', columns: ['evidence'], via: 'scorecard_id' },
  { entity: ScorecardRevision, alias: 'v', columns: ['snapshot'], via: 'scorecard_id' },
];

/**
 * The last activity of each candidate: the latest of their profile's change
 * and of every dated row of their applications. A correlated subquery over
 * a UNION ALL, which both engines plan per candidate.
 */
const LAST_ACTIVITY = `(SELECT MAX(t.at) FROM (
    SELECT c.updated_at AS at
    UNION ALL SELECT a.updated_at FROM applications a WHERE a.candidate_id = c.id
    UNION ALL SELECT sm.at FROM stage_moves sm INNER JOIN applications a ON a.id = sm.application_id
      WHERE a.candidate_id = c.id
    UNION ALL SELECT n.created_at FROM application_notes n INNER JOIN applications a ON a.id = n.application_id
      WHERE a.candidate_id = c.id
    UNION ALL SELECT COALESCE(s.submitted_at, s.created_at) FROM scorecards s
      INNER JOIN applications a ON a.id = s.application_id WHERE a.candidate_id = c.id
    UNION ALL SELECT v.created_at FROM scorecard_revisions v INNER JOIN scorecards s ON s.id = v.scorecard_id
      INNER JOIN applications a ON a.id = s.application_id WHERE a.candidate_id = c.id
    UNION ALL SELECT d.created_at FROM decisions d INNER JOIN applications a ON a.id = d.application_id
      WHERE a.candidate_id = c.id
  ) t)`;

/** Not erased, unchanged since the cutoff, no active application; the activity test follows in the outer query. */
const RETENTION_CANDIDATES = `
  SELECT c.id AS id, c.name AS name, c.email AS email, c.source AS source, c.created_at AS created_at,
    (SELECT COUNT(*) FROM applications a WHERE a.candidate_id = c.id) AS application_count,
    ${LAST_ACTIVITY} AS last_activity_at
  FROM candidates c
  WHERE c.erased_at IS NULL AND c.updated_at < :cutoff
    AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.status = 'active')`;

interface RetentionRow {
  id: string;
  name: string;
  email: string;
  source: RetentionCandidate['source'];
  created_at: Date | string;
  application_count: string | number;
  last_activity_at: Date | string;
  total_count?: string | number;
}

/**
 * A candidate's data rights: the export of everything held, the erasure of
 * their personal data (one candidate or many, all or nothing) and the
 * retention review. Each runs in one transaction whose last write is its
 * audit event, which names ids only.
 */
@Injectable()
export class CandidateDataRightsService {
  private readonly logger = new Logger('CandidateDataRights');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(candidateId: string, actorId: string | null): Promise<CandidateExport> {
    return this.tx.run(async (m) => {
      const document = await buildCandidateExport(m, candidateId);
      await this.audit.record(m, {
        actorId,
        action: 'candidate.exported',
        entityType: 'candidate',
        entityId: candidateId,
      });
      return document;
    });
  }

  /** Erases one candidate; erasing an erased one is a 409, so the log holds one erasure per person. */
  async erase(candidateId: string, actorId: string | null): Promise<void> {
    await this.tx.run(async (m) => {
      const { applicationIds } = await this.eraseInTransaction(m, [candidateId], new Date(), 'single');
      await this.audit.record(m, {
        actorId,
        action: 'candidate.erased',
        entityType: 'candidate',
        entityId: candidateId,
        applicationIds,
      });
    });
    await this.purgeFreedPages();
  }

  /** Erases every listed candidate in one transaction, or none (an unknown or erased id names itself). */
  async eraseMany(candidateIds: string[], actorId: string | null): Promise<EraseCandidatesResult> {
    const erasedAt = new Date();
    const result = await this.tx.run(async (m) => {
      const { applicationIds } = await this.eraseInTransaction(m, candidateIds, erasedAt, 'bulk');
      await this.audit.record(m, {
        actorId,
        action: 'candidate.erased',
        entityType: 'candidate',
        entityId: null,
        applicationIds,
        after: { candidateIds },
      });
      return { erased: candidateIds.length, candidateIds, erasedAt: erasedAt.toISOString() };
    });
    await this.purgeFreedPages();
    return result;
  }

  /** Candidates inactive for longer than RETENTION_DAYS with no active application, oldest activity first. */
  async retention(query: RetentionQuery, now: Date = new Date()): Promise<RetentionPage> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const cutoff = new Date(now.getTime() - this.config.retentionDays * DAY_MS);
    const rows = await this.raw<RetentionRow>(
      `SELECT r.*, COUNT(*) OVER () AS total_count FROM (${RETENTION_CANDIDATES}) r
       WHERE r.last_activity_at < :cutoff
       ORDER BY r.last_activity_at ASC, r.id ASC
       LIMIT :limit OFFSET :offset`,
      { cutoff, limit, offset },
    );
    // Past the last page the window has no row to carry the total; only then does a count run.
    const total = rows.length
      ? Number(rows[0].total_count)
      : offset
        ? Number(
            (
              await this.raw<{ n: string | number }>(
                `SELECT COUNT(*) AS n FROM (${RETENTION_CANDIDATES}) r WHERE r.last_activity_at < :cutoff`,
                { cutoff },
              )
            )[0].n,
          )
        : 0;
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        source: row.source,
        applicationCount: Number(row.application_count),
        createdAt: toIso(row.created_at),
        lastActivityAt: toIso(row.last_activity_at),
      })),
      total,
      retentionDays: this.config.retentionDays,
      inactiveSince: cutoff.toISOString(),
    };
  }

  /** Named parameters (Dates included) the way each driver wants them. */
  private raw<T>(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query(query, values);
  }

  /**
   * The erasure itself. The candidate row stays (its applications keep
   * counting in reports) as a tombstone; the résumé file goes; the résumé's
   * quotes leave the applications' screening; notes, history, decisions and
   * scorecards stay, with the person's name, email and phone replaced in
   * their text; failed import reports lose them too.
   */
  private async eraseInTransaction(
    m: EntityManager,
    ids: string[],
    erasedAt: Date,
    mode: 'single' | 'bulk',
  ): Promise<{ applicationIds: string[] }> {
    const people = await m.find(Candidate, {
      where: { id: In(ids) },
      select: { id: true, name: true, email: true, phone: true, erasedAt: true },
    });
    const byId = new Map(people.map((person) => [person.id, person]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) {
      if (mode === 'single') throw notFound('Candidate');
      throw new AppError(
        'NOT_FOUND',
        `No candidate has the id ${missing[0]}${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''}; nothing was erased`,
        missing.map((id) => ({ field: `candidateIds.${ids.indexOf(id)}`, message: `${id} is not a candidate` })),
      );
    }
    const already = people.find((person) => person.erasedAt);
    if (already) throw alreadyErased(already.id);

    const blank = candidateKeys({ name: '', tags: [], resumeText: null });
    for (const person of people) {
      const changed = await m
        .createQueryBuilder()
        .update(Candidate)
        .set({
          name: ERASED_CANDIDATE_NAME,
          email: erasedCandidateEmail(person.id),
          phone: null,
          tags: [],
          links: [],
          resumeText: null,
          ...blank,
          erasedAt,
          version: () => 'version + 1',
        })
        // A concurrent erasure of the same person loses here, not with a second tombstone.
        .where('id = :id AND erased_at IS NULL', { id: person.id })
        .execute();
      if (changed.affected !== 1) throw alreadyErased(person.id);
    }
    await m.delete(ResumeFile, { candidateId: In(ids) });

    const patterns = new Map(people.map((person) => [person.id, identifierPattern([person])]));
    const applications = await m.find(Application, {
      where: { candidateId: In(ids) },
      select: { id: true, candidateId: true, screening: true, rejection: true },
    });
    for (const application of applications) {
      const pattern = patterns.get(application.candidateId) ?? null;
      await m.update(
        Application,
        { id: application.id },
        {
          screening: withoutResumeQuotes(application.screening),
          rejection: application.rejection ? redactDeep(application.rejection, pattern) : null,
        },
      );
    }
    for (const text of STAFF_TEXT) await this.redactStaffText(m, text, ids, patterns);
    await this.redactImportReports(m, identifierPattern(people));
    return { applicationIds: applications.map((application) => application.id) };
  }

  private async redactStaffText<E extends ObjectLiteral>(
    m: EntityManager,
    { entity, alias, columns, via }: TextColumns<E>,
    candidateIds: string[],
    patterns: Map<string, RegExp | null>,
  ): Promise<void> {
    const query = m
      .createQueryBuilder(entity, alias)
      .select([`${alias}.id`, ...columns.map((column) => `${alias}.${column}`)])
      .addSelect('app.candidate_id', 'candidate_id');
    if (via === 'scorecard_id') {
      query
        .innerJoin('scorecards', 'card', `card.id = ${alias}.scorecard_id`)
        .innerJoin('applications', 'app', 'app.id = card.application_id');
    } else {
      query.innerJoin('applications', 'app', `app.id = ${alias}.application_id`);
    }
    const { entities, raw } = await query
      .where('app.candidate_id IN (:...candidateIds)', { candidateIds })
      .getRawAndEntities<Record<string, string>>();
    const candidateOf = new Map(raw.map((row) => [String(row[`${alias}_id`]), row.candidate_id]));
    for (const row of entities) {
      const pattern = patterns.get(candidateOf.get(String(row.id)) ?? '') ?? null;
      const changes: Record<string, unknown> = {};
      for (const column of columns) {
        const value: unknown = row[column];
        if (value === null || value === undefined) continue;
        const redacted = typeof value === 'string' ? redactText(value, pattern) : redactDeep(value, pattern);
        if (JSON.stringify(redacted) !== JSON.stringify(value)) changes[column] = redacted;
      }
      if (Object.keys(changes).length) {
        await m.update(entity, { id: row.id }, changes as QueryDeepPartialEntity<E>);
      }
    }
  }

  /** A failed import's report quotes rows of the file, which may name the person. */
  private async redactImportReports(m: EntityManager, pattern: RegExp | null): Promise<void> {
    if (!pattern) return;
    const reports = await m.find(CandidateImport, {
      where: { status: 'failed' },
      select: { id: true, errors: true, result: true },
    });
    for (const report of reports) {
      const errors = redactImportErrors(report.errors, pattern);
      const resultErrors = report.result ? redactImportErrors(report.result.errors, pattern) : null;
      if (!errors && !resultErrors) continue;
      await m.update(
        CandidateImport,
        { id: report.id },
        {
          ...(errors ? { errors } : {}),
          ...(resultErrors ? { result: { ...(report.result as CsvImportResult), errors: resultErrors } } : {}),
        },
      );
    }
  }

  /**
   * On SQLite, secure_delete zeroes what the erasure freed in the database
   * file, but the WAL still holds earlier images of the changed pages until a
   * checkpoint: copy them back and truncate the WAL to nothing. Runs through
   * the serializer, after the commit, when no transaction holds the
   * connection.
   */
  private async purgeFreedPages(): Promise<void> {
    const serializer = sqliteSerializerOf(this.dataSource);
    if (!serializer) return;
    const [result] = await serializer.exclusive(
      (): Promise<Array<{ busy: number; log: number; checkpointed: number }>> =>
        this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)'),
    );
    if (result?.busy) this.logger.warn('The WAL checkpoint after an erasure was blocked; it completes on the next one');
  }
}
