import type { ErrorCode, FieldError } from '@shortlist/contracts';

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
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} was not found`);
