import type { AuditEventView, AuditPage, JobView } from '@shortlist/contracts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { MoreThan } from 'typeorm';
import { Session } from '../src/auth/session.entity';
import { AuditEventRow } from '../src/audit/audit-event.entity';
import { NoteRow } from '../src/scorecards/note.entity';
import { User } from '../src/users/user.entity';
import { apply, createCandidate, openJob, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import { type Auth } from './jobs-fixtures';

const root = path.resolve(__dirname, '../../..');

/** Every new event a piece of work left, oldest first; the row count must agree. */
async function eventsDuring(t: TestApp, work: () => Promise<unknown>): Promise<AuditEventRow[]> {
  const events = t.dataSource.getRepository(AuditEventRow);
  const countBefore = await events.count();
  const head = (await events.find({ order: { seq: 'DESC' }, take: 1 }))[0]?.seq ?? 0;
  await work();
  const added = await events.find({ where: { seq: MoreThan(head) }, order: { seq: 'ASC' } });
  expect(await events.count()).toBe(countBefore + added.length);
  return added;
}

/** Runs the work and returns the one event it wrote, which must be `action`. */
async function oneEvent(t: TestApp, action: string, work: () => Promise<unknown>): Promise<AuditEventRow> {
  const added = await eventsDuring(t, work);
  expect(added.map((event) => event.action)).toEqual([action]);
  return added[0];
}

/** A bulk event's per-application before or after. */
const applicationsOf = (side: unknown) => (side as { applications: Record<string, unknown> }).applications;

const textOf = (event: Pick<AuditEventRow, 'before' | 'after'>) => JSON.stringify([event.before, event.after]);

/** Runs `npm run -s cli -- verify-audit` against the test database. */
const verifyAuditCli = (t: TestApp) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'verify-audit'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: t.database.url },
    timeout: 240_000,
  });

/** Rewrites a stored event past the append-only trigger, as someone with the database's keys could. */
async function tamper(t: TestApp, sql: string, parameters: unknown[]): Promise<void> {
  if (engine() === 'postgres') {
    await t.dataSource.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await t.dataSource.query(sql, parameters);
    await t.dataSource.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
  } else {
    await t.dataSource.query('DROP TRIGGER audit_events_no_update');
    await t.dataSource.query('DROP TRIGGER audit_events_no_delete');
    await t.dataSource.query(sql, parameters);
  }
}

const param = (index: number) => (engine() === 'postgres' ? `$${index}` : '?');

