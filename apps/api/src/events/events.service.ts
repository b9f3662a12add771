import { Inject, Injectable, Logger, MessageEvent } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LIVE_CHANGE_EVENT, LIVE_RESYNC_EVENT, type LiveChangeEvent, type Role } from '@shortlist/contracts';
import { concatMap, filter, Observable } from 'rxjs';
import { Brackets, DataSource, IsNull, MoreThan } from 'typeorm';
import { Application } from '../applications/application.entity';
import type { AuthUser } from '../auth/auth-user';
import { Session } from '../auth/session.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ChangeFeed, type FeedMessage } from './change-feed';
import type { FeedChange } from './feed-change';

/** How long a browser waits before reconnecting a dropped stream. */
export const RETRY_MS = 3_000;

/** Changes that may end or alter a session: each stream re-checks its own at once. */
const SESSION_ACTIONS: ReadonlySet<string> = new Set(['session.signed_out', 'user.updated']);

type Viewer = { id: string; role: Role };

/**
 * One stream per signed-in connection: the feed's changes this person may see
 * (interviewers: only applications they are assigned to), a heartbeat comment
 * that also re-checks the session, and an end when the session does.
 */
@Injectable()
export class EventsService {
  private readonly logger = new Logger(EventsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: ChangeFeed,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(user: AuthUser): Promise<Observable<MessageEvent>> {
    await this.feed.listen();
    return new Observable<MessageEvent>((subscriber) => {
      const viewer: Viewer = { id: user.id, role: user.role };
      let ended = false;
      const end = () => {
        ended = true;
        subscriber.complete();
      };
      /** Re-reads the session; ends the stream when it is no longer live, else keeps the role current. */
      const recheck = async (): Promise<boolean> => {
        const role = await this.liveSessionRole(user.sessionId).catch((error: Error) => {
          this.logger.warn(`Live changes: could not re-check a session: ${error.message}`);
          return viewer.role;
        });
        if (!role) {
          end();
          return false;
        }
        viewer.role = role;
        return true;
      };

      // An empty id resets the browser's last-event id: nothing is replayed, so it means nothing here.
      subscriber.next({ id: '', retry: RETRY_MS, comment: 'live changes' });
      const changes = this.feed.messages
        .pipe(
          // One at a time, so a stream's events keep the order they were committed in.
          concatMap((message) => this.messageFor(message, viewer, recheck)),
          filter((message): message is MessageEvent => message !== undefined && !ended),
        )
        .subscribe({ next: (message) => subscriber.next(message), complete: end });
      const heartbeat = setInterval(() => {
        void recheck().then((live) => live && !ended && subscriber.next({ comment: 'heartbeat' }));
      }, this.config.eventsHeartbeatSeconds * 1000);
      return () => {
        ended = true;
        clearInterval(heartbeat);
        changes.unsubscribe();
      };
    });
  }

  private async messageFor(
    message: FeedMessage,
    viewer: Viewer,
    recheck: () => Promise<boolean>,
  ): Promise<MessageEvent | undefined> {
    if (message.kind === 'resync') return { type: LIVE_RESYNC_EVENT, id: randomUUID(), data: '' };
    const { change } = message;
    if (SESSION_ACTIONS.has(change.action) && !(await recheck())) return undefined;
    const visible = await this.visibleTo(change, viewer).catch((error: Error) => {
      this.logger.warn(`Live changes: could not check who may see a change: ${error.message}`);
      return undefined;
    });
    if (!visible) return undefined;
    const data: LiveChangeEvent = {
      action: visible.action,
      jobId: visible.jobId,
      applicationIds: visible.applicationIds,
      at: visible.at,
    };
    return { type: LIVE_CHANGE_EVENT, id: visible.id, data };
  }

  /**
   * The change as this person may hear of it, or undefined. Staff hear every
   * change but sign-ins and sign-outs (nothing a dashboard shows). An
   * interviewer hears of applications they are assigned to (a stage of the job,
   * or the application itself), the ids narrowed to those; of a job-only change
   * (e.g. its plan) when assigned to something in it; of nothing else.
   */
  async visibleTo(change: FeedChange, viewer: Viewer): Promise<FeedChange | undefined> {
    if (change.action.startsWith('session.')) return undefined;
    if (viewer.role !== 'interviewer') return change;
    if (change.jobId !== null && (await this.onJobStage(change.jobId, viewer.id))) return change;
    const listed = change.applicationIds !== null && change.applicationIds.length > 0;
    if (!listed && change.jobId === null) return undefined;
    const query = this.dataSource
      .createQueryBuilder(Application, 'a')
      .select('a.id', 'id')
      .where(listed ? 'a.id IN (:...ids)' : 'a.job_id = :jobId', { ids: change.applicationIds, jobId: change.jobId })
      .andWhere(
        new Brackets((assigned) =>
          assigned
            .where(
              'EXISTS (SELECT 1 FROM application_interviewers ai WHERE ai.application_id = a.id AND ai.user_id = :userId)',
            )
            .orWhere(
              'EXISTS (SELECT 1 FROM job_stages s WHERE s.job_id = a.job_id AND s.interviewer_ids LIKE :pattern)',
            ),
        ),
      )
      .setParameters({ userId: viewer.id, pattern: `%"${viewer.id}"%` });
    if (change.applicationIds !== null && change.applicationIds.length === 0) {
      // A change of the job itself: heard when assigned to any of its applications.
      return (await query.limit(1).getRawMany()).length ? change : undefined;
    }
    const ids = new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
    if (!ids.size) return undefined;
    const applicationIds = change.applicationIds?.filter((id) => ids.has(id)) ?? [...ids];
    return { ...change, applicationIds };
  }

  /** An interviewer of one of the job's stages may see all its applications (see application-access.ts). */
  private onJobStage(jobId: string, userId: string): Promise<boolean> {
    return this.dataSource
      .createQueryBuilder(JobStageRow, 'stage')
      .where('stage.job_id = :jobId', { jobId })
      .andWhere('stage.interviewer_ids LIKE :pattern', { pattern: `%"${userId}"%` })
      .getExists();
  }

  /** The session's role while it is live (not revoked, expired or idle, its user active); without touching it. */
  private async liveSessionRole(sessionId: string, now = new Date()): Promise<Role | undefined> {
    const idleCutoff = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    const session = await this.dataSource.getRepository(Session).findOne({
      where: {
        id: sessionId,
        revokedAt: IsNull(),
        expiresAt: MoreThan(now),
        lastUsedAt: MoreThan(idleCutoff),
        user: { active: true },
      },
      relations: { user: true },
    });
    return session?.user?.role;
  }
}
