import { createHash } from 'node:crypto';
import { Session } from '../../src/auth/session.entity';
import { DEMO, engine, signIn, startTestApp, TestApp } from '../harness';

/**
 * How a session lives and ends: its cookie, the idle and absolute timeouts
 * (on a clock the test moves, with SESSION_IDLE_MINUTES=5 and
 * SESSION_ABSOLUTE_HOURS=1), the once-a-minute touch, and every way it ends
 * server-side — sign-out, a password change, deactivation, a new role —
 * whether it is presented as a bearer token or as the cookie.
 */
const IDLE_MINUTES = 5;
const ABSOLUTE_HOURS = 1;
const MINUTE = 60_000;

/** Every timer API but Date stays real: the database drivers, supertest and Nest keep their own time. */
const REAL_APIS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

interface Credentials {
  bearer: { Authorization: string };
  cookie: { Cookie: string };
  setCookie: string;
  sessionId: string;
}

describe(`sessions on ${engine()}: cookie, timeouts, and what ends them`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp({
      SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
      SESSION_ABSOLUTE_HOURS: String(ABSOLUTE_HOURS),
      COOKIE_SECURE: 'true',
    });
    admin = await signIn(t, DEMO.admin);
  });
  afterAll(() => t.close());
  afterEach(() => jest.useRealTimers());

  /** Stops the app's clock at `at`; later calls move it. */
  const clockAt = (at: number) => {
    jest.useFakeTimers({ doNotFake: [...REAL_APIS], now: at });
  };

  async function login(email: string, password: string = DEMO.password): Promise<Credentials> {
    const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
    const setCookie = String(res.headers['set-cookie']);
    const tokenHash = createHash('sha256').update(res.body.accessToken).digest('hex');
    const session = await t.dataSource.getRepository(Session).findOneByOrFail({ tokenHash });
    return {
      bearer: { Authorization: `Bearer ${res.body.accessToken}` },
      cookie: { Cookie: setCookie.split(';')[0] },
      setCookie,
      sessionId: session.id,
    };
  }

  /** A recruiter of their own, so ending their sessions disturbs no other test. */
  async function newUser(role = 'recruiter'): Promise<{ id: string; email: string; password: string }> {
    seq += 1;
    const email = `session-user-${seq}@example.com`;
    const password = `session-passphrase-${seq}-x`;
    const res = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email, name: `Session User ${seq}`, role, password })
      .expect(201);
    return { id: res.body.id, email, password };
  }

  const status = async (auth: Record<string, string>) => (await t.http.get('/api/me').set(auth)).status;

  describe('the cookie', () => {
    it('is HttpOnly, SameSite=Strict, Path=/, Secure as configured, and expires with the session', async () => {
      const before = Date.now();
      const res = await t.http.post('/api/auth/login').send({ email: DEMO.recruiter, password: DEMO.password });
      expect(res.status).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      const attributes = cookie.split(/;\s*/).slice(1);
      expect(cookie).toMatch(/^sl_session=[\w-]{43};/);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure']));
      // Expires is the absolute limit: sign-in + SESSION_ABSOLUTE_HOURS, to the second.
      const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length));
      expect(expires).toBeGreaterThanOrEqual(Math.floor((before + ABSOLUTE_HOURS * 60 * MINUTE) / 1000) * 1000);
      expect(expires).toBeLessThanOrEqual(Date.now() + ABSOLUTE_HOURS * 60 * MINUTE);
      expect(Date.parse(res.body.expiresAt)).toBeGreaterThanOrEqual(expires);
    });

    it('is cleared on sign-out with the same path', async () => {
      const { bearer } = await login(DEMO.recruiter);
      const res = await t.http.post('/api/auth/logout').set(bearer).expect(204);
      const cleared = String(res.headers['set-cookie']);
      expect(cleared).toMatch(/^sl_session=;/);
      expect(cleared).toMatch(/Path=\//);
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970 00:00:00 GMT/);
    });
  });

  describe('timeouts', () => {
    it(`ends a session left idle for more than ${IDLE_MINUTES} minutes, and not one in use`, async () => {
      const t0 = Date.now();
      clockAt(t0);
      const used = await login(DEMO.manager);
      const idle = await login(DEMO.manager);
      // Used every 4 minutes, a session outlives the idle limit many times over.
      for (const minutes of [4, 8, 12, 16]) {
        jest.setSystemTime(t0 + minutes * MINUTE);
        expect(await status(used.bearer)).toBe(200);
      }
      // The other was last used at sign-in, 16 minutes ago.
      expect(await status(idle.bearer)).toBe(401);
      expect(await status(idle.cookie)).toBe(401);
      // 5 minutes and a second after its last use (at 16), the used one ends too.
      jest.setSystemTime(t0 + 21 * MINUTE + 1000);
      expect(await status(used.cookie)).toBe(401);
    });

    it(`ends a session ${ABSOLUTE_HOURS} hour after sign-in, however recently it was used`, async () => {
      const t0 = Date.now();
      clockAt(t0);
      const session = await login(DEMO.manager);
      for (let minutes = 4; minutes < ABSOLUTE_HOURS * 60; minutes += 4) {
        jest.setSystemTime(t0 + minutes * MINUTE);
        expect(await status(session.bearer)).toBe(200);
      }
      // Last used at 56 minutes: 4 minutes idle, but past the absolute limit.
      jest.setSystemTime(t0 + ABSOLUTE_HOURS * 60 * MINUTE + 1000);
      expect(await status(session.bearer)).toBe(401);
      expect(await status(session.cookie)).toBe(401);
    });

    it('writes last-used at most once a minute, and resolves a session in one query', async () => {
      const t0 = Date.now();
      clockAt(t0);
      const session = await login(DEMO.manager);
      // Read on the real clock: under a fake Date, TypeORM no longer recognises `type: Date` columns to hydrate.
      const lastUsed = async () => {
        const now = Date.now();
        jest.useRealTimers();
        const row = await t.dataSource.getRepository(Session).findOneByOrFail({ id: session.sessionId });
        clockAt(now);
        return row.lastUsedAt.getTime();
      };
      const logQuery = jest.spyOn(t.dataSource.logger, 'logQuery');
      try {
        jest.setSystemTime(t0 + 30_000);
        logQuery.mockClear();
        expect(await status(session.bearer)).toBe(200);
        const statements = logQuery.mock.calls.map(([sql]) => sql);
        // GET /api/me: the session (joined with its user, timeouts checked) and then the profile it answers.
        expect(statements.filter((sql) => /"?sessions"?/i.test(sql))).toHaveLength(1);
        expect(statements.filter((sql) => /^\s*(UPDATE|INSERT|DELETE)/i.test(sql))).toEqual([]);
        expect(await lastUsed()).toBe(t0);

        jest.setSystemTime(t0 + 61_000);
        logQuery.mockClear();
        expect(await status(session.bearer)).toBe(200);
        const writes = logQuery.mock.calls.map(([sql]) => sql).filter((sql) => /^\s*UPDATE/i.test(sql));
        expect(writes).toHaveLength(1);
        expect(await lastUsed()).toBe(t0 + 61_000);
      } finally {
        logQuery.mockRestore();
      }
    });
  });

  describe('ending sessions server-side', () => {
    it('signs out the session itself, whichever way it is presented, and no other', async () => {
      const user = await newUser();
      const first = await login(user.email, user.password);
      const second = await login(user.email, user.password);
      await t.http.post('/api/auth/logout').set(first.cookie).expect(204);
      expect(await status(first.bearer)).toBe(401);
      expect(await status(first.cookie)).toBe(401);
      expect(await status(second.bearer)).toBe(200);
      const row = await t.dataSource.getRepository(Session).findOneByOrFail({ id: first.sessionId });
      expect(row.revokedAt).not.toBeNull();
    });

    it("ends the user's other sessions on a password change, keeping the one that made it", async () => {
      const user = await newUser();
      const other = await login(user.email, user.password);
      const current = await login(user.email, user.password);
      const next = 'a-brand-new-passphrase';
      await t.http
        .post('/api/me/password')
        .set(current.bearer)
        .send({ currentPassword: user.password, newPassword: next })
        .expect(204);
      expect(await status(other.bearer)).toBe(401);
      expect(await status(other.cookie)).toBe(401);
      expect(await status(current.bearer)).toBe(200);
      expect(await status(current.cookie)).toBe(200);
      await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
      await t.http.post('/api/auth/login').send({ email: user.email, password: next }).expect(200);
    });

    it.each([
      ['deactivating the user', { active: false }],
      ['changing their role', { role: 'hiring_manager' }],
      ["an admin's new password for them", { password: 'set-by-the-admin-1' }],
    ])('ends every session of the user on %s', async (_, change) => {
      const user = await newUser();
      const sessions = [await login(user.email, user.password), await login(user.email, user.password)];
      await t.http.patch(`/api/users/${user.id}`).set(admin).send(change).expect(200);
      for (const session of sessions) {
        expect(await status(session.bearer)).toBe(401);
        expect(await status(session.cookie)).toBe(401);
      }
      // The rows stay, revoked (until they expire and a sign-in prunes them).
      const rows = await t.dataSource.getRepository(Session).findBy({ userId: user.id });
      expect(rows.map((row) => row.revokedAt === null)).toEqual([false, false]);
    });

    it('leaves sessions alone on a change that grants nothing new (a name)', async () => {
      const user = await newUser();
      const session = await login(user.email, user.password);
      await t.http.patch(`/api/users/${user.id}`).set(admin).send({ name: 'Renamed User' }).expect(200);
      expect(await status(session.bearer)).toBe(200);
    });

    it('prunes expired sessions at the next sign-in', async () => {
      const t0 = Date.now();
      clockAt(t0);
      const user = await newUser();
      const old = await login(user.email, user.password);
      jest.setSystemTime(t0 + ABSOLUTE_HOURS * 60 * MINUTE + MINUTE);
      await login(user.email, user.password);
      expect(await t.dataSource.getRepository(Session).existsBy({ id: old.sessionId })).toBe(false);
    });
  });
});
