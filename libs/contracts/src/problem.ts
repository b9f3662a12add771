/**
 * Stable error codes. The API maps each to an HTTP status in one exhaustive
 * switch; the dashboard can branch on them without reading prose.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'DUPLICATE',
  'USER_NOT_FOUND',
  'EMAIL_TAKEN',
  'CANNOT_DEMOTE_LAST_ADMIN',
  'VERSION_CONFLICT',
  'INVALID_STATUS_TRANSITION',
  'CANDIDATE_EMAIL_TAKEN',
  'CANDIDATE_ERASED',
  'ALREADY_APPLIED',
  'STAGE_TRANSITION_NOT_ALLOWED',
  'REASON_REQUIRED',
  'UNKNOWN_STAGE',
  'GATE_UNVERIFIED',
  'SCORECARD_SUBMITTED',
  'UNSUPPORTED_RESUME_TYPE',
  'RESUME_UNREADABLE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `items.2.weight`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
  /** CANDIDATE_EMAIL_TAKEN: the candidate who already has the email. */
  existingCandidateId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
