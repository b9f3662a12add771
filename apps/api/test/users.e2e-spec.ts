import { randomUUID } from 'node:crypto';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { User } from '../src/users/user.entity';

describe('users (admin)', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, DEMO.admin);
  });
  afterAll(() => t.close());

  const users = () => t.dataSource.getRepository(User);

  it('lists users without password hashes', async () => {
    const res = await t.http.get('/api/users').set(admin).expect(200);
    expect(res.body.total).toBe(5);
    expect(res.body.items.map((u: { email: string }) => u.email)).toContain(DEMO.recruiter);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
  });

  it('is for admins only: 401 without a session, 403 for every other role', async () => {
    await t.http.get('/api/users').expect(401);
    for (const email of [DEMO.recruiter, DEMO.manager, DEMO.interviewer]) {
      const auth = await signIn(t, email);
      const res = await t.http.get('/api/users').set(auth);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await t.http.post('/api/users').set(auth).send({ email: 'x@y.z', name: 'X', role: 'admin' }).expect(403);
    }
  });

  it('creates a user with a generated password that works once shown', async () => {
    const res = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email: 'New.Hire@Example.com', name: ' New Hire ', role: 'interviewer' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'new.hire@example.com',
      name: 'New Hire',
      role: 'interviewer',
      active: true,
    });
    expect(res.body.generatedPassword).toHaveLength(24);
    await signIn(t, 'new.hire@example.com', res.body.generatedPassword);
    const row = await users().findOneByOrFail({ email: 'new.hire@example.com' });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.passwordHash.split('$')[3].split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
  });

  it('answers a duplicate email (any case) with 409 and changes nothing', async () => {
    const before = await users().count();
    const res = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email: 'RECRUITER@shortlist.test', name: 'Dup', role: 'admin' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
    expect(await users().count()).toBe(before);
  });

  it('refuses bad input naming the fields, and writes nothing', async () => {
    const before = await users().count();
    const res = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email: 'ok@example.com', name: '', role: 'owner', password: 'short', id: randomUUID() });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['id', 'name', 'password', 'role']);
    expect(await users().count()).toBe(before);
  });

  it('changes a role and deactivates, but never removes the last active admin', async () => {
    const recruiter = await users().findOneByOrFail({ email: DEMO.recruiter });
    const res = await t.http
      .patch(`/api/users/${recruiter.id}`)
      .set(admin)
      .send({ role: 'hiring_manager' })
      .expect(200);
    expect(res.body.role).toBe('hiring_manager');
    const self = await users().findOneByOrFail({ email: DEMO.admin });
    const demote = await t.http.patch(`/api/users/${self.id}`).set(admin).send({ role: 'recruiter' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('CANNOT_DEMOTE_LAST_ADMIN');
    const deactivate = await t.http.patch(`/api/users/${self.id}`).set(admin).send({ active: false });
    expect(deactivate.status).toBe(409);
    expect((await users().findOneByOrFail({ id: self.id })).role).toBe('admin');
  });

  it('answers 404 for an unknown id and 400 naming the parameter for a malformed one', async () => {
    const missing = await t.http.patch(`/api/users/${randomUUID()}`).set(admin).send({ name: 'Ghost' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
    const malformed = await t.http.patch('/api/users/not-a-uuid').set(admin).send({ name: 'Ghost' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('ends old sessions when a password is changed', async () => {
    const created = await t.http
      .post('/api/users')
      .set(admin)
      .send({ email: 'rotate@example.com', name: 'Rotate', role: 'recruiter', password: 'first-password-1' })
      .expect(201);
    const old = await signIn(t, 'rotate@example.com', 'first-password-1');
    await t.http.patch(`/api/users/${created.body.id}`).set(admin).send({ password: 'second-password-2' }).expect(200);
    await t.http.get('/api/me').set(old).expect(401);
    await signIn(t, 'rotate@example.com', 'second-password-2');
  });
});
