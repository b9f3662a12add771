import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@shortlist/contracts';

export interface MockReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Responder = MockReply | ((request: RecordedRequest) => MockReply);

export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
  init: RequestInit | undefined;
}

/** A Response lookalike: jsdom has no fetch API, and the client only reads these members. */
function toResponse({ status = 200, body, headers = {} }: MockReply): Response {
  const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    headers: { get: (name: string) => lowerHeaders[name.toLowerCase()] ?? null },
    text: async () => text,
    json: async () => JSON.parse(text),
  } as unknown as Response;
}

export function problem(
  status: number,
  code: ProblemDetails['code'],
  detail?: string,
  extra: Partial<ProblemDetails> = {},
  headers: Record<string, string> = {},
): MockReply {
  return {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
    body: {
      type: `https://shortlist.dev/problems/${code.toLowerCase()}`,
      title: 'Error',
      status,
      code,
      ...(detail ? { detail } : {}),
      ...extra,
    } satisfies ProblemDetails,
  };
}

/**
 * Installs a fetch mock answering by "METHOD /path" (e.g. "GET /api/users"). Unrouted
 * requests fail the test loudly. Returns the recorded requests for assertions.
 */
export function mockFetch(routes: Record<string, Responder | Responder[]>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const queues = new Map(
    Object.entries(routes).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  );

  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    const body =
      typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body instanceof FormData ? init.body : undefined;
    const request = { method, url, body, init };
    requests.push(request);

    const route = queues.get(`${method} ${url}`);
    if (!route) throw new Error(`Unexpected request in test: ${method} ${url}`);
    // A list answers successive calls in order and keeps repeating its last reply.
    const responder = Array.isArray(route) ? (route.length > 1 ? route.shift()! : route[0]) : route;
    return toResponse(typeof responder === 'function' ? responder(request) : responder);
  }) as typeof fetch;

  return requests;
}
