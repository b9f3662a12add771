import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AUDIT_PAGE_DEFAULT,
  type AuditAction,
  type AuditEntityType,
  type AuditEventView,
  type AuditPage,
  type AuditQuery,
  type AuditVerification,
} from '@shortlist/contracts';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { ChangeFeed } from '../events/change-feed';
import { User } from '../users/user.entity';
import { chainStart, ChainedFields, eventHash, followChain, GENESIS_HASH } from './audit-chain';
import { AuditEventRow } from './audit-event.entity';
import { instantOf } from '../common/query-dates';
import { execute, selectRows } from '../database/sql';
import { TransactionRunner } from '../database/transaction-runner';

/** Arbitrary but fixed: every API process appends to the chain under the same lock. */
const AUDIT_CHAIN_LOCK_ID = 0x53484c41;
const VERIFY_BATCH = 1000;

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  jobId?: string | null;
  applicationId?: string | null;
  /** Every application the change touches (a bulk change); defaults to `[applicationId]`. */
  applicationIds?: string[];
  /** Never a candidate's personal data: use PERSONAL_DATA_PLACEHOLDER for those values. */
  before?: unknown;
  after?: unknown;
}

/** JSON's view of a value, so what is hashed is exactly what is stored and read back. */
const asStored = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** A `simple-json` column's value as TypeORM writes it: SQL NULL for null. */
const jsonColumn = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: ChangeFeed,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Appends one event to the chain inside the caller's transaction and
   * announces it to live dashboards once that commits. Call it as the
   * transaction's last write: on PostgreSQL it holds the chain's lock until
   * commit, so nothing after it should wait on a row lock. `announce: false`
   * for what changes nothing a dashboard shows (a failed sign-in, a read).
   */
  async record(
    manager: EntityManager,
    entry: AuditEntry,
    { announce = true }: { announce?: boolean } = {},
  ): Promise<AuditEventRow> {
    if (manager.connection.driver.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_ID]);
    }
    const head = await selectRows<{ seq: number; hash: string }>(
      manager,
      'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    );
    const fields: ChainedFields & Pick<AuditEventRow, 'action' | 'entityType'> = {
      id: randomUUID(),
      seq: Number(head[0]?.seq ?? 0) + 1,
      at: new Date(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      jobId: entry.jobId ?? null,
      applicationId: entry.applicationId ?? null,
      before: asStored(entry.before),
      after: asStored(entry.after),
      prevHash: head[0]?.hash ?? GENESIS_HASH,
    };
    const row: AuditEventRow = { ...fields, hash: eventHash(fields) };
    // Bound, not built by TypeORM, which would inline `seq` into the text and prepare a new statement per event.
    await execute(
      manager,
      `INSERT INTO audit_events (id, seq, at, actor_id, action, entity_type, entity_id, job_id, application_id,
         before, after, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        row.id,
        row.seq,
        row.at,
        row.actorId,
        row.action,
        row.entityType,
        row.entityId,
        row.jobId,
        row.applicationId,
        jsonColumn(row.before),
        jsonColumn(row.after),
        row.prevHash,
        row.hash,
      ],
    );
    if (!announce) return row;
    await this.feed.announce(manager, {
      action: entry.action,
      jobId: fields.jobId,
      applicationIds: entry.applicationIds ?? (fields.applicationId ? [fields.applicationId] : []),
      at: fields.at.toISOString(),
    });
    return row;
  }

  /**
   * Records that someone read personal data: one short transaction of its own
   * (the chain's append is serialised, so concurrent reads queue for a moment
   * rather than fail), and no live change, since a read alters nothing that
   * dashboards show (announcing it would make every refetch trigger another).
   */
  recordRead(entry: AuditEntry): Promise<AuditEventRow> {
    return this.tx.run((manager) => this.record(manager, entry, { announce: false }));
  }

  /**
   * One page, newest first, with each actor's name, in one query. Paged by
   * seq (a keyset), so a page stays put while new events are appended.
   */
  async list(query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const select = this.dataSource
      .getRepository(AuditEventRow)
      .createQueryBuilder('e')
      .leftJoin(User, 'u', 'u.id = e.actor_id')
      .addSelect('u.name', 'actor_name')
      .orderBy('e.seq', 'DESC')
      .limit(limit + 1);
    const exact = { action: 'action', actorId: 'actor_id', entityType: 'entity_type', entityId: 'entity_id' } as const;
    for (const [key, column] of Object.entries(exact) as [keyof typeof exact, string][]) {
      if (query[key] !== undefined) select.andWhere(`e.${column} = :${key}`, { [key]: query[key] });
    }
    if (query.jobId !== undefined) select.andWhere('e.job_id = :jobId', { jobId: query.jobId });
    if (query.applicationId !== undefined) {
      // A bulk event names no one application; it lists them in `after` (quoted UUIDs cannot match part of another).
      select.andWhere(`(e.application_id = :applicationId OR (e.application_id IS NULL AND e.after LIKE :listed))`, {
        applicationId: query.applicationId,
        listed: `%"${query.applicationId}"%`,
      });
    }
    if (query.from !== undefined) select.andWhere('e.at >= :from', { from: instantOf(query.from) });
    if (query.to !== undefined) select.andWhere('e.at < :to', { to: instantOf(query.to) });
    if (query.beforeSeq !== undefined) select.andWhere('e.seq < :beforeSeq', { beforeSeq: query.beforeSeq });
    const { entities, raw } = await select.getRawAndEntities<{ e_id: string; actor_name: string | null }>();
    const names = new Map(raw.map((row) => [row.e_id, row.actor_name]));
    const page = entities.slice(0, limit);
    return {
      events: page.map((row) => toAuditEventView(row, names.get(row.id) ?? null)),
      nextBeforeSeq: entities.length > limit ? page[page.length - 1].seq : null,
    };
  }

  /** Recomputes the whole chain from the stored rows, in batches. */
  async verify(): Promise<AuditVerification> {
    let position = chainStart();
    for (;;) {
      const batch = await this.dataSource.getRepository(AuditEventRow).find({
        where: { seq: MoreThan(position.expectedSeq - 1) },
        order: { seq: 'ASC' },
        take: VERIFY_BATCH,
      });
      for (const event of batch) {
        const next = followChain(position, event);
        if ('broken' in next) {
          return { ok: false, checked: position.checked, brokenAtSeq: event.seq, reason: next.broken };
        }
        position = next.position;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, checked: position.checked, brokenAtSeq: null, reason: null };
    }
  }
}

export function toAuditEventView(row: AuditEventRow, actorName: string | null): AuditEventView {
  return {
    id: row.id,
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    jobId: row.jobId,
    applicationId: row.applicationId,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
