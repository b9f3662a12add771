import { type AuditAction, type JobView, RECOMMENDATIONS, type SaveScorecardRequest } from '@shortlist/contracts';
import { storedScoreOf } from '@shortlist/scoring';
import type { Response } from 'supertest';
import { runSeed, seededRandom } from '../../../../test/support/random';
import { Application } from '../../src/applications/application.entity';
import { AuditEventRow } from '../../src/audit/audit-event.entity';
import { Scorecard, ScorecardRating, ScorecardRevision } from '../../src/scorecards/scorecard.entity';
import { User } from '../../src/users/user.entity';
import { apply, createCandidate, stageIdOf } from '../candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, type TestApp } from '../harness';
import { type Auth, createJob } from '../jobs-fixtures';

/** Issue 8, point 3: parallel edits from one version; PostgreSQL runs more of them, as it runs them truly at once. */
const PARALLEL = engine() === 'postgres' ? 200 : 50;
const seed = runSeed();

describe(`lost updates on ${engine()}: ${PARALLEL} parallel scorecard edits from one version (seed ${seed})`, () => {
  const random = seededRandom(seed, 'lost-updates');
  let t: TestApp;
  let ivan: Auth;
  let recruiter: Auth;
  let ivanId: string;
  let job: JobView;
  let coding: string;
  let cardId: string;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
    const manager = await signIn(t, DEMO.manager);
    ivan = await signIn(t, DEMO.interviewer);
    ivanId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.interviewer })).id;
    const created = await createJob(t, manager, {
      title: 'Reliability Engineer',
      items: [
        { category: 'prerequisite', label: 'Right to work in the EU', mustHave: true },
        { category: 'hard_skill', label: 'SQL', weight: 2 },
        { category: 'hard_skill', label: 'Kubernetes' },
        { category: 'hard_skill', label: 'Observability' },
        { category: 'soft_skill', label: 'Communication' },
        { category: 'qualification', label: 'Degree in computing' },
      ],
      redFlagTypes: [{ label: 'Poor communication' }],
    });
    job = (await t.http.patch(`/api/jobs/${created.id}`).set(manager).send({ version: 1, status: 'open' }).expect(200))
      .body;
    coding = stageIdOf(job, 'Coding');
    const candidate = await createCandidate(t, recruiter, { name: 'Parallel Person', email: 'parallel@example.com' });
    applicationId = (await apply(t, recruiter, job.id, { candidateId: candidate.id })).id;
    await t.http
      .post(`/api/applications/${applicationId}/interviewers`)
      .set(recruiter)
      .send({ userId: ivanId, stageId: coding })
      .expect(201);
    const started = await t.http
      .post(`/api/applications/${applicationId}/scorecards`)
      .set(ivan)
      .send({ stageId: coding })
      .expect(201);
    cardId = started.body.id;
  });
  afterAll(() => t?.close());

  /** Edit `i` of a round: every item rated at random, so any two edits differ and the stored rows name their author. */
  const edit = (version: number, round: string, i: number): SaveScorecardRequest => ({
    version,
    ratings: job.items.map((item) => ({
      itemId: item.id,
      value:
        item.category === 'prerequisite'
          ? random.pick(['met', 'not_met'] as const)
          : random.pick([1, 2, 3, 4] as const),
      note: `${round} edit ${i}`,
    })),
    redFlags: [],
    recommendation: random.pick(RECOMMENDATIONS),
    takeaways: `${round} edit ${i}`,
  });

  const put = (body: SaveScorecardRequest) => t.http.put(`/api/scorecards/${cardId}`).set(ivan).send(body);

  /** Exactly one 200 and every other answer a 409 problem naming the conflict; returns the winner's index. */
  function oneWinner(results: Response[]): number {
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(PARALLEL - 1);
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(loser.body).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    }
    return statuses.indexOf(200);
  }

  /** The stored scorecard is exactly the winner's edit: no loser's rating slipped in, none of the winner's is missing. */
  async function storedIs(body: SaveScorecardRequest, version: number, status: Scorecard['status']) {
    const row = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: cardId });
    expect(row).toMatchObject({ version, status, recommendation: body.recommendation, takeaways: body.takeaways });
    const ratings = await t.dataSource.getRepository(ScorecardRating).findBy({ scorecardId: cardId });
    const stored = ratings.map((r) => ({ itemId: r.itemId, value: r.value, note: r.note }));
    const expected = body.ratings.map((r) => ({ itemId: r.itemId, value: String(r.value), note: r.note }));
    const byItem = (a: { itemId: string }, b: { itemId: string }) => a.itemId.localeCompare(b.itemId);
    expect(stored.sort(byItem)).toEqual(expected.sort(byItem));
  }

  const auditOf = (action: AuditAction) =>
    t.dataSource.getRepository(AuditEventRow).find({ where: { entityId: cardId, action }, order: { seq: 'ASC' } });

  it(`of ${PARALLEL} draft saves from version 1, exactly one is stored and the others answer 409`, async () => {
    const edits = Array.from({ length: PARALLEL }, (_, i) => edit(1, 'draft', i));
    const winner = oneWinner(await Promise.all(edits.map(put)));
    await storedIs(edits[winner], 2, 'draft');
    const saved = await auditOf('scorecard.saved');
    expect(saved).toHaveLength(1);
    expect(saved[0].after).toMatchObject({ version: 2, recommendation: edits[winner].recommendation });
  });

  it(`of ${PARALLEL} submits of version 2, exactly one goes through, with one revision and one stored score`, async () => {
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        t.http.post(`/api/scorecards/${cardId}/submit`).set(ivan).send({ version: 2 }),
      ),
    );
    oneWinner(results);
    expect(await t.dataSource.getRepository(ScorecardRevision).countBy({ scorecardId: cardId })).toBe(1);
    expect(await auditOf('scorecard.submitted')).toHaveLength(1);
    expect((await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: cardId })).version).toBe(3);
  });

  it(`of ${PARALLEL} revisions of the submitted version 3, exactly one is stored and scored`, async () => {
    const edits = Array.from({ length: PARALLEL }, (_, i) => edit(3, 'revision', i));
    const winner = oneWinner(await Promise.all(edits.map(put)));
    await storedIs(edits[winner], 4, 'submitted');
    expect(await t.dataSource.getRepository(ScorecardRevision).countBy({ scorecardId: cardId })).toBe(2);
    expect(await auditOf('scorecard.revised')).toHaveLength(1);
    // The stored score is the one the winner's ratings imply, assessed afresh from the stored scorecards.
    const assessment = await t.http.get(`/api/applications/${applicationId}/assessment`).set(recruiter).expect(200);
    const application = await t.dataSource.getRepository(Application).findOneByOrFail({ id: applicationId });
    expect(application).toMatchObject(storedScoreOf(assessment.body));
    expect(application.score).not.toBeNull();
  });
});
