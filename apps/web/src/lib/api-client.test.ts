import { problem, mockFetch } from '@/testing/mock-fetch';
import { api, ApiError, setUnauthorizedHandler } from './api-client';

describe('api client', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const requests = mockFetch({ 'POST /api/users': { status: 201, body: { id: 'u1' } } });

    await expect(api.post('/users', { name: 'Ada' })).resolves.toEqual({ id: 'u1' });

    const [{ init, body }] = requests;
    expect(init?.credentials).toBe('same-origin');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(body).toEqual({ name: 'Ada' });
  });

  it('resolves to undefined for 204 No Content', async () => {
    mockFetch({ 'POST /api/auth/logout': { status: 204 } });

    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('turns problem details into an ApiError with code, detail and field errors', async () => {
    mockFetch({
      'POST /api/users': problem(400, 'VALIDATION_FAILED', 'Invalid value for: email', {
        errors: [{ field: 'email', message: 'email must be an email' }],
        requestId: 'req-42',
      }),
    });

    const error = await api.post('/users', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Invalid value for: email',
      message: 'Invalid value for: email',
      fieldErrors: [{ field: 'email', message: 'email must be an email' }],
      requestId: 'req-42',
    });
  });

  it('reads Retry-After on 429 responses', async () => {
    mockFetch({
      'POST /api/auth/login': problem(
        429,
        'TOO_MANY_REQUESTS',
        'Too many failed sign-ins',
        {},
        { 'Retry-After': '600' },
      ),
    });

    await expect(api.post('/auth/login', {}, { authRedirect: false })).rejects.toMatchObject({
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 600,
    });
  });

  it('gives a friendly error when a proxy answers with a non-problem body', async () => {
    mockFetch({ 'GET /api/users': { status: 502, body: '<html>Bad gateway</html>' } });

    await expect(api.get('/users')).rejects.toMatchObject({
      status: 502,
      code: 'UNEXPECTED_RESPONSE',
      detail: 'The Shortlist server is unavailable right now. Please try again shortly.',
    });
  });

  it('gives a friendly error when the network fails', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(api.get('/users')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
      detail: 'Could not reach the Shortlist server. Check your connection and try again.',
    });
  });

  describe('on 401', () => {
    const handleUnauthorized = jest.fn();
    let undo: () => void;

    beforeEach(() => {
      undo = setUnauthorizedHandler(handleUnauthorized);
    });
    afterEach(() => undo());

    it('ends the session for an ordinary call', async () => {
      mockFetch({ 'GET /api/users': problem(401, 'UNAUTHENTICATED', 'Sign in first') });

      await expect(api.get('/users')).rejects.toMatchObject({ status: 401 });
      expect(handleUnauthorized).toHaveBeenCalledTimes(1);
    });

    it('leaves the session alone when the caller opts out (login)', async () => {
      mockFetch({
        'POST /api/auth/login': problem(401, 'INVALID_CREDENTIALS', 'Wrong email or password'),
      });

      await expect(
        api.post('/auth/login', { email: 'a@b.c', password: 'x' }, { authRedirect: false }),
      ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(handleUnauthorized).not.toHaveBeenCalled();
    });

    it('does not treat other statuses as a lost session', async () => {
      mockFetch({ 'GET /api/users': problem(403, 'FORBIDDEN', 'Admins only') });

      await expect(api.get('/users')).rejects.toMatchObject({ status: 403 });
      expect(handleUnauthorized).not.toHaveBeenCalled();
    });
  });
});
