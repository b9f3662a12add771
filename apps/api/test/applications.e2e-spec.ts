import type { JobView } from '@shortlist/contracts';
import { Application } from '../src/applications/application.entity';
import { StageMoveRow } from '../src/applications/stage-move.entity';
import { Job } from '../src/jobs/job.entity';
import { apply, createCandidate, openJob, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import type { Auth } from './jobs-fixtures';

describe(`applications and moves on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  let manager: Auth;
  let job: JobView;
  let seq = 0;
  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
    job = await openJob(t, manager);
  });
  afterAll(() => t.close());

  const prerequisite = () => job.items.find((i) => i.category === 'prerequisite')!;
  const newCandidate = (resumeText?: string) =>
    createCandidate(t, recruiter, { name: `Candidate ${++seq}`, email: `c${seq}@example.com`, resumeText });
  const applied = async (target: JobView = job, resumeText?: string) =>
    apply(t, recruiter, target.id, { candidateId: (await newCandidate(resumeText)).id });
  const move = (id: string, body: object, auth: Auth = recruiter) =>
    t.http.post(`/api/applications/${id}/moves`).set(auth).send(body);
  const movesOf = (applicationId: string) =>
    t.dataSource.getRepository(StageMoveRow).find({ where: { applicationId }, order: { at: 'ASC' } });

  describe('applying', () => {
    it('starts in Applied with the résumé screened and an "Applied" history row', async () => {
      const res = await applied(job, 'Shipped services on Postgres.');
      expect(res).toMatchObject({
        jobTitle: 'Backend Engineer',
        stageId: stageIdOf(job, 'Applied'),
        stageName: 'Applied',
        status: 'active',
        knockoutFlag: false,
        score: null,
        coverage: 0,
        gates: 'pending',
        proposal: null,
        redFlagCount: 0,
      });
      expect(res.screening.screenScore).toBeGreaterThan(0);
      expect(res.history).toEqual([
        expect.objectContaining({
          fromStageId: null,
          toStageId: stageIdOf(job, 'Applied'),
          toStatus: 'active',
          actorName: 'Riley Recruiter',
        }),
      ]);
      const row = await t.dataSource.getRepository(Application).findOneByOrFail({ id: res.id });
      expect(row.screenScore).toBe(res.screening.screenScore);
    });

    it('answers the same candidate applying twice with 409 ALREADY_APPLIED', async () => {
      const c = await newCandidate();
      await apply(t, recruiter, job.id, { candidateId: c.id });
      const again = await t.http.post(`/api/jobs/${job.id}/applications`).set(recruiter).send({ candidateId: c.id });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_APPLIED');
      expect(await t.dataSource.getRepository(Application).countBy({ candidateId: c.id })).toBe(1);
    });

    it('refuses knock-out answers that name anything but a prerequisite of the job', async () => {
      const c = await newCandidate();
      const res = await t.http
        .post(`/api/jobs/${job.id}/applications`)
        .set(recruiter)
        .send({
          candidateId: c.id,
          knockoutAnswers: [
            { itemId: prerequisite().id, met: true },
            { itemId: job.items[1].id, met: true },
          ],
        });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'knockoutAnswers.1.itemId', message: 'must be a prerequisite of this job' },
      ]);
      expect(await t.dataSource.getRepository(Application).countBy({ candidateId: c.id })).toBe(0);
    });

    it('flags a failed must-have knock-out when the job does not auto-reject', async () => {
      const c = await newCandidate();
      const res = await apply(t, recruiter, job.id, {
        candidateId: c.id,
        knockoutAnswers: [{ itemId: prerequisite().id, met: false }],
      });
      expect(res).toMatchObject({ status: 'active', knockoutFlag: true, rejection: null });
      expect(res.screening.failedKnockouts).toEqual([prerequisite().label]);
    });

    it('rejects at once, with the reason in the history, when the job auto-rejects', async () => {
      const strict = await openJob(t, manager, 'Strict job', { autoRejectOnKnockout: true });
      expect(strict.autoRejectOnKnockout).toBe(true);
      expect((await t.dataSource.getRepository(Job).findOneByOrFail({ id: strict.id })).autoRejectOnKnockout).toBe(
        true,
      );
      const c = await newCandidate();
      const item = strict.items.find((i) => i.category === 'prerequisite')!;
      const res = await apply(t, recruiter, strict.id, {
        candidateId: c.id,
        knockoutAnswers: [{ itemId: item.id, met: false }],
      });
      expect(res).toMatchObject({
        status: 'rejected',
        knockoutFlag: false,
        rejection: {
          kind: 'rejected_by_us',
          reason: 'Did not meet must-have requirements',
          fromStageId: stageIdOf(strict, 'Applied'),
        },
      });
      expect(res.history.map((m: { toStatus: string; reason: string | null }) => [m.toStatus, m.reason])).toEqual([
        ['active', null],
        ['rejected', 'Did not meet must-have requirements'],
      ]);
    });
  });

  describe('moving', () => {
    it('goes forward (skipping stages), back one stage, never back two, with every move in the history', async () => {
      const a = await applied();
      const forward = await move(a.id, { toStageId: stageIdOf(job, 'Coding'), note: 'Strong CV' });
      expect(forward.status).toBe(200);
      expect(forward.body).toMatchObject({ stageName: 'Coding assessment', status: 'active', version: 2 });
      expect(new Date(forward.body.stageEnteredAt).getTime()).toBeGreaterThanOrEqual(
        new Date(a.stageEnteredAt).getTime(),
      );
      const backTwo = await move(a.id, { toStageId: stageIdOf(job, 'Résumé') });
      expect(backTwo.status).toBe(409);
      expect(backTwo.body.code).toBe('STAGE_TRANSITION_NOT_ALLOWED');
      const backOne = await move(a.id, { toStageId: stageIdOf(job, 'Recruiter') });
      expect(backOne.status).toBe(200);
      const history = await movesOf(a.id);
      expect(history.map((m) => [m.fromStageId, m.toStageId, m.note])).toEqual([
        [null, stageIdOf(job, 'Applied'), 'Applied'],
        [stageIdOf(job, 'Applied'), stageIdOf(job, 'Coding'), 'Strong CV'],
        [stageIdOf(job, 'Coding'), stageIdOf(job, 'Recruiter'), null],
      ]);
      expect(history.every((m) => m.actorId !== null)).toBe(true);
    });

    it('needs a reason to reject, and undoing returns to the stage it left', async () => {
      const a = await applied();
      await move(a.id, { toStageId: stageIdOf(job, 'System') }).expect(200);
      const bare = await move(a.id, { status: 'rejected' });
      expect(bare.status).toBe(400);
      expect(bare.body.code).toBe('REASON_REQUIRED');
      const rejected = await move(a.id, { status: 'rejected', reason: 'Skills below the bar' });
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejection: { kind: 'rejected_by_us', reason: 'Skills below the bar', fromStageId: stageIdOf(job, 'System') },
      });
      const stuck = await move(a.id, { toStageId: stageIdOf(job, 'Behavioral') });
      expect(stuck.status).toBe(409);
      const undone = await move(a.id, { undoRejection: true });
      expect(undone.body).toMatchObject({ status: 'active', stageId: stageIdOf(job, 'System'), rejection: null });
      const last = (await movesOf(a.id)).slice(-2);
      expect(last.map((m) => [m.fromStatus, m.toStatus, m.reason])).toEqual([
        ['active', 'rejected', 'Skills below the bar'],
        ['rejected', 'active', null],
      ]);
    });

    it('hires only from Offer', async () => {
      const a = await applied();
      const early = await move(a.id, { status: 'hired' });
      expect(early.status).toBe(409);
      await move(a.id, { toStageId: stageIdOf(job, 'Offer') }).expect(200);
      const hired = await move(a.id, { status: 'hired' });
      expect(hired.body).toMatchObject({ status: 'hired', stageName: 'Hired' });
      expect((await t.dataSource.getRepository(Application).findOneByOrFail({ id: a.id })).status).toBe('hired');
    });

    it('names a stage of another job as unknown (400)', async () => {
      const other = await openJob(t, manager, 'Other job');
      const a = await applied();
      const res = await move(a.id, { toStageId: stageIdOf(other, 'Offer') });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('UNKNOWN_STAGE');
    });

    it('refuses interviewers (403) for moves', async () => {
      const a = await applied();
      expect((await move(a.id, { toStageId: stageIdOf(job, 'Offer') }, await signIn(t, DEMO.interviewer))).status).toBe(
        403,
      );
    });
  });

  describe('who sees an application', () => {
    it('shows it to an interviewer on a stage of its job, and 404 to one who is not', async () => {
      const jobs = (await t.http.get('/api/jobs').set(manager).expect(200)).body.items;
      const demo = jobs.find((j: { title: string }) => /intern/i.test(j.title));
      const demoJob: JobView = (await t.http.get(`/api/jobs/${demo.id}`).set(manager).expect(200)).body;
      const onPanel = await applied(demoJob);
      const elsewhere = await applied();
      const interviewer = await signIn(t, DEMO.interviewer);
      expect((await t.http.get(`/api/applications/${onPanel.id}`).set(interviewer)).status).toBe(200);
      const hidden = await t.http.get(`/api/applications/${elsewhere.id}`).set(interviewer);
      expect(hidden.status).toBe(404);
      expect((await t.http.get(`/api/applications/${elsewhere.id}`).set(recruiter)).status).toBe(200);
    });
  });

  describe('bulk', () => {
    it('moves, tags and rejects many in one go', async () => {
      const ids = [(await applied()).id, (await applied()).id];
      const moved = await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: ids, action: 'move', toStageId: stageIdOf(job, 'Recruiter') });
      expect(moved.body).toEqual({ updated: 2 });
      await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: ids, action: 'tag', tags: ['Batch 1'] })
        .expect(200);
      await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: ids, action: 'reject', reason: 'Position filled' })
        .expect(200);
      const rows = await t.dataSource.getRepository(Application).findBy(ids.map((id) => ({ id })));
      expect(rows.map((r) => [r.status, r.stageId, r.tags, r.rejection?.reason])).toEqual([
        ['rejected', stageIdOf(job, 'Recruiter'), ['Batch 1'], 'Position filled'],
        ['rejected', stageIdOf(job, 'Recruiter'), ['Batch 1'], 'Position filled'],
      ]);
    });

    it('is all or nothing: one refused application names itself and nothing changes', async () => {
      const ok = (await applied()).id;
      const hired = await applied();
      await move(hired.id, { toStageId: stageIdOf(job, 'Offer') }).expect(200);
      await move(hired.id, { status: 'hired' }).expect(200);
      const before = await t.dataSource.getRepository(StageMoveRow).count();
      const res = await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: [ok, hired.id], action: 'move', toStageId: stageIdOf(job, 'Coding') });
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain(hired.id);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'applicationIds.1' })]);
      expect((await t.dataSource.getRepository(Application).findOneByOrFail({ id: ok })).stageId).toBe(
        stageIdOf(job, 'Applied'),
      );
      expect(await t.dataSource.getRepository(StageMoveRow).count()).toBe(before);
      const missing = await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: [ok, '00000000-0000-4000-8000-000000000000'], action: 'tag', tags: ['x'] });
      expect(missing.status).toBe(404);
      expect((await t.dataSource.getRepository(Application).findOneByOrFail({ id: ok })).tags).toEqual([]);
    });

    it('refuses more than 500 ids', async () => {
      const ids = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      const res = await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: ids, action: 'tag', tags: ['x'] });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('applicationIds');
    });
  });
});