describe(`the audit log on ${engine()}`, () => {
  let t: TestApp;
  let admin: Auth;
  let recruiter: Auth;
  let manager: Auth;
  let ivan: Auth;
  let adminId: string;
  let recruiterId: string;
  let managerId: string;
  let ivanId: string;
  let job: JobView;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, DEMO.admin);
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
    ivan = await signIn(t, DEMO.interviewer);
    const users = t.dataSource.getRepository(User);
    const idOf = async (email: string) => (await users.findOneByOrFail({ email })).id;
    [adminId, recruiterId, managerId, ivanId] = await Promise.all(
      [DEMO.admin, DEMO.recruiter, DEMO.manager, DEMO.interviewer].map(idOf),
    );
    job = await openJob(t, manager, 'Audited Engineer');
  });
  afterAll(() => t.close());

  const newCandidate = async () => {
    seq += 1;
    return createCandidate(t, recruiter, {
      name: `Audrey Audited ${seq}`,
      email: `audrey${seq}@example.com`,
      phone: '+44 20 7946 0000',
      resumeText: 'Postgres and Kubernetes in production',
    });
  };
  const newApplication = async (): Promise<{ id: string; candidateName: string; email: string }> => {
    const candidate = await newCandidate();
    const application = await apply(t, recruiter, job.id, { candidateId: candidate.id });
    return { id: application.id, candidateName: candidate.name, email: candidate.email };
  };
  const move = (id: string, body: object, auth: Auth = recruiter) =>
    t.http.post(`/api/applications/${id}/moves`).set(auth).send(body);
  const item = (label: string) => job.items.find((i) => i.label === label)!.id;

  describe('sessions', () => {
    it('records a sign-in by the person who signed in, naming the session', async () => {
      let token = '';
      const event = await oneEvent(t, 'session.signed_in', async () => {
        const res = await t.http.post('/api/auth/login').send({ email: DEMO.recruiter, password: DEMO.password });
        expect(res.status).toBe(200);
        token = res.body.accessToken;
      });
      expect(event).toMatchObject({ actorId: recruiterId, entityType: 'session', before: null });
      const session = await t.dataSource.getRepository(Session).findOneByOrFail({ id: event.entityId! });
      expect(session.userId).toBe(recruiterId);
      expect(event.after).toMatchObject({ userId: recruiterId });
      expect(textOf(event)).not.toContain(token);
    });

    it('records a sign-out, and a failed sign-in with the email hashed, never what was typed', async () => {
      const auth = await signIn(t, DEMO.recruiter);
      const event = await oneEvent(t, 'session.signed_out', () =>
        t.http.post('/api/auth/logout').set(auth).expect(204),
      );
      expect(event).toMatchObject({ actorId: recruiterId, entityType: 'session' });
      const failed = await oneEvent(t, 'session.sign_in_failed', () =>
        t.http
          .post('/api/auth/login')
          .send({ email: ' Recruiter@Shortlist.test', password: 'not-the-password' })
          .expect(401),
      );
      // sha256('recruiter@shortlist.test'): the normalised email, so an admin can check an address they know.
      const emailSha256 = createHash('sha256').update(DEMO.recruiter).digest('hex');
      expect(failed).toMatchObject({ actorId: null, entityType: 'session', entityId: null });
      expect(failed.after).toEqual({ emailSha256, userId: recruiterId });
      expect(textOf(failed)).not.toMatch(/not-the-password|recruiter@/i);
    });
  });

  describe('users', () => {
    it('records a created user without the password or its hash', async () => {
      let id = '';
      const event = await oneEvent(t, 'user.created', async () => {
        const res = await t.http
          .post('/api/users')
          .set(admin)
          .send({ email: 'Uma@Example.com', name: 'Uma User', role: 'recruiter', password: 'a-long-secret-password' })
          .expect(201);
        id = res.body.id;
      });
      expect(event).toMatchObject({
        actorId: adminId,
        entityType: 'user',
        entityId: id,
        before: null,
        after: {
          email: 'uma@example.com',
          name: 'Uma User',
          role: 'recruiter',
          active: true,
          passwordGenerated: false,
        },
      });
      const { passwordHash } = await t.dataSource.getRepository(User).findOneByOrFail({ id });
      expect(textOf(event)).not.toContain('a-long-secret-password');
      expect(textOf(event)).not.toContain(passwordHash);
    });

    it('records a role change, a deactivation and a password change as before/after of what changed', async () => {
      const created = await t.http
        .post('/api/users')
        .set(admin)
        .send({ email: 'vic@example.com', name: 'Vic', role: 'interviewer' })
        .expect(201);
      const patch = (body: object) => t.http.patch(`/api/users/${created.body.id}`).set(admin).send(body).expect(200);

      const promoted = await oneEvent(t, 'user.updated', () => patch({ role: 'hiring_manager' }));
      expect(promoted).toMatchObject({
        actorId: adminId,
        entityId: created.body.id,
        before: { role: 'interviewer' },
        after: { role: 'hiring_manager' },
      });
      const deactivated = await oneEvent(t, 'user.updated', () => patch({ active: false, name: 'Victor' }));
      expect(deactivated.before).toEqual({ active: true, name: 'Vic' });
      expect(deactivated.after).toEqual({ active: false, name: 'Victor' });
      const password = await oneEvent(t, 'user.updated', () => patch({ password: 'another-long-password' }));
      expect(password.before).toEqual({});
      expect(password.after).toEqual({ passwordChanged: true });
      expect(textOf(password)).not.toContain('another-long-password');
    });

    it('records nothing for a refused change', async () => {
      const added = await eventsDuring(t, () =>
        t.http.patch(`/api/users/${adminId}`).set(admin).send({ role: 'recruiter' }).expect(409),
      );
      expect(added).toEqual([]);
    });
  });

  describe('jobs', () => {
    it('records a created job with its rubric', async () => {
      let created: JobView | undefined;
      const event = await oneEvent(t, 'job.created', async () => {
        const res = await t.http
          .post('/api/jobs')
          .set(manager)
          .send({ title: 'Site Reliability Engineer', items: [{ category: 'hard_skill', label: 'Linux' }] })
          .expect(201);
        created = res.body;
      });
      expect(event).toMatchObject({ actorId: managerId, entityType: 'job', entityId: created!.id, jobId: created!.id });
      expect(event.after).toMatchObject({
        title: 'Site Reliability Engineer',
        status: 'draft',
        rubricVersion: 1,
        version: 1,
        items: { [created!.items[0].id]: { label: 'Linux', category: 'hard_skill' } },
      });
    });

    it('records a rubric edit as the changed fields, with both version numbers', async () => {
      const before = (await t.http.get(`/api/jobs/${job.id}`).set(manager).expect(200)).body as JobView;
      let after: JobView | undefined;
      const event = await oneEvent(t, 'job.updated', async () => {
        const res = await t.http
          .patch(`/api/jobs/${job.id}`)
          .set(manager)
          .send({
            version: before.version,
            title: 'Audited Engineer II',
            items: [
              ...before.items.map(({ id, category, label }) => ({ id, category, label })),
              { category: 'soft_skill', label: 'Curiosity' },
            ],
          })
          .expect(200);
        after = res.body;
      });
      const added = after!.items.find((i) => i.label === 'Curiosity')!;
      expect(event).toMatchObject({ actorId: managerId, entityId: job.id, jobId: job.id });
      expect(event.before).toEqual({
        title: 'Audited Engineer',
        version: before.version,
        rubricVersion: before.rubricVersion,
      });
      expect(event.after).toEqual({
        title: 'Audited Engineer II',
        version: before.version + 1,
        rubricVersion: before.rubricVersion + 1,
        items: { [added.id]: expect.objectContaining({ label: 'Curiosity', category: 'soft_skill' }) },
      });
      job = after!;
    });
  });

  describe('applications', () => {
    it('records an application by ids, without the candidate’s personal data', async () => {
      const candidate = await newCandidate();
      let id = '';
      const event = await oneEvent(t, 'application.created', async () => {
        id = (await apply(t, recruiter, job.id, { candidateId: candidate.id })).id;
      });
      expect(event).toMatchObject({
        actorId: recruiterId,
        entityType: 'application',
        entityId: id,
        jobId: job.id,
        applicationId: id,
        after: { candidateId: candidate.id, stage: 'Applied', status: 'active' },
      });
      for (const personal of [candidate.name, candidate.email, '7946', 'Kubernetes']) {
        expect(textOf(event)).not.toContain(personal);
      }
    });

    it('records stage moves, rejection with its reason, undo, withdrawal and hire, each with from and to', async () => {
      const { id } = await newApplication();
      const applied = stageIdOf(job, 'Applied');
      const screen = stageIdOf(job, 'Résumé');
      const offer = stageIdOf(job, 'Offer');

      const moved = await oneEvent(t, 'application.moved', () =>
        move(id, { toStageId: screen, note: 'Looks promising' }).expect(200),
      );
      expect(moved).toMatchObject({ actorId: recruiterId, entityId: id, applicationId: id, jobId: job.id });
      expect(moved.before).toEqual({ stageId: applied, stage: 'Applied', status: 'active' });
      expect(moved.after).toEqual({
        stageId: screen,
        stage: 'Résumé screen',
        status: 'active',
        move: 'stage',
        reason: null,
      });

      const rejected = await oneEvent(t, 'application.moved', () =>
        move(id, { status: 'rejected', reason: 'Skills below the bar' }).expect(200),
      );
      expect(rejected.before).toMatchObject({ stageId: screen, status: 'active' });
      expect(rejected.after).toMatchObject({
        stageId: screen,
        status: 'rejected',
        move: 'rejected',
        reason: 'Skills below the bar',
      });

      const undone = await oneEvent(t, 'application.moved', () => move(id, { undoRejection: true }).expect(200));
      expect(undone.before).toMatchObject({ status: 'rejected' });
      expect(undone.after).toMatchObject({ stageId: screen, status: 'active', move: 'undo' });

      const withdrawn = await oneEvent(t, 'application.moved', () =>
        move(id, { status: 'withdrawn', reason: 'Took another offer' }).expect(200),
      );
      expect(withdrawn.after).toMatchObject({ status: 'withdrawn', move: 'withdrawn', reason: 'Took another offer' });
      await move(id, { undoRejection: true }).expect(200);

      await move(id, { toStageId: offer }).expect(200);
      const hired = await oneEvent(t, 'application.moved', () => move(id, { status: 'hired' }).expect(200));
      expect(hired.before).toMatchObject({ stageId: offer, stage: 'Offer', status: 'active' });
      expect(hired.after).toMatchObject({ status: 'hired', move: 'hired' });
    });

    it('records nothing for a refused move', async () => {
      const { id } = await newApplication();
      const added = await eventsDuring(t, () => move(id, { status: 'rejected' }).expect(400));
      expect(added).toEqual([]);
    });

    it('records a bulk move, rejection and tagging as one event each, listing every application', async () => {
      const ids = [(await newApplication()).id, (await newApplication()).id, (await newApplication()).id];
      const screen = stageIdOf(job, 'Résumé');
      const bulk = (body: object) => t.http.post('/api/applications/bulk').set(recruiter).send(body).expect(200);

      const moved = await oneEvent(t, 'applications.bulk_updated', () =>
        bulk({ applicationIds: ids, action: 'move', toStageId: screen }),
      );
      expect(moved).toMatchObject({ actorId: recruiterId, entityType: 'application', entityId: null, jobId: job.id });
      expect(moved.applicationId).toBeNull();
      expect(moved.after).toMatchObject({ action: 'move', toStageId: screen, applicationIds: ids });
      for (const id of ids) {
        expect(applicationsOf(moved.before)[id]).toMatchObject({ stage: 'Applied', status: 'active' });
        expect(applicationsOf(moved.after)[id]).toMatchObject({ stage: 'Résumé screen', status: 'active' });
      }

      const tagged = await oneEvent(t, 'applications.bulk_updated', () =>
        bulk({ applicationIds: ids, action: 'tag', tags: ['Campus'] }),
      );
      expect(tagged.after).toMatchObject({ action: 'tag', tags: ['Campus'], applicationIds: ids });
      expect(applicationsOf(tagged.before)[ids[0]]).toEqual({ tags: [] });
      expect(applicationsOf(tagged.after)[ids[0]]).toEqual({ tags: ['Campus'] });

      const rejected = await oneEvent(t, 'applications.bulk_updated', () =>
        bulk({ applicationIds: ids, action: 'reject', reason: 'Role filled' }),
      );
      expect(rejected.after).toMatchObject({ action: 'reject', reason: 'Role filled', applicationIds: ids });
      expect(applicationsOf(rejected.after)[ids[2]]).toMatchObject({ status: 'rejected' });
    });

    it('records nothing for a refused bulk request', async () => {
      const { id } = await newApplication();
      const added = await eventsDuring(t, () =>
        t.http
          .post('/api/applications/bulk')
          .set(recruiter)
          .send({ applicationIds: [id, '00000000-0000-4000-8000-000000000000'], action: 'tag', tags: ['x'] })
          .expect(404),
      );
      expect(added).toEqual([]);
    });

    it('records a public application with no actor and ids only', async () => {
      const event = await oneEvent(t, 'public_application.submitted', () =>
        t.http
          .post(`/api/public/jobs/${job.slug}/applications`)
          .field('name', 'Penny Public')
          .field('email', 'penny.public@example.com')
          .attach('resume', Buffer.from('Penny ran Postgres at scale'), 'penny.txt')
          .expect(201),
      );
      expect(event).toMatchObject({
        actorId: null,
        entityType: 'application',
        jobId: job.id,
        after: { stage: 'Applied', status: 'active', newCandidate: true, resumeStored: true },
      });
      expect(event.applicationId).toBe(event.entityId);
      for (const personal of ['Penny', 'penny.public', 'Postgres']) expect(textOf(event)).not.toContain(personal);
    });
  });

  describe('scorecards, decisions and notes', () => {
    it('records assignment, start, saves, submit and a revision with the ratings before and after', async () => {
      const { id } = await newApplication();
      const coding = stageIdOf(job, 'Coding');
      const assigned = await oneEvent(t, 'application.interviewer_assigned', () =>
        t.http
          .post(`/api/applications/${id}/interviewers`)
          .set(recruiter)
          .send({ userId: ivanId, stageId: coding })
          .expect(201),
      );
      expect(assigned).toMatchObject({
        actorId: recruiterId,
        entityType: 'application',
        entityId: id,
        applicationId: id,
        jobId: job.id,
        before: null,
        after: { userId: ivanId, stageId: coding, stage: 'Coding assessment' },
      });

      let cardId = '';
      const started = await oneEvent(t, 'scorecard.started', async () => {
        cardId = (
          await t.http.post(`/api/applications/${id}/scorecards`).set(ivan).send({ stageId: coding }).expect(201)
        ).body.id;
      });
      expect(started).toMatchObject({
        actorId: ivanId,
        entityType: 'scorecard',
        entityId: cardId,
        applicationId: id,
        jobId: job.id,
        before: null,
        after: { stageId: coding, status: 'draft', version: 1 },
      });

      const sql = item('SQL');
      const put = (body: object) => t.http.put(`/api/scorecards/${cardId}`).set(ivan).send(body).expect(200);
      const saved = await oneEvent(t, 'scorecard.saved', () =>
        put({
          version: 1,
          ratings: [{ itemId: sql, value: 2, note: 'Joins were shaky' }],
          redFlags: [],
          recommendation: 'no',
        }),
      );
      expect(saved).toMatchObject({ actorId: ivanId, entityId: cardId, applicationId: id });
      expect(saved.before).toEqual({ status: 'draft', version: 1, recommendation: null, ratings: {}, redFlags: [] });
      expect(saved.after).toEqual({
        status: 'draft',
        version: 2,
        recommendation: 'no',
        ratings: { [sql]: { item: 'SQL', value: 2 } },
        redFlags: [],
      });
      expect(textOf(saved)).not.toContain('Joins were shaky');

      const submitted = await oneEvent(t, 'scorecard.submitted', () =>
        t.http.post(`/api/scorecards/${cardId}/submit`).set(ivan).send({ version: 2 }).expect(200),
      );
      expect(submitted.before).toMatchObject({ status: 'draft', version: 2 });
      expect(submitted.after).toMatchObject({
        status: 'submitted',
        version: 3,
        recommendation: 'no',
        ratings: { [sql]: { item: 'SQL', value: 2 } },
      });

      const revised = await oneEvent(t, 'scorecard.revised', () =>
        put({ version: 3, ratings: [{ itemId: sql, value: 4 }], redFlags: [], recommendation: 'yes' }),
      );
      expect(revised.before).toMatchObject({ version: 3, ratings: { [sql]: { value: 2 } }, recommendation: 'no' });
      expect(revised.after).toMatchObject({
        status: 'submitted',
        version: 4,
        ratings: { [sql]: { value: 4 } },
        recommendation: 'yes',
        afterSeeingOthers: false,
      });

      const stale = await eventsDuring(t, () =>
        t.http.put(`/api/scorecards/${cardId}`).set(ivan).send({ version: 1, ratings: [], redFlags: [] }).expect(409),
      );
      expect(stale).toEqual([]);
    });

    it('records a decision with the proposal, the decision, the move and the reason', async () => {
      const { id } = await newApplication();
      const event = await oneEvent(t, 'application.decided', () =>
        t.http
          .post(`/api/applications/${id}/decision`)
          .set(manager)
          .send({ decision: 'reject', reason: 'Not enough backend depth' })
          .expect(201),
      );
      expect(event).toMatchObject({ actorId: managerId, entityType: 'application', entityId: id, applicationId: id });
      expect(event.before).toMatchObject({ stage: 'Applied', status: 'active', proposal: null });
      expect(event.after).toMatchObject({
        status: 'rejected',
        decision: 'reject',
        proposal: null,
        agreesWithProposal: false,
        reason: 'Not enough backend depth',
        override: false,
      });
    });

    it('records a note by its id and what it mentions, never its text', async () => {
      const { id } = await newApplication();
      const sql = item('SQL');
      const event = await oneEvent(t, 'note.added', () =>
        t.http
          .post(`/api/applications/${id}/notes`)
          .set(recruiter)
          .send({ body: 'Mentioned a sabbatical in 2024', itemId: sql })
          .expect(201),
      );
      const note = await t.dataSource.getRepository(NoteRow).findOneByOrFail({ applicationId: id });
      expect(event).toMatchObject({
        actorId: recruiterId,
        entityType: 'note',
        entityId: note.id,
        applicationId: id,
        jobId: job.id,
        after: { noteId: note.id, itemId: sql, redFlagTypeId: null },
      });
      expect(textOf(event)).not.toContain('sabbatical');
    });
  });

  describe('append-only', () => {
    it('refuses UPDATE and DELETE of audit rows', async () => {
      const count = await t.dataSource.getRepository(AuditEventRow).count();
      await expect(t.dataSource.query(`UPDATE audit_events SET action = 'user.created'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      expect(await t.dataSource.getRepository(AuditEventRow).count()).toBe(count);
    });

    // SQLite has no TRUNCATE: its equivalent is a DELETE without WHERE, which must still meet the trigger.
    it('refuses emptying the table at once (TRUNCATE on PostgreSQL)', async () => {
      const count = await t.dataSource.getRepository(AuditEventRow).count();
      const emptyAll = engine() === 'postgres' ? 'TRUNCATE audit_events' : 'DELETE FROM audit_events WHERE 1';
      await expect(t.dataSource.query(emptyAll)).rejects.toThrow(/append-only/);
      expect(await t.dataSource.getRepository(AuditEventRow).count()).toBe(count);
    });
  });

  describe('concurrent writes', () => {
    it('keeps one contiguous, verifiable chain under 40 parallel audited requests', async () => {
      const target = (await newApplication()).id;
      const movers = await Promise.all(Array.from({ length: 20 }, () => newApplication()));
      const screen = stageIdOf(job, 'Résumé');
      const added = await eventsDuring(t, async () => {
        const answers = await Promise.all([
          ...Array.from({ length: 20 }, (_, i) =>
            t.http
              .post(`/api/applications/${target}/notes`)
              .set(recruiter)
              .send({ body: `Parallel note ${i}` }),
          ),
          ...movers.map(({ id }) => move(id, { toStageId: screen })),
        ]);
        expect(answers.map((res) => res.status).sort()).toEqual([...Array(20).fill(200), ...Array(20).fill(201)]);
      });
      expect(added).toHaveLength(40);
      expect(added.filter((e) => e.action === 'note.added')).toHaveLength(20);
      expect(added.filter((e) => e.action === 'application.moved')).toHaveLength(20);
      const all = await t.dataSource
        .getRepository(AuditEventRow)
        .find({ select: { seq: true }, order: { seq: 'ASC' } });
      expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
      const verified = await t.http.get('/api/audit/verify').set(admin).expect(200);
      expect(verified.body).toEqual({ ok: true, checked: all.length, brokenAtSeq: null, reason: null });
    });
  });

  describe('GET /api/audit', () => {
    const list = (query: Record<string, string | number> = {}, auth: Auth = admin) =>
      t.http.get('/api/audit').query(query).set(auth);

    it('pages newest first with the actor’s name, and nextBeforeSeq walks the whole chain once', async () => {
      const total = await t.dataSource.getRepository(AuditEventRow).count();
      const first = (await list({ limit: 7 }).expect(200)).body as AuditPage;
      expect(first.events).toHaveLength(7);
      expect(first.events[0].seq).toBe(total);
      const seen: AuditEventView[] = [];
      let page = first;
      for (;;) {
        seen.push(...page.events);
        if (page.nextBeforeSeq === null) break;
        expect(page.nextBeforeSeq).toBe(page.events[page.events.length - 1].seq);
        page = (await list({ limit: 7, beforeSeq: page.nextBeforeSeq }).expect(200)).body;
      }
      expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => total - i));
      const signIn = seen.find((e) => e.action === 'session.signed_in' && e.actorId === adminId)!;
      expect(signIn.actorName).toBe('Ada Admin');
      expect(signIn.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(seen.find((e) => e.action === 'public_application.submitted')!.actorName).toBeNull();
    });

    it('filters by action, actor, entity, job and date range', async () => {
      const byAction = (await list({ action: 'job.updated', limit: 200 }).expect(200)).body as AuditPage;
      expect(byAction.events.length).toBeGreaterThan(0);
      expect(byAction.events.every((e) => e.action === 'job.updated')).toBe(true);

      const byActor = (await list({ actorId: ivanId, limit: 200 }).expect(200)).body as AuditPage;
      expect(new Set(byActor.events.map((e) => e.actorId))).toEqual(new Set([ivanId]));
      expect(byActor.events.map((e) => e.action)).toContain('scorecard.revised');

      const byEntity = (await list({ entityType: 'job', entityId: job.id }).expect(200)).body as AuditPage;
      expect(byEntity.events.map((e) => e.action).sort()).toEqual(['job.created', 'job.updated', 'job.updated']);

      const byJob = (await list({ jobId: job.id, action: 'note.added', limit: 200 }).expect(200)).body as AuditPage;
      expect(byJob.events.length).toBeGreaterThanOrEqual(21);
      expect(byJob.events.every((e) => e.jobId === job.id)).toBe(true);

      const future = (await list({ from: '2999-01-01' }).expect(200)).body as AuditPage;
      expect(future).toEqual({ events: [], nextBeforeSeq: null });
      const newest = (await list({ limit: 1 }).expect(200)).body.events[0] as AuditEventView;
      const around = (
        await list({ from: newest.at, to: new Date(Date.parse(newest.at) + 1).toISOString() }).expect(200)
      ).body as AuditPage;
      expect(around.events.map((e) => e.seq)).toContain(newest.seq);
      const before = (await list({ to: newest.at, limit: 1 }).expect(200)).body as AuditPage;
      expect(before.events[0].seq).toBeLessThan(newest.seq);
    });

    it('finds an application’s own events and the bulk events that list it', async () => {
      const ids = [(await newApplication()).id, (await newApplication()).id];
      await move(ids[0], { toStageId: stageIdOf(job, 'Résumé') }).expect(200);
      await t.http
        .post('/api/applications/bulk')
        .set(recruiter)
        .send({ applicationIds: ids, action: 'tag', tags: ['Shortlisted'] })
        .expect(200);
      const page = (await list({ applicationId: ids[0] }).expect(200)).body as AuditPage;
      expect(page.events.map((e) => e.action)).toEqual([
        'applications.bulk_updated',
        'application.moved',
        'application.created',
      ]);
      const other = (await list({ applicationId: ids[1] }).expect(200)).body as AuditPage;
      expect(other.events.map((e) => e.action)).toEqual(['applications.bulk_updated', 'application.created']);
    });

    it.each([
      [{ action: 'job.deleted' }, 'action'],
      [{ actorId: 'not-a-uuid' }, 'actorId'],
      [{ entityType: 'planet' }, 'entityType'],
      [{ entityId: 'x'.repeat(65) }, 'entityId'],
      [{ jobId: '42' }, 'jobId'],
      [{ applicationId: 'abc' }, 'applicationId'],
      [{ from: 'yesterday' }, 'from'],
      [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
      [{ beforeSeq: 'abc' }, 'beforeSeq'],
      [{ beforeSeq: 0 }, 'beforeSeq'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ page: 2 }, 'page'],
    ])('answers %j with 400 problem details naming %s', async (query, field) => {
      const res = await list(query as Record<string, string | number>);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('is for admins only: 401 without a session, 403 for every other role', async () => {
      for (const route of ['/api/audit', '/api/audit/verify']) {
        await t.http.get(route).expect(401);
        for (const auth of [recruiter, manager, ivan]) await t.http.get(route).set(auth).expect(403);
      }
    });
  });
});

describe(`tampering with the audit log on ${engine()}`, () => {
  let t: TestApp;
  let admin: Auth;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, DEMO.admin);
    const manager = await signIn(t, DEMO.manager);
    await openJob(t, manager, 'Tamper-proof Engineer');
  });
  afterAll(() => t.close());

  it('verifies an untouched chain by API and by CLI', async () => {
    const count = await t.dataSource.getRepository(AuditEventRow).count();
    expect(count).toBeGreaterThan(5);
    const res = await t.http.get('/api/audit/verify').set(admin).expect(200);
    expect(res.body).toEqual({ ok: true, checked: count, brokenAtSeq: null, reason: null });
    const cli = verifyAuditCli(t);
    expect({ status: cli.status, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
      status: 0,
      stdout: `audit chain ok: ${count} events\n`,
      stderr: '',
    });
  }, 300_000);

  it('finds an edited event, by API and by CLI (exit 1)', async () => {
    const victim = await t.dataSource.getRepository(AuditEventRow).findOneByOrFail({ action: 'job.created' });
    await tamper(t, `UPDATE audit_events SET after = ${param(1)} WHERE seq = ${param(2)}`, [
      JSON.stringify({ title: 'Something else' }),
      victim.seq,
    ]);
    const res = await t.http.get('/api/audit/verify').set(admin).expect(200);
    expect(res.body).toEqual({
      ok: false,
      checked: victim.seq - 1,
      brokenAtSeq: victim.seq,
      reason: 'content does not match its hash',
    });
    const cli = verifyAuditCli(t);
    expect({ status: cli.status, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
      status: 1,
      stdout: `audit chain broken at event ${victim.seq}: content does not match its hash\n`,
      stderr: '',
    });
  }, 300_000);

  it('finds a removed event at the one after it', async () => {
    const fresh = await startTestApp();
    try {
      const events = fresh.dataSource.getRepository(AuditEventRow);
      const count = await events.count();
      await tamper(fresh, `DELETE FROM audit_events WHERE seq = ${param(1)}`, [2]);
      expect(await events.count()).toBe(count - 1);
      const res = await fresh.http
        .get('/api/audit/verify')
        .set(await signIn(fresh, DEMO.admin))
        .expect(200);
      expect(res.body).toMatchObject({ ok: false, checked: 1, brokenAtSeq: 3, reason: 'expected event 2, found 3' });
    } finally {
      await fresh.close();
    }
  });
});
