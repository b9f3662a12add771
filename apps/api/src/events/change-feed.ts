import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { LiveChange } from '@shortlist/contracts';
import { randomUUID } from 'node:crypto';
import { Observable, Subject } from 'rxjs';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { afterCommit } from '../database/transaction-runner';
import { decodeNotification, encodeNotification, type FeedChange, feedChangesOf } from './feed-change';
import { CHANGES_CHANNEL, PgChangeListener } from './pg-change-listener';

/** What the feed emits: a committed change, or word that changes may have been missed. */
export type FeedMessage = { kind: 'change'; change: FeedChange } | { kind: 'resync' };

/** How long a new stream waits for the LISTEN connection before it opens anyway (it still gets local changes). */
const LISTEN_WAIT_MS = 2_000;

/**
 * Where committed changes are announced to live dashboards. `announce` is
 * called inside the writing transaction and delivers only after it commits:
 * locally through an after-commit hook, and on PostgreSQL also to every other
 * process through NOTIFY, which PostgreSQL sends only when the transaction
 * commits. Each process LISTENs on one dedicated connection and passes on what
 * other processes announced (its own notifications it has delivered already).
 */
@Injectable()
export class ChangeFeed implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly subject = new Subject<FeedMessage>();
  /** Tells this process's notifications from other processes'. */
  private readonly origin = randomUUID();
  private listener?: PgChangeListener;

  readonly messages: Observable<FeedMessage> = this.subject.asObservable();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async announce(manager: EntityManager, change: LiveChange): Promise<void> {
    const changes = feedChangesOf(change, randomUUID);
    afterCommit(manager, () => {
      for (const feedChange of changes) this.subject.next({ kind: 'change', change: feedChange });
    });
    if (manager.connection.driver.options.type !== 'postgres') return;
    for (const feedChange of changes) {
      await manager.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, encodeNotification(this.origin, feedChange)]);
    }
  }

  /**
   * Makes sure this process hears other processes' changes (PostgreSQL only):
   * the first stream starts the LISTEN connection, so a CLI run never opens one.
   * Resolves once it listens, or after a short wait if the database is away.
   */
  async listen(): Promise<void> {
    if (this.config.database.engine !== 'postgres') return;
    if (!this.listener) {
      this.listener = new PgChangeListener({
        url: this.config.database.url,
        onPayload: (payload) => this.receive(payload),
        onResync: () => this.subject.next({ kind: 'resync' }),
        logger: this.logger,
      });
      this.listener.start();
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, LISTEN_WAIT_MS)));
    await Promise.race([this.listener.listening, waited]);
    clearTimeout(timer);
  }

  /** Ends every stream before the HTTP server closes, which would otherwise wait for them. */
  beforeApplicationShutdown(): void {
    this.subject.complete();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  private receive(payload: string | undefined): void {
    const notification = decodeNotification(payload);
    if (!notification) {
      this.logger.warn('Live changes: ignored a notification this version does not understand');
      return;
    }
    if (notification.origin === this.origin) return;
    this.subject.next({ kind: 'change', change: notification.change });
  }
}
