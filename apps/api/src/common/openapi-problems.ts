import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES, PROBLEM_CONTENT_TYPE } from '@shortlist/contracts';

type Schema = Record<string, unknown>;
type Response = { description: string; content?: Record<string, { schema: Schema }> };

const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetails' };

/** RFC 9457 problem details as ProblemDetailsFilter writes them (see libs/contracts/src/problem.ts). */
export const PROBLEM_DETAILS_SCHEMA: Schema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', enum: [...ERROR_CODES] },
    errors: {
      type: 'array',
      minItems: 1,
      description: 'For VALIDATION_FAILED: one entry per offending field.',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', minLength: 1, description: 'Dotted path, e.g. items.2.weight.' },
          message: { type: 'string', minLength: 1 },
        },
        additionalProperties: false,
      },
    },
    requestId: { type: 'string' },
    existingCandidateId: { type: 'string', format: 'uuid', description: 'CANDIDATE_EMAIL_TAKEN only.' },
  },
  additionalProperties: false,
};

/**
 * Every operation can answer problem details (bad input, no session, …), but
 * the controllers document only their notable error statuses, mostly without a
 * body. This adds the schema once and points every error response at it.
 */
export function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA };
  const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, Response> }).responses;
      if (!responses) continue;
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]/.test(status) && !response.content) response.content = problemContent;
      }
      responses['4XX'] ??= { description: 'Problem details (RFC 9457).', content: problemContent };
      responses['5XX'] ??= {
        description: 'Problem details (RFC 9457); never carries internals.',
        content: problemContent,
      };
    }
  }
  return document;
}
