import type { ErrorCode, FieldError, ProblemDetails } from '@shortlist/contracts';

export type ProblemExtensions = Pick<ProblemDetails, 'existingCandidateId'>;

/**
 * The one error type that services and domain code throw. It carries a stable
 * code and knows nothing of HTTP; ProblemDetailsFilter maps code → status.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** RFC 9457 extension members added to the problem body, e.g. `existingCandidateId`. */
    readonly extensions?: ProblemExtensions,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} was not found`);
