import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ERROR_CODES } from '@shortlist/contracts';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { statusOf } from './error-status';
import { problemBody, toProblem } from './problem-details.filter';

describe('toProblem', () => {
  it('gives every error code a 4xx or 5xx status', () => {
    for (const code of ERROR_CODES) expect(statusOf(code)).toBeGreaterThanOrEqual(400);
  });

  it('keeps an AppError code, message, fields and headers', () => {
    const error = new AppError('TOO_MANY_REQUESTS', 'Slow down', undefined, { 'retry-after': '60' });
    expect(toProblem(error)).toEqual({
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      detail: 'Slow down',
      errors: undefined,
      headers: { 'retry-after': '60' },
    });
  });

  it('maps unique violations of both engines to 409', () => {
    for (const code of ['23505', 'SQLITE_CONSTRAINT_UNIQUE']) {
      const error = new QueryFailedError('INSERT INTO users …', [], Object.assign(new Error('dup'), { code }));
      expect(toProblem(error)).toMatchObject({ status: 409, code: 'DUPLICATE' });
    }
  });

  it('hides the message of unexpected errors', () => {
    const problem = toProblem(new Error('SELECT * FROM secrets failed at /srv/app.js:12'));
    expect(problem).toEqual({
      status: 500,
      code: 'INTERNAL',
      detail: 'An unexpected error occurred; it has been logged',
    });
  });

  it('translates framework exceptions and fastify parser errors', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/x'))).toMatchObject({
      status: 404,
      detail: 'No such route',
    });
    expect(toProblem(new BadRequestException('bad'))).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
    expect(toProblem(Object.assign(new Error('too big'), { statusCode: 413 }))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('writes RFC 9457 bodies with a type URI, title and instance', () => {
    const body = problemBody({ status: 409, code: 'EMAIL_TAKEN', detail: 'taken' }, '/api/users', 'req-1');
    expect(body).toEqual({
      type: 'https://shortlist.dev/problems/email-taken',
      title: 'Conflict',
      status: 409,
      detail: 'taken',
      instance: '/api/users',
      code: 'EMAIL_TAKEN',
      requestId: 'req-1',
    });
  });
});
