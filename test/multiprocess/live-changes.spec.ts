import type { LiveChangeEvent, PipelineView } from '@shortlist/contracts';
import { createTestDatabase, DEMO, type TestDatabase } from '../../apps/api/test/harness';
import { SseClient, type SseEvent } from '../../apps/api/test/sse-client';
import { type ApiProcess, startApi } from '../support/server';

/**
 * Two real API processes (the built server) on one PostgreSQL database: a
 * change made through one reaches the live-changes streams of the other
 * within a second, through LISTEN/NOTIFY.
 */
describe('live changes across two API processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let auth: { Authorization: string };
  let jobId: string;
  let screenStageId: string;
  let applied: string[];
  const streams: SseClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = { DATABASE_URL: database.url, SEED_DEMO: 'true' };
    // One after the other: the first migrates and seeds the demo job; the second finds them done.
    a = await startApi(env);
    b = await startApi(env);
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO.recruiter, password: DEMO.password }),
    });
    expect(login.status).toBe(200);
    auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const jobs = (await (await fetch(`${a.url}/api/jobs`, { headers: auth })).json()) as {
      items: { id: string; title: string }[];
    };
    jobId = jobs.items.find((job) => job.title === 'Backend Engineer Intern')!.id;
    const board = (await (
      await fetch(`${a.url}/api/jobs/${jobId}/pipeline`, { headers: auth })
    ).json()) as PipelineView;
    screenStageId = board.stages.find((stage) => stage.name === 'Résumé screen')!.id;
    applied = board.stages.find((stage) => stage.name === 'Applied')!.applications.map((card) => card.applicationId);
    expect(applied.length).toBeGreaterThanOrEqual(2);
  }, 150_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    // Killed whatever happened above; each stop() escalates to SIGKILL after 10 s.
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  }, 60_000);

  const open = async (server: ApiProcess) => {
    const stream = await SseClient.open(`${server.url}/api/events`, auth);
    streams.push(stream);
    expect(stream.response.status).toBe(200);
    return stream;
  };
  const move = async (server: ApiProcess, applicationId: string) => {
    const res = await fetch(`${server.url}/api/applications/${applicationId}/moves`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ toStageId: screenStageId }),
    });
    expect(res.status).toBe(200);
  };
  const nextChange = async (stream: SseClient): Promise<SseEvent> => {
    for (;;) {
      const event = await stream.next(1_000);
      if (event.event === 'change') return event;
    }
  };

  it.each([
    ['A to B', 0],
    ['B to A', 1],
  ])('delivers a stage move from %s within a second', async (_, index) => {
    const [writer, reader] = index === 0 ? [a, b] : [b, a];
    const applicationId = applied[index];
    const stream = await open(reader);
    const movedAt = Date.now();
    await move(writer, applicationId);
    const event = await nextChange(stream);
    expect(event.receivedAt - movedAt).toBeLessThan(1_000);
    expect(JSON.parse(event.data) as LiveChangeEvent).toMatchObject({
      action: 'application.moved',
      jobId,
      applicationIds: [applicationId],
    });
  });

  it('stops promptly on SIGTERM with streams still open', async () => {
    await open(a);
    await open(b);
    const [stoppedA, stoppedB] = await Promise.all([a.stop(), b.stop()]);
    // null would mean it hung and had to be killed.
    expect(stoppedA).not.toBeNull();
    expect(stoppedB).not.toBeNull();
    await Promise.all(streams.map((stream) => stream.ended));
  });
});
