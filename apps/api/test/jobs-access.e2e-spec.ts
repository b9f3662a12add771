import { randomUUID } from 'node:crypto';
import type { JobView } from '@shortlist/contracts';
import { Job } from '../src/jobs/job.entity';
import { User } from '../src/users/user.entity';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob, itemsOf, rowsOf, scratchJob } from './jobs-fixtures';

describe('who may see and change jobs', () => {
  let t: TestApp;
  let as: Record<'admin' | 'recruiter' | 'manager' | 'interviewer' | 'otherManager', Auth>;
  let ids: Record<'interviewer' | 'recruiter', string>;
  let assigned: JobView;
  let unassigned: JobView;
  let demo: Job;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await signIn(t, DEMO.admin);
    await t.http
      .post('/api/users')
      .set(admin)
      .send({
        email: 'manager2@shortlist.test',
        name: 'Other Manager',
        role: 'hiring_manager',
        password: 'another-manager-1',
      })
      .expect(201);
    as = {
      admin,
      recruiter: await signIn(t, DEMO.recruiter),
      manager: await signIn(t, DEMO.manager),
      interviewer: await signIn(t, DEMO.interviewer),
      otherManager: await signIn(t, 'manager2@shortlist.test', 'another-manager-1'),
    };
    const users = t.dataSource.getRepository(User);
    ids = {
      interviewer: (await users.findOneByOrFail({ email: DEMO.interviewer })).id,
      recruiter: (await users.findOneByOrFail({ email: DEMO.recruiter })).id,
    };
    demo = await t.dataSource.getRepository(Job).findOneByOrFail({ title: 'Backend Engineer Intern' });
    const plan = (interviewerIds: string[]) => [
      { name: 'Applied', kind: 'applied' as const },
      { name: 'Panel', interviewerIds },
      { name: 'Hired', kind: 'hired' as const },
    ];
    assigned = await createJob(t, as.manager, { ...scratchJob('Assigned Job'), stages: plan([ids.interviewer]) });
    unassigned = await createJob(t, as.manager, { ...scratchJob('Unassigned Job'), stages: plan([]) });
  });
  afterAll(() => t.close());

  const titles = async (auth: Auth) =>
    (await t.http.get('/api/jobs').set(auth).expect(200)).body.items.map((j: { title: string }) => j.title).sort();

  it('asks for a session on every route', async () => {
    for (const [method, path] of [
      ['get', '/api/jobs'],
      ['get', `/api/jobs/${assigned.id}`],
      ['get', `/api/jobs/${assigned.id}/rubric-versions`],
      ['post', '/api/jobs'],
      ['patch', `/api/jobs/${assigned.id}`],
    ] as const) {
      const res = await t.http[method](path).send({});
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists every job for staff, from one query with counts and the manager’s name', async () => {
    expect(await titles(as.recruiter)).toEqual(['Assigned Job', 'Backend Engineer Intern', 'Unassigned Job']);
    const res = await t.http.get('/api/jobs').set(as.admin).expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.find((j: { id: string }) => j.id === demo.id)).toEqual({
      id: demo.id,
      title: 'Backend Engineer Intern',
      level: 'Intern',
      status: 'open',
      location: 'Hybrid/Remote (with occasional onsite meetings)',
      itemCount: 26,
      stageCount: 9,
      hiringManagerId: demo.hiringManagerId,
      hiringManagerName: 'Morgan Manager',
      updatedAt: demo.updatedAt.toISOString(),
    });
  });

  it('shows an interviewer only the jobs they interview for, and answers 404 for the others', async () => {
    expect(await titles(as.interviewer)).toEqual(['Assigned Job', 'Backend Engineer Intern']);
    expect(await titles(await signIn(t, 'interviewer2@shortlist.test'))).toEqual(['Backend Engineer Intern']);
    await t.http.get(`/api/jobs/${assigned.id}`).set(as.interviewer).expect(200);
    for (const path of [`/api/jobs/${unassigned.id}`, `/api/jobs/${unassigned.id}/rubric-versions`]) {
      const res = await t.http.get(path).set(as.interviewer);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
  });

  it('lets recruiters read but not write, and interviewers neither create nor edit', async () => {
    await t.http.get(`/api/jobs/${unassigned.id}`).set(as.recruiter).expect(200);
    await t.http.get(`/api/jobs/${unassigned.id}/rubric-versions`).set(as.recruiter).expect(200);
    for (const auth of [as.recruiter, as.interviewer]) {
      expect((await t.http.post('/api/jobs').set(auth).send(scratchJob('Mine'))).status).toBe(403);
      const res = await t.http.patch(`/api/jobs/${assigned.id}`).set(auth).send({ version: 1, title: 'Mine' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    expect((await rowsOf(t, assigned.id)).job).toMatchObject({ title: 'Assigned Job', version: 1 });
  });

  it('refuses another hiring manager’s edit with 403, and lets an admin edit', async () => {
    const other = await t.http
      .patch(`/api/jobs/${unassigned.id}`)
      .set(as.otherManager)
      .send({ version: 1, title: 'Taken' });
    expect(other.status).toBe(403);
    await t.http.get(`/api/jobs/${unassigned.id}`).set(as.otherManager).expect(200);
    const byAdmin = await t.http
      .patch(`/api/jobs/${unassigned.id}`)
      .set(as.admin)
      .send({ version: 1, items: itemsOf(unassigned).slice(1) })
      .expect(200);
    expect(byAdmin.body).toMatchObject({ version: 2, rubricVersion: 2, hiringManagerId: unassigned.hiringManagerId });
    const [latest] = (await t.http.get(`/api/jobs/${unassigned.id}/rubric-versions`).set(as.manager)).body;
    const adminId = (await t.http.get('/api/me').set(as.admin)).body.id;
    expect(latest).toMatchObject({ version: 2, createdById: adminId });
  });

  it('puts only active interviewers, hiring managers and admins on a panel, naming the field', async () => {
    const leaver = (
      await t.http
        .post('/api/users')
        .set(as.admin)
        .send({ email: 'leaver@shortlist.test', name: 'Leaver', role: 'interviewer', active: false })
        .expect(201)
    ).body;
    const stages = assigned.stages.map(({ id, name }) => ({ id, name }));
    for (const userId of [ids.recruiter, leaver.id, randomUUID()]) {
      const res = await t.http
        .patch(`/api/jobs/${assigned.id}`)
        .set(as.manager)
        .send({
          version: 1,
          stages: stages.map((s, i) => (i === 1 ? { ...s, interviewerIds: [ids.interviewer, userId] } : s)),
        });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'stages.1.interviewerIds.1', message: 'must be an active interviewer, hiring manager or admin' },
      ]);
    }
    expect((await rowsOf(t, assigned.id)).job.version).toBe(1);
  });

  it('answers 404 for a job that does not exist and 400 for a malformed id', async () => {
    const missing = await t.http.get(`/api/jobs/${randomUUID()}`).set(as.admin);
    expect(missing.status).toBe(404);
    await t.http.patch(`/api/jobs/${randomUUID()}`).set(as.admin).send({ version: 1 }).expect(404);
    await t.http.get(`/api/jobs/${randomUUID()}/rubric-versions`).set(as.admin).expect(404);
    const malformed = await t.http.get('/api/jobs/not-a-uuid').set(as.admin);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });
});
