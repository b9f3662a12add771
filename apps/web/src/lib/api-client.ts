import type { ErrorCode, FieldError, ProblemDetails } from '@shortlist/contracts';
import { env } from '@/config/env';
import { loginHref } from '@/config/paths';

/** Codes the client assigns itself when there is no problem document to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export interface ApiErrorInit {
  status: number;
  code: ErrorCode | ClientErrorCode;
  title: string;
  detail?: string;
  fieldErrors?: FieldError[];
  requestId?: string;
  retryAfterSeconds?: number;
  /** The whole problem document, for codes that carry more than a sentence (e.g. `existingCandidateId`). */
  problem?: ProblemDetails;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly title: string;
  readonly detail?: string;
  readonly fieldErrors: FieldError[];
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly problem?: ProblemDetails;

  constructor(init: ApiErrorInit) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.problem = init.problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A sentence fit for a notification or alert, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  return 'Something went wrong. Please try again.';
}

type UnauthorizedHandler = () => void;

const redirectToLogin: UnauthorizedHandler = () => {
  const { pathname, search, hash } = window.location;
  window.location.assign(loginHref(`${pathname}${search}${hash}`));
};

let unauthorizedHandler: UnauthorizedHandler = redirectToLogin;

/**
 * The app replaces the default full-page redirect with one that clears the cached user,
 * which lets the protected route redirect in-app (keeping `next`). Returns an undo function.
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = redirectToLogin;
  };
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 ends the session in the UI. Off for login (a 401 there means wrong
   * credentials) and for the "who am I" probe (a 401 there just means signed out).
   */
  authRedirect?: boolean;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { body, signal, authRedirect = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const isForm = body instanceof FormData;
  // A multipart body sets its own Content-Type, boundary included.
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${env.API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      title: 'Network error',
      detail: 'Could not reach the Shortlist server. Check your connection and try again.',
    });
  }

  if (response.ok) return (await readBody(response)) as T;

  const error = await toApiError(response);
  if (error.status === 401 && authRedirect) unauthorizedHandler();
  throw error;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      title: 'Unexpected response',
      detail: 'The server sent a response the dashboard could not read.',
    });
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (problem) {
    return new ApiError({
      status: problem.status,
      code: problem.code,
      title: problem.title ?? response.statusText,
      detail: problem.detail,
      fieldErrors: problem.errors,
      requestId: problem.requestId,
      retryAfterSeconds,
      problem,
    });
  }
  // No problem document: a proxy or gateway answered instead of the API.
  return new ApiError({
    status: response.status,
    code: 'UNEXPECTED_RESPONSE',
    title: response.statusText || `HTTP ${response.status}`,
    detail:
      response.status >= 500
        ? 'The Shortlist server is unavailable right now. Please try again shortly.'
        : `The server answered with status ${response.status}.`,
    retryAfterSeconds,
  });
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return isProblem(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isProblem(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ProblemDetails>;
  return typeof candidate.code === 'string' && typeof candidate.status === 'number';
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  /** multipart/form-data (file uploads). */
  postForm: <T>(path: string, form: FormData, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body: form }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
};
