import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { User } from '../src/users/user.entity';
import { LOGIN_THROTTLE } from '../src/auth/throttle';

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a session cookie and a bearer token for the same session', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'Admin@Shortlist.test ', password: DEMO.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: DEMO.admin, role: 'admin', active: true });
    expect(res.body.user.passwordHash).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sl_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const viaCookie = await t.http.get('/api/me').set('Cookie', cookie.split(';')[0]);
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.email).toBe(DEMO.admin);
    const viaBearer = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(viaBearer.body.email).toBe(DEMO.admin);
  });

  it('stores only a hash of the token', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: DEMO.recruiter, password: DEMO.password })
      .expect(200);
    const rows = await t.dataSource.query('SELECT token_hash FROM sessions');
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(res.body.accessToken);
    expect(rows.every((r: { token_hash: string }) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('ends the session on logout', async () => {
    const auth = await signIn(t, DEMO.manager);
    await t.http.post('/api/auth/logout').set(auth).expect(204);
    const after = await t.http.get('/api/me').set(auth);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ email: DEMO.interviewer, password: 'not the password' });
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@shortlist.test', password: 'not the password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', detail: 'Invalid email or password' });
    }
  });

  it('refuses a session token that is made up', async () => {
    const res = await t.http.get('/api/me').set('Authorization', 'Bearer made-up-token');
    expect(res.status).toBe(401);
  });

  it('throttles repeated failures for an email with 429 and Retry-After, even for the right password', async () => {
    const email = 'interviewer2@shortlist.test';
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerEmail; i += 1) {
      await t.http
        .post('/api/auth/login')
        .send({ email, password: `guess number ${i}` })
        .expect(401);
    }
    const blocked = await t.http.post('/api/auth/login').send({ email, password: DEMO.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are not locked by someone else's failures.
    await t.http.post('/api/auth/login').send({ email: DEMO.admin, password: DEMO.password }).expect(200);
  });

  it('refuses a deactivated user, and their live sessions stop working', async () => {
    const admin = await signIn(t, DEMO.admin);
    const created = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email: 'leaver@shortlist.test', name: 'Leaver', role: 'recruiter', password: 'a-long-password-1' })
      .expect(201);
    const leaver = await signIn(t, 'leaver@shortlist.test', 'a-long-password-1');
    await t.http.get('/api/me').set(leaver).expect(200);
    await t.http.patch(`/api/users/${created.body.id}`).set(admin).send({ active: false }).expect(200);
    await t.http.get('/api/me').set(leaver).expect(401);
    const again = await t.http
      .post('/api/auth/login')
      .send({ email: 'leaver@shortlist.test', password: 'a-long-password-1' });
    expect(again.status).toBe(401);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'leaver@shortlist.test', active: false })).toBe(1);
  });

  it('names each invalid field of a login body', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'not-an-email', role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
  });
});
