import type { JobView, LiveChangeEvent } from '@shortlist/contracts';
import { Client } from 'pg';
import { IsNull } from 'typeorm';
import { Session } from '../src/auth/session.entity';
import { EventsService } from '../src/events/events.service';
import { encodeNotification } from '../src/events/feed-change';
import { CHANGES_CHANNEL } from '../src/events/pg-change-listener';
import { User } from '../src/users/user.entity';
import { apply, createCandidate, openJob, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import type { Auth } from './jobs-fixtures';
import { SseClient, SseEvent } from './sse-client';

const change = (event: SseEvent): LiveChangeEvent => JSON.parse(event.data);

describe(`live changes (GET /api/events) on ${engine()}`, () => {
  let t: TestApp;
  let base: string;
  let recruiter: Auth;
  let manager: Auth;
  let job: JobView;
  let seq = 0;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    // A one-second heartbeat, so a revoked session is noticed within the test's patience.
    t = await startTestApp({ EVENTS_HEARTBEAT_SECONDS: '1' });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
    // No stage interviewers: who may see an application is decided per application.
    job = await openJob(t, manager, 'Live Engineer');
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(() => t.close());

  const open = async (auth: Auth) => {
    const stream = await SseClient.open(`${base}/api/events`, auth);
    streams.push(stream);
    return stream;
  };
  const newApplication = async (): Promise<string> => {
    seq += 1;
    const candidate = await createCandidate(t, recruiter, { name: `Live ${seq}`, email: `live${seq}@example.com` });
    return (await apply(t, recruiter, job.id, { candidateId: candidate.id })).id;
  };
  const moveToScreen = (applicationId: string) =>
    t.http
      .post(`/api/applications/${applicationId}/moves`)
      .set(recruiter)
      .send({ toStageId: stageIdOf(job, 'Résumé') })
      .expect(200);
  /** The next change event, skipping what else the stream carries (other tests' changes are over by now). */
  const nextChange = async (stream: SseClient, timeoutMs = 1_000): Promise<SseEvent> => {
    for (;;) {
      const event = await stream.next(timeoutMs);
      if (event.event === 'change') return event;
    }
  };

  it('streams a stage move to a recruiter within a second, with ids only', async () => {
    const applicationId = await newApplication();
    const stream = await open(recruiter);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('cache-control')).toMatch(/no-cache/);
    expect(stream.response.headers.get('cache-control')).toMatch(/no-transform/);
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(stream.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(stream.retry).toBeGreaterThan(0);

    const movedAt = Date.now();
    await moveToScreen(applicationId);
    const event = await nextChange(stream);
    expect(event.receivedAt - movedAt).toBeLessThan(1_000);
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(change(event)).toEqual({
      action: 'application.moved',
      jobId: job.id,
      applicationIds: [applicationId],
      at: expect.any(String),
    });
    expect(event.data).not.toMatch(/Live \d|@example\.com/);
    // Delivered once, though on PostgreSQL it also comes back through LISTEN.
    const later = await stream.drain(500);
    expect(later.filter((e) => e.id === event.id)).toEqual([]);
  });

  it('streams to an interviewer only what they are assigned to, narrowed to those applications', async () => {
    const assigned = await newApplication();
    const other = await newApplication();
    const ivanId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.interviewer })).id;
    await t.http
      .post(`/api/applications/${assigned}/interviewers`)
      .set(recruiter)
      .send({ userId: ivanId, stageId: stageIdOf(job, 'Coding') })
      .expect(201);
    const ivan = await signIn(t, DEMO.interviewer);
    const stream = await open(ivan);

    await moveToScreen(other);
    await moveToScreen(assigned);
    const first = await nextChange(stream);
    expect(change(first)).toMatchObject({ action: 'application.moved', jobId: job.id, applicationIds: [assigned] });

    const events = t.app.get(EventsService);
    const base = { id: 'x', action: 'applications.bulk_updated', jobId: job.id, at: new Date().toISOString() } as const;
    const viewer = { id: ivanId, role: 'interviewer' } as const;
    // A change of both lists only the assigned one; "the whole job" becomes the assigned ones.
    await expect(events.visibleTo({ ...base, applicationIds: [other, assigned] }, viewer)).resolves.toMatchObject({
      applicationIds: [assigned],
    });
    await expect(events.visibleTo({ ...base, applicationIds: null }, viewer)).resolves.toMatchObject({
      applicationIds: [assigned],
    });
    await expect(events.visibleTo({ ...base, applicationIds: [other] }, viewer)).resolves.toBeUndefined();
    const irisId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: 'interviewer2@shortlist.test' }))
      .id;
    const iris = { id: irisId, role: 'interviewer' } as const;
    await expect(events.visibleTo({ ...base, applicationIds: null }, iris)).resolves.toBeUndefined();
    await expect(events.visibleTo({ ...base, applicationIds: [] }, iris)).resolves.toBeUndefined();
    await expect(events.visibleTo({ ...base, applicationIds: [] }, viewer)).resolves.toMatchObject({ jobId: job.id });
    await expect(
      events.visibleTo({ ...base, jobId: null, applicationIds: [] }, { id: ivanId, role: 'interviewer' }),
    ).resolves.toBeUndefined();
    await expect(
      events.visibleTo({ ...base, action: 'session.signed_in', applicationIds: [] }, { id: 'r', role: 'recruiter' }),
    ).resolves.toBeUndefined();
  });

  it("streams a submitted scorecard to the job's recruiter", async () => {
    const applicationId = await newApplication();
    const ivanId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.interviewer })).id;
    const coding = stageIdOf(job, 'Coding');
    await t.http
      .post(`/api/applications/${applicationId}/interviewers`)
      .set(recruiter)
      .send({ userId: ivanId, stageId: coding })
      .expect(201);
    const ivan = await signIn(t, DEMO.interviewer);
    const started = await t.http
      .post(`/api/applications/${applicationId}/scorecards`)
      .set(ivan)
      .send({ stageId: coding })
      .expect(201);
    const saved = await t.http
      .put(`/api/scorecards/${started.body.id}`)
      .set(ivan)
      .send({ version: started.body.version, ratings: [], redFlags: [], recommendation: 'yes' })
      .expect(200);
    const stream = await open(recruiter);

    const submittedAt = Date.now();
    await t.http
      .post(`/api/scorecards/${started.body.id}/submit`)
      .set(ivan)
      .send({ version: saved.body.version })
      .expect(200);
    const event = await nextChange(stream);
    expect(event.receivedAt - submittedAt).toBeLessThan(1_000);
    expect(change(event)).toMatchObject({
      action: 'scorecard.submitted',
      jobId: job.id,
      applicationIds: [applicationId],
    });
  });

  it('is documented as a text/event-stream', async () => {
    const docs = await t.http.get('/api/docs-json').expect(200);
    const operation = docs.body.paths['/api/events'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/event-stream']);
    expect(operation.responses['401']).toBeDefined();
  });

  it('refuses an anonymous stream with 401 problem details', async () => {
    const res = await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await expect(res.json()).resolves.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('ends the stream when its session is revoked', async () => {
    const session = await signIn(t, DEMO.recruiter);
    const stream = await open(session);
    await t.http.post('/api/auth/logout').set(session).expect(204);
    const revokedAt = Date.now();
    await stream.ended;
    // Signing out is announced, so the stream ends at once; a heartbeat (here every second) would catch it too.
    expect(Date.now() - revokedAt).toBeLessThan(2_500);
  });

  it('ends the stream at the next heartbeat when its session is revoked without a sign-out', async () => {
    const session = await signIn(t, DEMO.recruiter);
    const stream = await open(session);
    await t.dataSource.getRepository(Session).update({ revokedAt: IsNull() }, { revokedAt: new Date() });
    const revokedAt = Date.now();
    await stream.ended;
    expect(Date.now() - revokedAt).toBeLessThan(2_500);
    recruiter = await signIn(t, DEMO.recruiter);
  });

  it('sends a heartbeat comment and keeps a live session open', async () => {
    const stream = await open(recruiter);
    await stream.drain(1_500);
    expect(stream.comments).toContain('heartbeat');
    expect(stream.isEnded).toBe(false);
  });

  // LISTEN/NOTIFY exists only on PostgreSQL; on SQLite there is one process per database file.
  const onPostgres = engine() === 'postgres' ? describe : () => undefined;
  onPostgres('between processes (PostgreSQL LISTEN/NOTIFY)', () => {
    const notify = async (payload: string) => {
      const client = new Client({ connectionString: t.database.url });
      await client.connect();
      try {
        await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
      } finally {
        await client.end();
      }
    };
    const fromElsewhere = (id: string) =>
      encodeNotification('another-process', {
        id,
        action: 'application.moved',
        jobId: job.id,
        applicationIds: null,
        at: new Date().toISOString(),
      });

    it("passes on another process's change, and ignores what it cannot read", async () => {
      const stream = await open(recruiter);
      await notify('not json');
      const sentAt = Date.now();
      await notify(fromElsewhere('11111111-1111-4111-8111-111111111111'));
      const event = await nextChange(stream);
      expect(event.id).toBe('11111111-1111-4111-8111-111111111111');
      expect(change(event)).toMatchObject({ jobId: job.id, applicationIds: null });
      expect(event.receivedAt - sentAt).toBeLessThan(1_000);
    });

    it('reconnects a lost LISTEN connection and tells streams to resync', async () => {
      const stream = await open(recruiter);
      await t.dataSource.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'shortlist-events' AND datname = current_database()",
      );
      const resync = await stream.next(5_000);
      expect(resync.event).toBe('resync');
      await notify(fromElsewhere('22222222-2222-4222-8222-222222222222'));
      await expect(nextChange(stream)).resolves.toMatchObject({ id: '22222222-2222-4222-8222-222222222222' });
    });
  });
});
