import type { Logger } from '@nestjs/common';
import { Client } from 'pg';

export const CHANGES_CHANNEL = 'shortlist_changes';

const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 30_000;
// A connection that died without a FIN (a dropped network path) is noticed by this query failing.
const PROBE_INTERVAL_MS = 30_000;

export interface PgChangeListenerOptions {
  url: string;
  onPayload(payload: string | undefined): void;
  /** After a reconnection: notifications sent while it was down are gone. */
  onResync(): void;
  logger: Pick<Logger, 'log' | 'warn'>;
}

/**
 * One dedicated connection per process that LISTENs on the changes channel
 * (not from the pool: a pooled connection would stop listening when returned).
 * It reconnects with exponential backoff until stopped.
 */
export class PgChangeListener {
  private client?: Client;
  private stopped = false;
  private started = false;
  private failures = 0;
  private retryTimer?: NodeJS.Timeout;
  private probeTimer?: NodeJS.Timeout;
  private resolveListening!: () => void;
  /** Resolves once the first LISTEN is in place. */
  readonly listening = new Promise<void>((resolve) => (this.resolveListening = resolve));

  constructor(private readonly options: PgChangeListenerOptions) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.probeTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.options.url,
      application_name: 'shortlist-events',
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      clearInterval(this.probeTimer);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.options.logger.warn(`Live changes: the LISTEN connection was lost (${error?.message ?? 'ended'})`);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL) this.options.onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    const reconnected = this.failures > 0;
    this.failures = 0;
    this.probeTimer = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => onLost(error));
    }, PROBE_INTERVAL_MS);
    this.probeTimer.unref();
    this.resolveListening();
    if (reconnected) {
      this.options.logger.log('Live changes: listening again');
      this.options.onResync();
    }
  }

  private scheduleReconnect(): void {
    // 250 ms, 500 ms, 1 s … up to 30 s, with jitter so replicas do not reconnect in step.
    const base = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** this.failures);
    this.failures += 1;
    const delay = base / 2 + Math.random() * (base / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}
