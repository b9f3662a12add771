import type { ErrorCode } from '@shortlist/contracts';

/** Exhaustive: a new code without a status fails to compile. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_REQUEST':
    case 'REASON_REQUIRED':
    case 'UNKNOWN_STAGE':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'USER_NOT_FOUND':
      return 404;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'CONFLICT':
    case 'DUPLICATE':
    case 'EMAIL_TAKEN':
    case 'CANNOT_DEMOTE_LAST_ADMIN':
    case 'VERSION_CONFLICT':
    case 'INVALID_STATUS_TRANSITION':
    case 'CANDIDATE_EMAIL_TAKEN':
    case 'CANDIDATE_ERASED':
    case 'ALREADY_APPLIED':
    case 'STAGE_TRANSITION_NOT_ALLOWED':
    case 'GATE_UNVERIFIED':
    case 'SCORECARD_SUBMITTED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'UNSUPPORTED_RESUME_TYPE':
      return 415;
    case 'RESUME_UNREADABLE':
      return 422;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'INTERNAL':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const titleOf = (status: number): string => TITLES[status] ?? 'Error';
