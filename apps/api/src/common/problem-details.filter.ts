import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorCode, FieldError, ProblemDetails } from '@shortlist/contracts';
import { PROBLEM_CONTENT_TYPE } from '@shortlist/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppError, type ProblemExtensions } from './app-error';
import { statusOf, titleOf } from './error-status';

interface Problem {
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  extensions?: ProblemExtensions;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Translates anything thrown into RFC 9457 problem details; never leaks internals. */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof AppError) {
    return {
      status: statusOf(exception.code),
      code: exception.code,
      detail: exception.message,
      errors: exception.fieldErrors,
      headers: exception.headers,
      ...(exception.extensions ? { extensions: exception.extensions } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');
    return { status: statusOf(code), code, detail: httpExceptionDetail(exception, status) };
  }
  if (isUniqueViolation(exception)) {
    return { status: 409, code: 'DUPLICATE', detail: 'A record with the same unique value already exists' };
  }
  const fastifyStatus = clientErrorStatusOf(exception);
  if (fastifyStatus) {
    const code = CODE_BY_STATUS[fastifyStatus] ?? 'MALFORMED_REQUEST';
    return { status: statusOf(code), code, detail: safeMessage(exception, fastifyStatus) };
  }
  return { status: 500, code: 'INTERNAL', detail: 'An unexpected error occurred; it has been logged' };
}

export function problemBody(problem: Problem, instance: string, requestId?: string): ProblemDetails {
  return {
    type: `https://shortlist.dev/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
    title: titleOf(problem.status),
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
    ...(requestId ? { requestId } : {}),
    ...problem.extensions,
  };
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception, (exception as Error)?.stack);
    sendProblem(reply, problem, request.url, String(request.id ?? ''));
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem, url: string, requestId?: string): void {
  if (reply.sent) return;
  const path = url.split('?')[0];
  reply
    .status(problem.status)
    .headers({ ...problem.headers, 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' })
    .send(JSON.stringify(problemBody(problem, path, requestId)));
}

function httpExceptionDetail(exception: HttpException, status: number): string {
  const response = exception.getResponse();
  const message =
    typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
  if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(String(message))) {
    return 'No such route';
  }
  return Array.isArray(message) ? message.join('; ') : String(message);
}

function isUniqueViolation(exception: unknown): boolean {
  if (!(exception instanceof QueryFailedError)) return false;
  const driverError = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Fastify's own parser errors (bad JSON, body too large, wrong media type) carry a 4xx statusCode. */
function clientErrorStatusOf(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function safeMessage(exception: unknown, status: number): string {
  if (status === 413) return 'The request body is larger than the server accepts';
  if (status === 415) return 'Unsupported content type; send application/json';
  const message = String((exception as Error)?.message ?? 'Malformed request');
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
