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
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ChangeFeed } from '../events/change-feed';
import { User } from '../users/user.entity';
import { chainStart, ChainedFields, eventHash, followChain, GENESIS_HASH } from './audit-chain';
import { AuditEventRow } from './audit-event.entity';
import { instantOf } from '../common/query-dates';

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

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  /**
   * Appends one event to the chain inside the caller's transaction and
   * announces it to live dashboards once that commits. Call it as the
   * transaction's last write: on PostgreSQL it holds the chain's lock until
   * commit, so nothing after it should wait on a row lock.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<AuditEventRow> {
    if (manager.connection.driver.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_ID]);
    }
    const head = await manager.find(AuditEventRow, {
      select: { seq: true, hash: true },
      order: { seq: 'DESC' },
      take: 1,
    });
    const fields: ChainedFields & Pick<AuditEventRow, 'action' | 'entityType'> = {
      id: randomUUID(),
      seq: (head[0]?.seq ?? 0) + 1,
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
    await manager.insert(AuditEventRow, row as QueryDeepPartialEntity<AuditEventRow>);
    await this.feed.announce(manager, {
      action: entry.action,
      jobId: fields.jobId,
      applicationIds: entry.applicationIds ?? (fields.applicationId ? [fields.applicationId] : []),
      at: fields.at.toISOString(),
    });
    return row;
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
