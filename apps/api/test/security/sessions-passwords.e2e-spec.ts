import { PASSWORD_MIN_LENGTH } from '@shortlist/contracts';
import { MoreThan } from 'typeorm';
import { AuditEventRow } from '../../src/audit/audit-event.entity';
import { User } from '../../src/users/user.entity';
import { DEMO, engine, signIn, startTestApp, TestApp } from '../harness';

/**
 * Passwords: the policy wherever one is set (user creation, an admin's reset,
 * the person's own change), how they are stored, and sign-in answers that do
 * not tell whether an account exists.
 */
/** `$argon2id$v=19$m=19456,t=2,p=1$salt$hash` → its algorithm, version and parameters (in any order). */
const parametersOf = (hash: string) => {
  const [, algorithm, version, parameters] = hash.split('$');
  return { algorithm, version, ...Object.fromEntries(parameters.split(',').map((p) => p.split('='))) };
};
// OWASP's / ASVS's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane.
const ASVS = { algorithm: 'argon2id', version: 'v=19', m: '19456', t: '2', p: '1' };

describe(`passwords and sign-in answers on ${engine()}`, () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, DEMO.admin);
  });
  afterAll(() => t.close());

  const nextEmail = () => {
    seq += 1;
    return `pw-user-${seq}@example.com`;
  };
  async function newUser(): Promise<{ id: string; email: string; password: string }> {
    const email = nextEmail();
    const password = `pw-passphrase-${seq}-long`;
    const res = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email, name: 'Pw User', role: 'recruiter', password })
      .expect(201);
    return { id: res.body.id, email, password };
  }

  /** Passwords every route that sets one refuses, with what it says about each. */
  const refused = (email: string): Array<[string, string, RegExp]> => [
    ['too short', 'a'.repeat(3) + 'bcdefgh', new RegExp(`at least ${PASSWORD_MIN_LENGTH}`)],
    ['too long', 'x1'.repeat(129), /256 characters/],
    ['one repeated character', 'z'.repeat(16), /repeat a single character/],
    ['on the common-password list', 'password1234', /most common passwords/],
    ['on the list in another case', 'PASSWORD1234', /most common passwords/],
    ['the account email', email, /email address/],
    ['the account email in capitals', email.toUpperCase(), /email address/],
  ];

  describe('the policy', () => {
    it('refuses weak passwords when an admin creates a user, naming the field', async () => {
      const email = nextEmail();
      for (const [why, password, message] of refused(email)) {
        const res = await t.http
          .post('/api/users')
          .set(admin)
          .send({ email, name: 'Weak', role: 'recruiter', password });
        expect([why, res.status, res.body.code]).toEqual([why, 400, 'VALIDATION_FAILED']);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
      }
      expect(await t.dataSource.getRepository(User).existsBy({ email })).toBe(false);
    });

    it("refuses them when an admin resets a user's password", async () => {
      const user = await newUser();
      for (const [why, password, message] of refused(user.email)) {
        const res = await t.http.patch(`/api/users/${user.id}`).set(admin).send({ password });
        expect([why, res.status]).toEqual([why, 400]);
        expect(res.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
      }
      await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    });

    it('refuses them when a person changes their own, naming newPassword', async () => {
      const user = await newUser();
      const auth = await signIn(t, user.email, user.password);
      for (const [why, newPassword, message] of refused(user.email)) {
        const res = await t.http
          .post('/api/me/password')
          .set(auth)
          .send({ currentPassword: user.password, newPassword });
        expect([why, res.status]).toEqual([why, 400]);
        expect(res.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(message) }]);
      }
      const same = await t.http
        .post('/api/me/password')
        .set(auth)
        .send({ currentPassword: user.password, newPassword: user.password });
      expect(same.body.errors).toEqual([{ field: 'newPassword', message: 'must differ from your current password' }]);
    });

    it('accepts a long passphrase that is on no list', async () => {
      const email = nextEmail();
      await t.http
        .post('/api/users')
        .set(admin)
        .send({ email, name: 'Strong', role: 'recruiter', password: 'correct horse battery staple' })
        .expect(201);
    });
  });

  describe('changing your own password', () => {
    it('requires the current password, refusing a wrong one by name and without a change', async () => {
      const user = await newUser();
      const auth = await signIn(t, user.email, user.password);
      const res = await t.http
        .post('/api/me/password')
        .set(auth)
        .send({ currentPassword: 'not-my-password-at-all', newPassword: 'another-good-passphrase' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
      await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      await t.http.get('/api/me').set(auth).expect(200);
    });

    it('counts wrong current passwords as failed sign-ins, so guessing through a session is throttled', async () => {
      const user = await newUser();
      const auth = await signIn(t, user.email, user.password);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const res = await t.http
          .post('/api/me/password')
          .set(auth)
          .send({ currentPassword: `guess-number-${i}-xx`, newPassword: 'another-good-passphrase' });
        statuses.push(res.status);
      }
      // LOGIN_THROTTLE.maxFailuresPerEmail = 5: the sixth try is refused before the password is checked.
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    });

    it('records one user.updated event by the person, without any password', async () => {
      const user = await newUser();
      const auth = await signIn(t, user.email, user.password);
      const events = t.dataSource.getRepository(AuditEventRow);
      const head = (await events.find({ order: { seq: 'DESC' }, take: 1 }))[0].seq;
      await t.http
        .post('/api/me/password')
        .set(auth)
        .send({ currentPassword: user.password, newPassword: 'my-own-new-passphrase' })
        .expect(204);
      const added = await events.find({ where: { seq: MoreThan(head) } });
      expect(added).toEqual([
        expect.objectContaining({
          action: 'user.updated',
          actorId: user.id,
          entityId: user.id,
          before: null,
          after: { passwordChanged: true },
        }),
      ]);
      expect(JSON.stringify(added)).not.toMatch(/passphrase|argon2/);
    });
  });

  describe('storage', () => {
    it('stores argon2id hashes with the ASVS parameters (19 MiB, 2 passes, 1 lane), salted per user', async () => {
      const a = await newUser();
      const b = await newUser();
      const users = t.dataSource.getRepository(User);
      const hashes = await Promise.all(
        [a, b].map(async (u) => (await users.findOneByOrFail({ id: u.id })).passwordHash),
      );
      for (const hash of hashes) expect(parametersOf(hash)).toEqual(ASVS);
      const salt = (hash: string) => hash.split('$')[4];
      expect(salt(hashes[0])).toMatch(/^[A-Za-z0-9+/]{22}$/); // 16 random bytes
      expect(salt(hashes[0])).not.toBe(salt(hashes[1]));
      // The hash after a change carries the same parameters.
      await t.http.patch(`/api/users/${a.id}`).set(admin).send({ password: 'reset-by-admin-phrase' }).expect(200);
      expect(parametersOf((await users.findOneByOrFail({ id: a.id })).passwordHash)).toEqual(ASVS);
    });
  });

  describe('sign-in answers do not tell whether an account exists', () => {
    let deactivated: { email: string; password: string };
    beforeAll(async () => {
      const user = await newUser();
      await t.http.patch(`/api/users/${user.id}`).set(admin).send({ active: false }).expect(200);
      deactivated = { email: user.email, password: user.password };
    });

    const attempts = () => ({
      'unknown email': { email: `nobody-${Date.now()}@example.com`, password: 'some-guess-password' },
      'wrong password': { email: DEMO.interviewer, password: 'some-guess-password' },
      'deactivated user, right password': deactivated,
    });

    it('gives the same status, headers and body (but the request id) for all three', async () => {
      const answers = [];
      for (const [why, body] of Object.entries(attempts())) {
        const res = await t.http.post('/api/auth/login').send(body);
        const { requestId: _requestId, ...rest } = res.body;
        answers.push({
          why,
          status: res.status,
          type: res.headers['content-type'],
          cookie: res.headers['set-cookie'],
          rest,
        });
      }
      const [first, ...others] = answers;
      for (const other of others) expect({ ...other, why: first.why }).toEqual(first);
      expect(first).toMatchObject({ status: 401, cookie: undefined, rest: { code: 'INVALID_CREDENTIALS' } });
    });

    it('verifies one argon2id hash of the same cost in each case, so each takes the same time', async () => {
      // The module object itself (an import's namespace is read-only); the app reads `verify` from it on each call.
      const verify = jest.spyOn(jest.requireActual<typeof import('argon2')>('argon2'), 'verify');
      const timings: Record<string, number[]> = {};
      try {
        for (let round = 0; round < 3; round += 1) {
          for (const [why, body] of Object.entries(attempts())) {
            verify.mockClear();
            const started = process.hrtime.bigint();
            await t.http.post('/api/auth/login').send(body).expect(401);
            (timings[why] ??= []).push(Number(process.hrtime.bigint() - started) / 1e6);
            expect([why, verify.mock.calls.length]).toEqual([why, 1]);
            expect(parametersOf(verify.mock.calls[0][0])).toEqual(ASVS);
          }
        }
      } finally {
        verify.mockRestore();
      }
      // Without the decoy an unknown email answered in ~1 ms against ~25 ms; loose bounds for a busy machine.
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const known = median(timings['wrong password']);
      expect(median(timings['unknown email'])).toBeGreaterThan(known * 0.5);
      expect(median(timings['deactivated user, right password'])).toBeGreaterThan(known * 0.5);
    });
  });
});
