import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * A body limit for one route, above or below the global BODY_LIMIT_BYTES.
 * Nest passes only a route's `config` to Fastify, so `applyRouteBodyLimits`
 * copies it into the route's own `bodyLimit`, which Fastify's JSON parser
 * prefers over the global one.
 */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: bytes });

/** Must run before the routes are registered (`app.init()`). */
export function applyRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}
