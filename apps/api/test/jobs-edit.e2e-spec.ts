import type { JobView } from '@shortlist/contracts';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob, itemsOf, parseTemplate, rowsOf, scratchJob } from './jobs-fixtures';

describe('editing a job (PATCH /api/jobs/:id)', () => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signIn(t, DEMO.manager);
  });
  afterAll(() => t.close());

  const patch = (job: Pick<JobView, 'id'>, body: object, auth: Auth = manager) =>
    t.http.patch(`/api/jobs/${job.id}`).set(auth).send(body);
  const versions = async (job: JobView) =>
    (await t.http.get(`/api/jobs/${job.id}/rubric-versions`).set(manager).expect(200)).body;

  it('renames an item: rubric version 2, while the snapshot of version 1 keeps the old label', async () => {
    const job = await createJob(t, manager, scratchJob());
    const items = itemsOf(job);
    items[2] = { ...items[2], label: 'Clear written and spoken communication' };
    const res = await patch(job, { version: 1, items }).expect(200);
    expect(res.body).toMatchObject({ version: 2, rubricVersion: 2 });
    expect(res.body.items[2]).toMatchObject({ id: job.items[2].id, label: 'Clear written and spoken communication' });
    // The anchors follow the new wording because the edit left them out.
    expect(res.body.items[2].anchors['3']).toMatch(/spoken/);
    const [v2, v1] = await versions(job);
    expect([v2.version, v1.version]).toEqual([2, 1]);
    expect(v1.items[2]).toMatchObject({ id: job.items[2].id, label: 'Clear written communication' });
    expect(v2.items[2].label).toBe('Clear written and spoken communication');
    const rows = await rowsOf(t, job.id);
    expect(rows.items.map((i) => i.label)).toEqual(res.body.items.map((i: { label: string }) => i.label));
    expect(rows.job).toMatchObject({ version: 2, rubricVersion: 2 });
  });

  it('removes an item by leaving it out: retired, gone from the job, still in the version 1 snapshot', async () => {
    const job = await createJob(t, manager, scratchJob());
    const kubernetes = job.items[1];
    const res = await patch(job, { version: 1, items: itemsOf(job).filter((i) => i.id !== kubernetes.id) }).expect(200);
    expect(res.body.rubricVersion).toBe(2);
    expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(kubernetes.id);
    // Stages that focused on it no longer do, though the edit did not send the plan.
    expect(res.body.stages.flatMap((s: { focusItemIds: string[] }) => s.focusItemIds)).not.toContain(kubernetes.id);
    const row = (await rowsOf(t, job.id)).items.find((i) => i.id === kubernetes.id)!;
    expect(row.retiredAt).toBeInstanceOf(Date);
    expect(row.label).toBe('Kubernetes');
    const [v2, v1] = await versions(job);
    expect(v1.items.map((i: { id: string }) => i.id)).toContain(kubernetes.id);
    expect(v2.items.map((i: { id: string }) => i.id)).not.toContain(kubernetes.id);
  });

  it('reorders items and adds one, keeping ids and recording the version it was added in', async () => {
    const job = await createJob(t, manager, scratchJob());
    const [prerequisite, kubernetes, writing] = itemsOf(job);
    const res = await patch(job, {
      version: 1,
      items: [writing, { category: 'hard_skill', label: 'Terraform', weight: 2 }, prerequisite, kubernetes],
    }).expect(200);
    expect(res.body.rubricVersion).toBe(2);
    expect(res.body.items.map((i: { label: string; position: number }) => [i.position, i.label])).toEqual([
      [0, 'Clear written communication'],
      [1, 'Terraform'],
      [2, 'Right to work in the EU'],
      [3, 'Kubernetes'],
    ]);
    expect(res.body.items[0].id).toBe(writing.id);
    const added = (await rowsOf(t, job.id)).items.find((i) => i.label === 'Terraform')!;
    expect(added).toMatchObject({ weight: 2, addedInVersion: 2, retiredAt: null });
  });

  it('changes title, status and weights without a new rubric version', async () => {
    const job = await createJob(t, manager, scratchJob());
    const res = await patch(job, {
      version: 1,
      title: 'Staff Platform Engineer',
      status: 'open',
      categoryWeights: { qualification: 20, hard_skill: 50, soft_skill: 30 },
      items: itemsOf(job),
    }).expect(200);
    expect(res.body).toMatchObject({ title: 'Staff Platform Engineer', status: 'open', version: 2, rubricVersion: 1 });
    expect(res.body.slug).toBe(job.slug);
    expect((await versions(job)).map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const job = await createJob(t, manager, scratchJob());
    await patch(job, { version: 1, title: 'First' }).expect(200);
    const stale = await patch(job, { version: 1, title: 'Second', items: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const rows = await rowsOf(t, job.id);
    expect(rows.job).toMatchObject({ title: 'First', version: 2, rubricVersion: 1 });
    expect(rows.items.every((i) => i.retiredAt === null)).toBe(true);
  });

  it('lets exactly one of 20 simultaneous edits of one version through', async () => {
    const job = await createJob(t, manager, scratchJob());
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        patch(job, { version: 1, title: `Edit ${i}`, items: itemsOf(job).slice(0, 2) }),
      ),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = attempts.find((r) => r.status === 200)!.body;
    const rows = await rowsOf(t, job.id);
    expect(rows.job).toMatchObject({ title: winner.title, version: 2, rubricVersion: 2 });
    // One retirement, one snapshot: the losers wrote nothing.
    expect(rows.items.filter((i) => i.retiredAt !== null)).toHaveLength(1);
    expect(rows.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('moves between open and closed, but never back to draft', async () => {
    const job = await createJob(t, manager, scratchJob());
    await patch(job, { version: 1, status: 'open' }).expect(200);
    await patch(job, { version: 2, status: 'closed' }).expect(200);
    const back = await patch(job, { version: 3, status: 'draft' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('INVALID_STATUS_TRANSITION');
    await patch(job, { version: 3, status: 'open' }).expect(200);
    expect((await rowsOf(t, job.id)).job).toMatchObject({ status: 'open', version: 4 });
  });

  it('replaces the plan: keeps stages by id, adds and removes, assigns interviewers', async () => {
    const template = await parseTemplate(t, manager);
    const job = await createJob(t, manager, { template });
    const interviewer = (await t.http.get('/api/me').set(await signIn(t, DEMO.interviewer))).body.id;
    const keep = job.stages.filter((s) => s.name !== 'Offer').map(({ id, name }) => ({ id, name }));
    const coding = keep.findIndex((s) => s.name === 'Coding assessment');
    keep[coding] = { ...keep[coding], interviewerIds: [interviewer] } as (typeof keep)[number];
    keep.splice(coding + 1, 0, {
      name: 'Take-home review',
      focusItemLabels: ['Testing: Unit Testing, Integration Testing'],
    } as never);
    const res = await patch(job, { version: 1, stages: keep }).expect(200);
    expect(res.body.rubricVersion).toBe(1);
    expect(res.body.stages.map((s: { name: string }) => s.name)).toEqual([
      'Applied',
      'Résumé screen',
      'Recruiter screen',
      'Coding assessment',
      'Take-home review',
      'System design discussion',
      'Behavioral interview',
      'Decision',
      'Hired',
    ]);
    const before = job.stages.find((s) => s.name === 'Coding assessment')!;
    expect(res.body.stages[3]).toEqual({ ...before, interviewerIds: [interviewer] });
    expect(res.body.stages[4]).toMatchObject({ kind: 'interview', order: 4 });
    const rows = await rowsOf(t, job.id);
    expect(rows.stages.map((s) => s.name)).toEqual(res.body.stages.map((s: { name: string }) => s.name));
    expect(rows.stages.map((s) => s.position)).toEqual([...Array(9).keys()]);
  });
});
