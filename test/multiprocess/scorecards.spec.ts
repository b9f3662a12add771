import type {
  AssessmentView,
  AuditPage,
  AuditVerification,
  JobView,
  PipelineView,
  ScorecardView,
} from '@shortlist/contracts';
import { storedScoreOf } from '@shortlist/scoring';
import { createTestDatabase, DEMO, type TestDatabase } from '../../apps/api/test/harness';
import { runSeed, seededRandom } from '../support/random';
import { type ApiProcess, startApi } from '../support/server';

/**
 * Issue 8, point 12: two API processes on one PostgreSQL database take every
 * interviewer's scorecard for the demo job's applications at once, each step
 * sent to a process at random, with two conflicting autosaves per scorecard
 * (one through each process). Nothing is lost: every scorecard holds its
 * winning ratings, every application's stored score is the one its submitted
 * scorecards imply, the audit chain verifies without gaps, and both processes
 * answer the same state.
 */
const seed = runSeed();
type Auth = { authorization: string };

describe(`concurrent scorecard submissions through two API processes (seed ${seed})`, () => {
  const random = seededRandom(seed, 'multiprocess-scorecards');
  let database: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = { DATABASE_URL: database.url, SEED_DEMO: 'true' };
    a = await startApi(env);
    b = await startApi(env);
  }, 150_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  }, 60_000);

  const call = async (server: ApiProcess, method: string, url: string, auth: Auth | null, body?: unknown) => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(auth ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const read = async <T>(server: ApiProcess, url: string, auth: Auth): Promise<T> => {
    const res = await call(server, 'GET', url, auth);
    if (res.status !== 200) throw new Error(`GET ${url} on ${server.url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  const login = async (email: string): Promise<Auth> => {
    const res = await call(a, 'POST', '/api/auth/login', null, { email, password: DEMO.password });
    expect(res.status).toBe(200);
    return { authorization: `Bearer ${res.body.accessToken as string}` };
  };
  const either = () => (random.next() < 0.5 ? a : b);

  it('loses no rating or score, keeps the audit chain whole, and both processes agree', async () => {
    const [recruiter, admin, ivan, iris] = await Promise.all(
      [DEMO.recruiter, DEMO.admin, DEMO.interviewer, 'interviewer2@shortlist.test'].map(login),
    );
    const people = [
      { auth: ivan, id: (await read<{ id: string }>(a, '/api/me', ivan)).id },
      { auth: iris, id: (await read<{ id: string }>(a, '/api/me', iris)).id },
    ];
    const jobs = await read<{ items: { id: string; title: string }[] }>(a, '/api/jobs', recruiter);
    const jobId = jobs.items.find((job) => job.title === 'Backend Engineer Intern')!.id;
    const job = await read<JobView>(a, `/api/jobs/${jobId}`, recruiter);
    const board = await read<PipelineView>(a, `/api/jobs/${jobId}/pipeline`, recruiter);
    const applicationIds = board.stages.flatMap((stage) => stage.applications.map((card) => card.applicationId));
    const stages = board.stages.filter((stage) => stage.kind === 'interview').slice(0, 2);
    expect(applicationIds.length).toBeGreaterThanOrEqual(5);
    expect(stages).toHaveLength(2);

    // Every application × two interview stages × both interviewers: one scorecard each.
    const slots = applicationIds.flatMap((applicationId) =>
      stages.flatMap((stage) => people.map((person) => ({ applicationId, stageId: stage.id, person }))),
    );
    for (const slot of slots) {
      const assigned = await call(either(), 'POST', `/api/applications/${slot.applicationId}/interviewers`, recruiter, {
        userId: slot.person.id,
        stageId: slot.stageId,
      });
      expect(assigned.status).toBe(201);
    }

    const edit = () => ({
      ratings: job.items.map((item) => ({
        itemId: item.id,
        value: item.category === 'prerequisite' ? random.pick(['met', 'not_met'] as const) : random.pick([1, 2, 3, 4]),
      })),
      redFlags: [],
      recommendation: random.pick(['strong_yes', 'yes', 'no', 'strong_no'] as const),
    });
    const flows = slots.map(async (slot) => {
      const started = await call(
        either(),
        'POST',
        `/api/applications/${slot.applicationId}/scorecards`,
        slot.person.auth,
        {
          stageId: slot.stageId,
        },
      );
      expect(started.status).toBe(201);
      const id = started.body.id as string;
      // Two tabs autosave version 1 at once, one on each process: exactly one is kept.
      const edits = [edit(), edit()];
      const saves = await Promise.all(
        [a, b].map((server, i) =>
          call(server, 'PUT', `/api/scorecards/${id}`, slot.person.auth, { version: 1, ...edits[i] }),
        ),
      );
      expect(saves.map((s) => s.status).sort()).toEqual([200, 409]);
      const winner = edits[saves.findIndex((s) => s.status === 200)];
      const submitted = await call(either(), 'POST', `/api/scorecards/${id}/submit`, slot.person.auth, { version: 2 });
      expect(submitted.status).toBe(200);
      return { id, applicationId: slot.applicationId, winner };
    });
    const cards = await Promise.all(flows);

    for (const applicationId of applicationIds) {
      const [fromA, fromB] = await Promise.all(
        [a, b].map((server) =>
          read<ScorecardView[]>(server, `/api/applications/${applicationId}/scorecards`, recruiter),
        ),
      );
      expect(fromB).toEqual(fromA);
      for (const card of cards.filter((c) => c.applicationId === applicationId)) {
        const stored = fromA.find((view) => view.id === card.id)!;
        expect(stored).toMatchObject({ status: 'submitted', version: 3, recommendation: card.winner.recommendation });
        const byItem = (x: { itemId: string }, y: { itemId: string }) => x.itemId.localeCompare(y.itemId);
        expect(stored.ratings.map(({ itemId, value }) => ({ itemId, value })).sort(byItem)).toEqual(
          [...card.winner.ratings].sort(byItem),
        );
      }
      // The stored score is what all four submitted scorecards imply, not what one submit saw alone.
      const [assessA, assessB] = await Promise.all(
        [a, b].map((server) =>
          read<AssessmentView>(server, `/api/applications/${applicationId}/assessment`, recruiter),
        ),
      );
      expect(assessB).toEqual(assessA);
      expect(assessA.scorecards).toHaveLength(stages.length * people.length);
      const application = await read<Record<string, unknown>>(b, `/api/applications/${applicationId}`, recruiter);
      expect(application).toMatchObject(storedScoreOf(assessA));
    }

    const [verifyA, verifyB] = await Promise.all(
      [a, b].map((server) => read<AuditVerification>(server, '/api/audit/verify', admin)),
    );
    expect(verifyA).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(verifyB).toEqual(verifyA);
    // One event per kept change: every winning save and every submit, none for a refused save.
    for (const action of ['scorecard.saved', 'scorecard.submitted']) {
      const page = await read<AuditPage>(either(), `/api/audit?action=${action}&jobId=${jobId}&limit=200`, admin);
      expect(page.events.map((event) => event.entityId).sort()).toEqual(cards.map((card) => card.id).sort());
    }
    const [boardA, boardB] = await Promise.all(
      [a, b].map((server) => read<PipelineView>(server, `/api/jobs/${jobId}/pipeline`, recruiter)),
    );
    expect(boardB).toEqual(boardA);
  }, 180_000);
});
