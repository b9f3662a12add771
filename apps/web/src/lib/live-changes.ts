import { LIVE_CHANGE_EVENT, LIVE_RESYNC_EVENT, type LiveChangeEvent } from '@shortlist/contracts';
import { useEffect, useRef, useState } from 'react';
import { env } from '@/config/env';

/** `off` where the browser has no EventSource (nothing is live, nothing is wrong). */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'off';

/** What a burst of changes adds up to. */
export interface LiveBatch {
  changes: LiveChangeEvent[];
  /** Changes may have been missed (a reconnection, or the server said so): refetch everything shown. */
  resync: boolean;
}

export interface LiveChangesOptions {
  /** Called once per burst, at most every `batchMs`. */
  onBatch(batch: LiveBatch): void;
  /** The server refused the stream (e.g. the session has ended); it is tried again later. */
  onRefused?(): void;
  batchMs?: number;
}

export const LIVE_EVENTS_URL = `${env.API_BASE}/events`;
/** A bulk move arrives as a burst: one refetch for all of it, and still well within a second. */
export const LIVE_BATCH_MS = 150;
/** After a refusal (the browser does not retry those itself): 2 s, 4 s, 8 s … up to a minute. */
const REOPEN_FIRST_MS = 2_000;
const REOPEN_MAX_MS = 60_000;

function parseChange(data: unknown): LiveChangeEvent | undefined {
  try {
    const change = JSON.parse(String(data)) as LiveChangeEvent;
    return typeof change === 'object' && change !== null && typeof change.action === 'string' ? change : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Listens to the API's live changes (GET /api/events, same-origin cookie) for
 * as long as the component is mounted, and hands them over in batches. The
 * browser reconnects a dropped stream by itself; after any reconnection the
 * batch asks for a resync, since changes may have been missed meanwhile.
 */
export function useLiveChanges({ onBatch, onRefused, batchMs = LIVE_BATCH_MS }: LiveChangesOptions): LiveStatus {
  const supported = typeof EventSource !== 'undefined';
  const [status, setStatus] = useState<LiveStatus>(supported ? 'connecting' : 'off');
  const handlers = useRef({ onBatch, onRefused });
  useEffect(() => {
    handlers.current = { onBatch, onRefused };
  });

  useEffect(() => {
    if (!supported) return;
    let source: EventSource | undefined;
    let pending: LiveBatch | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let opened = false;
    let refusals = 0;

    const queue = (add: (batch: LiveBatch) => void) => {
      pending ??= { changes: [], resync: false };
      add(pending);
      flushTimer ??= setTimeout(() => {
        const batch = pending!;
        pending = undefined;
        flushTimer = undefined;
        handlers.current.onBatch(batch);
      }, batchMs);
    };

    const connect = () => {
      const current = new EventSource(LIVE_EVENTS_URL);
      source = current;
      current.onopen = () => {
        if (opened) queue((batch) => (batch.resync = true));
        opened = true;
        refusals = 0;
        setStatus('live');
      };
      current.onerror = () => {
        setStatus('reconnecting');
        if (current.readyState !== EventSource.CLOSED) return;
        // Refused outright (a 401, or not a stream): the browser gives up, so try again later.
        current.close();
        handlers.current.onRefused?.();
        reopenTimer = setTimeout(connect, Math.min(REOPEN_MAX_MS, REOPEN_FIRST_MS * 2 ** refusals));
        refusals += 1;
      };
      current.addEventListener(LIVE_CHANGE_EVENT, (event) => {
        const change = parseChange((event as MessageEvent).data);
        if (change) queue((batch) => batch.changes.push(change));
      });
      current.addEventListener(LIVE_RESYNC_EVENT, () => queue((batch) => (batch.resync = true)));
    };

    connect();
    return () => {
      source?.close();
      clearTimeout(flushTimer);
      clearTimeout(reopenTimer);
    };
  }, [supported, batchMs]);

  return status;
}
