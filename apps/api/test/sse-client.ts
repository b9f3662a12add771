/** One dispatched server-sent event. */
export interface SseEvent {
  event: string;
  id: string;
  data: string;
  /** When it arrived (Date.now()). */
  receivedAt: number;
}

/**
 * A minimal EventSource for tests, on Node's fetch: parses the stream as the
 * WHATWG spec does (events dispatched at a blank line, only when they carry
 * data) and keeps comments and the retry field, without reconnecting.
 */
export class SseClient {
  readonly comments: string[] = [];
  retry: number | undefined;
  private readonly queue: SseEvent[] = [];
  private waiters: Array<() => void> = [];
  private done = false;
  /** Resolves when the server ends the stream (or it is closed here). */
  readonly ended: Promise<void>;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.ended = this.read();
  }

  /** Opens the stream and resolves once its first bytes (the server's opening comment) arrive. */
  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    const client = new SseClient(response, abort);
    if (response.ok) await client.until(() => client.retry !== undefined || client.done, 5_000, 'the opening comment');
    return client;
  }

  get isEnded(): boolean {
    return this.done;
  }

  /** The next event, or a rejection after `timeoutMs`. */
  async next(timeoutMs = 1_000): Promise<SseEvent> {
    await this.until(() => this.queue.length > 0, timeoutMs, 'an event');
    return this.queue.shift()!;
  }

  /** Every event that arrives within `ms`. */
  async drain(ms: number): Promise<SseEvent[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.queue.splice(0);
  }

  close(): void {
    this.abort.abort();
  }

  private until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return false;
        clearTimeout(timer);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${what} within ${timeoutMs} ms${this.done ? ' (the stream has ended)' : ''}`));
      }, timeoutMs);
      const waiter = () => {
        if (check()) this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      this.waiters.push(waiter);
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async read(): Promise<void> {
    if (!this.response.body) {
      this.done = true;
      return;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    let fields = { event: '', id: '', data: [] as string[] };
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let newline: number;
        while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            if (fields.data.length) {
              this.queue.push({
                event: fields.event || 'message',
                id: fields.id,
                data: fields.data.join('\n'),
                receivedAt: Date.now(),
              });
            }
            fields = { event: '', id: fields.id, data: [] };
            continue;
          }
          const colon = line.indexOf(':');
          const name = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (name === '') this.comments.push(value);
          else if (name === 'event') fields.event = value;
          else if (name === 'id') fields.id = value;
          else if (name === 'data') fields.data.push(value);
          else if (name === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
        }
        this.wake();
      }
    } catch {
      // Aborted here, or the connection dropped: either way the stream is over.
    } finally {
      this.done = true;
      this.wake();
    }
  }
}
