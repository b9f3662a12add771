import { Injectable } from '@nestjs/common';
import type { LiveChange } from '@shortlist/contracts';
import { Observable, Subject } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { afterCommit } from '../database/transaction-runner';

/**
 * Where committed changes are announced to live dashboards. `announce` is
 * called inside the writing transaction and delivers only after it commits.
 */
@Injectable()
export class ChangeFeed {
  private readonly subject = new Subject<LiveChange>();

  readonly changes: Observable<LiveChange> = this.subject.asObservable();

  announce(manager: EntityManager, change: LiveChange): Promise<void> {
    afterCommit(manager, () => this.subject.next(change));
    return Promise.resolve();
  }
}
