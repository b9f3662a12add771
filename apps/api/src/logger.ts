import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
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

export function loggerOptions(config: AppConfig): Params {
  return {
    // Nest 11's router syntax; the library's default '*' is the legacy form.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      genReqId: (request) => assignRequestId(request),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/api/health') },
    },
  };
}
