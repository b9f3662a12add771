import { DEMO, signIn, startTestApp, TestApp } from './harness';

describe('GET /api/users/panel (who can interview)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists active interviewers, hiring managers and admins for staff who assign panels', async () => {
    const admin = await signIn(t, DEMO.admin);
    const ivan = (await t.http.get('/api/users').set(admin)).body.items.find(
      (u: { email: string }) => u.email === DEMO.interviewer,
    );
    await t.http.patch(`/api/users/${ivan.id}`).set(admin).send({ active: false }).expect(200);
    for (const email of [DEMO.manager, DEMO.recruiter, DEMO.admin]) {
      const res = await t.http.get('/api/users/panel').set(await signIn(t, email));
      expect(res.status).toBe(200);
      expect(res.body.items.map((m: { email: string }) => m.email)).toEqual([
        'admin@shortlist.test',
        'interviewer2@shortlist.test',
        'manager@shortlist.test',
      ]);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(['email', 'id', 'name', 'role']);
    }
  });

  it('is not for interviewers, nor for anyone signed out', async () => {
    await t.http.get('/api/users/panel').expect(401);
    const res = await t.http.get('/api/users/panel').set(await signIn(t, 'interviewer2@shortlist.test'));
    expect(res.status).toBe(403);
  });
});
