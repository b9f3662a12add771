import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { AppConfig } from './config/config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's X-Request-Id when it is sane, else a fresh one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Fastify's id generator: also pins the id on the raw request, so pino-http logs the same id the client gets back. */
export function assignRequestId(request: IncomingMessage): string {
  const carrier = request as IncomingMessage & { id?: string };
  carrier.id ??= requestIdOf(request);
  return carrier.id;
}

/** At most this long between a line being logged and written out. */
const LOG_FLUSH_MS = 1000;

/**
 * Standard output, written in chunks of 4 KB rather than a system call per
 * line: one request line each was ~10 % of the API's CPU in the scorecard
 * submission profile (docs/PERFORMANCE.md). Flushed every second, and by pino
 * when the process exits; a crash of the machine itself can lose the last
 * second of lines.
 */
function bufferedStdout(): pino.DestinationStream {
  const destination = pino.destination({ dest: 1, minLength: 4096, sync: false });
  setInterval(() => destination.flush(), LOG_FLUSH_MS).unref();
  return destination;
}

export function loggerOptions(config: AppConfig): Params {
  const options = {
    level: config.logLevel,
    genReqId: (request: IncomingMessage) => assignRequestId(request),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/api/health') },
  };
  return {
    // Nest 11's router syntax; the library's default '*' is the legacy form.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: config.logLevel === 'silent' ? options : [options, bufferedStdout()],
  };
}
