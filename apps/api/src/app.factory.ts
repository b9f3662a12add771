import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { SESSION_COOKIE } from './auth/auth-user';
import { applyRouteBodyLimits } from './common/body-limit';
import { withProblemResponses } from './common/openapi-problems';
import { sendProblem, toProblem } from './common/problem-details.filter';
import { registerUploadParsers } from './common/uploads';
import type { AppConfig } from './config/config';
import { assignRequestId } from './logger';

const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
  // Matches frame-ancestors 'none' for browsers that only read X-Frame-Options.
  frameguard: { action: 'deny' },
};
/** Helmet's headers set directly on a reply, for answers given before Fastify's hooks run. */
const setSecurityHeaders = helmet(HELMET_OPTIONS);

/**
 * Builds the whole application — the same pipeline for `npm start`, the CLI
 * and the e2e tests. It does not listen.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: assignRequestId,
    // A hostile body could otherwise pin the event loop or smuggle prototype keys.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 200 },
    // The router refuses a malformed or over-long URL before any hook runs: answer it as every other error.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      setSecurityHeaders(request.raw, reply.raw, () => undefined);
      sendProblem(reply, toProblem(error), request.url, String(request.id ?? ''));
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.setGlobalPrefix('api');

  const fastify = app.getHttpAdapter().getInstance();
  applyRouteBodyLimits(fastify);
  // JSON only, but for the routes marked @Uploads (multipart, text/csv): anything else is a 415.
  fastify.removeContentTypeParser(['text/plain']);
  await registerUploadParsers(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, HELMET_OPTIONS);
  if (config.apiDocs) mountApiDocs(app);
  // eslint-disable-next-line security/detect-non-literal-fs-filename -- WEB_DIST_DIR comes from the operator's environment, validated at boot
  if (fs.existsSync(path.join(config.webDistDir, 'index.html'))) await mountDashboard(app, config.webDistDir);
  return app;
}

export function buildOpenApiDocument(app: NestFastifyApplication) {
  const options = new DocumentBuilder()
    .setTitle('Shortlist API')
    .setDescription('Candidate screening and assessment. Errors are RFC 9457 problem details.')
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth(SESSION_COOKIE)
    .build();
  return withProblemResponses(SwaggerModule.createDocument(app, options));
}

function mountApiDocs(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}

/** Serves the built dashboard; any non-API path falls back to index.html for client-side routes. */
async function mountDashboard(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    setHeaders: (reply, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
}
