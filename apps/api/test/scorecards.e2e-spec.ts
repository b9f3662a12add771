import type { JobView } from '@shortlist/contracts';
import { storedScoreOf } from '@shortlist/scoring';
import { Application } from '../src/applications/application.entity';
import { ApplicationInterviewer } from '../src/applications/application-interviewer.entity';
import { DecisionRow } from '../src/scorecards/decision.entity';
import { Scorecard, ScorecardRating, ScorecardRevision } from '../src/scorecards/scorecard.entity';
import { ScoringService } from '../src/scorecards/scoring.service';
import { User } from '../src/users/user.entity';
import { apply, createCandidate, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob } from './jobs-fixtures';

/**
 * The hand-computed fixture: a must-have prerequisite P, hard skills SQL
 * (weight 2) and Kubernetes (weight 1), soft skill Communication (weight 1);
 * W = qualification 30, hard_skill 40, soft_skill 30; thresholds 70 / 50 / 50.
 */
describe(`scorecards, scoring and decisions on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  let manager: Auth;
  let admin: Auth;
  let ivan: Auth;
  let iris: Auth;
  let ivanId: string;
  let irisId: string;
  let job: JobView;
  let coding: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
    admin = await signIn(t, DEMO.admin);
    ivan = await signIn(t, DEMO.interviewer);
    iris = await signIn(t, 'interviewer2@shortlist.test');
    const users = t.dataSource.getRepository(User);
    ivanId = (await users.findOneByOrFail({ email: DEMO.interviewer })).id;
    irisId = (await users.findOneByOrFail({ email: 'interviewer2@shortlist.test' })).id;
    const created = await createJob(t, manager, {
      title: 'Data Engineer',
      items: [
        { category: 'prerequisite', label: 'Right to work in the EU', mustHave: true },
        { category: 'hard_skill', label: 'SQL', weight: 2 },
        { category: 'hard_skill', label: 'Kubernetes', weight: 1 },
        { category: 'soft_skill', label: 'Communication', weight: 1 },
      ],
      categoryWeights: { qualification: 30, hard_skill: 40, soft_skill: 30 },
      thresholds: { advance: 70, discuss: 50, minCoverage: 50 },
      redFlagTypes: [{ label: 'Poor communication' }, { label: 'Resistance to feedback' }],
    });
    const opened = await t.http
      .patch(`/api/jobs/${created.id}`)
      .set(manager)
      .send({ version: created.version, status: 'open' })
      .expect(200);
    job = opened.body;
    coding = stageIdOf(job, 'Coding');
  });
  afterAll(() => t.close());

  const item = (label: string) => job.items.find((i) => i.label === label)!.id;
  const flag = (label: string) => job.redFlagTypes.find((f) => f.label === label)!.id;
  const newApplication = async (knockoutAnswers?: { itemId: string; met: boolean }[]) => {
    seq += 1;
    const c = await createCandidate(t, recruiter, { name: `Candidate ${seq}`, email: `sc${seq}@example.com` });
    return (await apply(t, recruiter, job.id, { candidateId: c.id, knockoutAnswers })).id as string;
  };
  const assign = (applicationId: string, userId: string, auth: Auth = recruiter, stageId = coding) =>
    t.http.post(`/api/applications/${applicationId}/interviewers`).set(auth).send({ userId, stageId });
  const start = async (applicationId: string, auth: Auth) => {
    const res = await t.http.post(`/api/applications/${applicationId}/scorecards`).set(auth).send({ stageId: coding });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  const put = (id: string, auth: Auth, body: object) => t.http.put(`/api/scorecards/${id}`).set(auth).send(body);
  const submit = (id: string, auth: Auth, version: number) =>
    t.http.post(`/api/scorecards/${id}/submit`).set(auth).send({ version });
  const appRow = (id: string) => t.dataSource.getRepository(Application).findOneByOrFail({ id });
  const storedOf = (row: Application) => ({
    score: row.score,
    coverage: row.coverage,
    gates: row.gates,
    proposal: row.proposal,
    redFlagCount: row.redFlagCount,
  });

  /** Ivan: P met, SQL 4, Kubernetes 3, Communication 3. Iris: SQL 2, Kubernetes not assessed, Communication 4. */
  const ivanCard = () => ({
    ratings: [
      { itemId: item('Right to work in the EU'), value: 'met' },
      { itemId: item('SQL'), value: 4, note: 'Window functions, fluently' },
      { itemId: item('Kubernetes'), value: 3 },
      { itemId: item('Communication'), value: 3 },
    ],
    redFlags: [],
    recommendation: 'yes',
    takeaways: 'Strong on data',
  });
  const irisCard = () => ({
    ratings: [
      { itemId: item('SQL'), value: 2, note: 'Struggled with joins' },
      { itemId: item('Kubernetes'), value: null },
      { itemId: item('Communication'), value: 4 },
    ],
    redFlags: [],
    recommendation: 'no',
  });

  /** Both assigned, both drafts saved (version 2). */
  async function twoDrafts(applicationId: string, ivanBody = ivanCard(), irisBody: object = irisCard()) {
    await assign(applicationId, ivanId).expect(201);
    await assign(applicationId, irisId).expect(201);
    const a = await start(applicationId, ivan);
    const b = await start(applicationId, iris);
    await put(a.id, ivan, { version: 1, ...ivanBody }).expect(200, { id: a.id, version: 2, status: 'draft' });
    await put(b.id, iris, { version: 1, ...irisBody }).expect(200, { id: b.id, version: 2, status: 'draft' });
    return { a: a.id, b: b.id };
  }

  describe('assignments', () => {
    it('assigns an interviewer to an interview stage, who then sees the application and their due scorecard', async () => {
      const id = await newApplication();
      await t.http.get(`/api/applications/${id}`).set(ivan).expect(404);
      await t.http.get(`/api/jobs/${job.id}`).set(ivan).expect(404);
      const res = await assign(id, ivanId).expect(201);
      // Scoring needs the rubric: an interviewer assigned to one application may read its job.
      await t.http.get(`/api/jobs/${job.id}`).set(ivan).expect(200);
      await t.http.get(`/api/jobs/${job.id}`).set(iris).expect(404);
      expect(res.body).toEqual({ applicationId: id, userId: ivanId, userName: 'Ivan Interviewer', stageId: coding });
      await assign(id, ivanId).expect(201); // idempotent
      expect(await t.dataSource.getRepository(ApplicationInterviewer).countBy({ applicationId: id })).toBe(1);
      await t.http.get(`/api/applications/${id}`).set(ivan).expect(200);
      const mine = await t.http.get('/api/me/interviews').set(ivan).expect(200);
      expect(mine.body).toContainEqual(
        expect.objectContaining({ applicationId: id, stageId: coding, jobTitle: 'Data Engineer', scorecard: 'due' }),
      );
    });

    it('refuses a non-interview stage, an unfit user, and interviewers assigning', async () => {
      const id = await newApplication();
      const res = await assign(id, ivanId, recruiter, stageIdOf(job, 'Applied'));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['stageId']);
      const recruiterId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.recruiter })).id;
      const unfit = await assign(id, recruiterId);
      expect(unfit.status).toBe(400);
      expect(unfit.body.errors.map((e: { field: string }) => e.field)).toEqual(['userId']);
      await assign(id, ivanId, ivan).expect(403);
      expect(await t.dataSource.getRepository(ApplicationInterviewer).countBy({ applicationId: id })).toBe(0);
    });
  });

  describe('scorecards', () => {
    it('starts one draft per interviewer and stage (idempotent); an unassigned interviewer cannot', async () => {
      const id = await newApplication();
      await t.http.post(`/api/applications/${id}/scorecards`).set(ivan).send({ stageId: coding }).expect(404);
      await assign(id, ivanId).expect(201);
      const first = await start(id, ivan);
      const again = await start(id, ivan);
      expect(again).toEqual(first);
      expect(await t.dataSource.getRepository(Scorecard).countBy({ applicationId: id })).toBe(1);
      const row = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: first.id });
      expect(row).toMatchObject({ status: 'draft', version: 1, rubricVersion: job.rubricVersion });
    });

    it('lets only the author save (others 404) and answers a stale version with 409', async () => {
      const id = await newApplication();
      const { a } = await twoDrafts(id);
      await put(a, iris, { version: 2, ...irisCard() }).expect(404);
      await put(a, manager, { version: 2, ...ivanCard() }).expect(404);
      const stale = await put(a, ivan, { version: 1, ...ivanCard(), takeaways: 'stale' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      const row = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: a });
      expect(row).toMatchObject({ version: 2, takeaways: 'Strong on data' });
    });

    it('validates ratings and red flags, naming the fields, and changes nothing', async () => {
      const id = await newApplication();
      const { a } = await twoDrafts(id);
      const res = await put(a, ivan, {
        version: 2,
        ratings: [
          { itemId: item('SQL'), value: 'met' },
          { itemId: item('Right to work in the EU'), value: 3 },
          { itemId: '00000000-0000-4000-8000-000000000000', value: 1 },
        ],
        redFlags: [
          { typeId: flag('Poor communication'), severity: 'dealbreaker' },
          { typeId: item('SQL'), severity: 'note', evidence: 'x' },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'ratings.0.value',
        'ratings.1.value',
        'ratings.2.itemId',
        'redFlags.0.evidence',
        'redFlags.1.typeId',
      ]);
      const bad = await put(a, ivan, { version: 2, ratings: [{ itemId: item('SQL'), value: 5 }], redFlags: [] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('ratings.0.value');
      const row = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: a });
      expect(row.version).toBe(2);
      expect(await t.dataSource.getRepository(ScorecardRating).countBy({ scorecardId: a })).toBe(4);
    });

    it('of 50 parallel saves from one version exactly one wins, and the row is the winner’s', async () => {
      const id = await newApplication();
      await assign(id, ivanId).expect(201);
      const { id: cardId } = await start(id, ivan);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          put(cardId, ivan, {
            version: 1,
            ratings: [{ itemId: item('SQL'), value: (i % 4) + 1, note: `attempt ${i}` }],
            redFlags: [],
            takeaways: `attempt ${i}`,
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const winner = statuses.indexOf(200);
      const row = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: cardId });
      expect(row).toMatchObject({ version: 2, takeaways: `attempt ${winner}` });
      const ratings = await t.dataSource.getRepository(ScorecardRating).findBy({ scorecardId: cardId });
      expect(ratings).toEqual([
        expect.objectContaining({ value: String((winner % 4) + 1), note: `attempt ${winner}` }),
      ]);
    });
  });

  describe('submitting and the stored score', () => {
    it('recomputes the stored score in the submit, matching the hand-computed formulas', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      expect(storedOf(await appRow(id))).toEqual({
        score: null,
        coverage: 0,
        gates: 'pending',
        proposal: null,
        redFlagCount: 0,
      });
      await submit(a, ivan, 2).expect(200, { id: a, version: 3, status: 'submitted' });
      // Ivan alone. Item score = (r − 1) / 3 × 100: SQL 4 → 100; Kubernetes 3 → 66.67; Communication 3 → 66.67.
      // hard_skill = (2 × 100 + 1 × 66.67) / 3 = 88.89; soft_skill = 66.67; qualification has no item.
      // overall = (40 × 88.89 + 30 × 66.67) / 70 = 5555.6 / 70 = 79.37 → 79.4; coverage 4 / 4 = 100%.
      // P met → gates pass; 79.4 ≥ 70 → advance.
      expect(storedOf(await appRow(id))).toEqual({
        score: 79.4,
        coverage: 100,
        gates: 'pass',
        proposal: 'advance',
        redFlagCount: 0,
      });
      await submit(b, iris, 2).expect(200);
      // Both. SQL: mean(100, (2 − 1) / 3 × 100 = 33.33) = 66.67; Kubernetes 66.67 (Iris did not assess it);
      // Communication: mean(66.67, 100) = 83.33. hard_skill = (2 × 66.67 + 66.67) / 3 = 66.67; soft_skill = 83.33.
      // overall = (40 × 66.67 + 30 × 83.33) / 70 = 5166.7 / 70 = 73.81 → 73.8; coverage 100%; → advance.
      const row = await appRow(id);
      expect(storedOf(row)).toEqual({
        score: 73.8,
        coverage: 100,
        gates: 'pass',
        proposal: 'advance',
        redFlagCount: 0,
      });
      // The row equals assess() of the rows.
      const { assessment } = await t.app.get(ScoringService).assessmentOf(t.dataSource.manager, row);
      expect(storedOf(row)).toEqual(storedScoreOf(assessment));
      expect(assessment.disagreements).toEqual([item('SQL')]); // 4 vs 2: a spread of 2
      const view = await t.http.get(`/api/applications/${id}/assessment`).set(manager).expect(200);
      expect(view.body).toMatchObject({
        overall: 73.8,
        coverage: 100,
        proposal: 'advance',
        disagreements: [item('SQL')],
      });
      expect(view.body.interviewers).toEqual(
        expect.arrayContaining([
          { id: ivanId, name: 'Ivan Interviewer' },
          { id: irisId, name: 'Iris Interviewer' },
        ]),
      );
      expect(view.body.agenda.mostDisputedItems[0].itemId).toBe(item('SQL'));
      const sql = view.body.items.find((i: { itemId: string }) => i.itemId === item('SQL'));
      expect(sql.ratings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ interviewerId: ivanId, value: 4, note: 'Window functions, fluently' }),
          expect.objectContaining({ interviewerId: irisId, value: 2, note: 'Struggled with joins' }),
        ]),
      );
    });

    it('a failing submit leaves the stored score unchanged', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id, ivanCard(), { ...irisCard(), recommendation: null });
      await submit(a, ivan, 2).expect(200);
      const before = storedOf(await appRow(id));
      const stale = await submit(b, iris, 1);
      expect(stale.status).toBe(409);
      const incomplete = await submit(b, iris, 2);
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.errors).toEqual([expect.objectContaining({ field: 'recommendation' })]);
      expect(storedOf(await appRow(id))).toEqual(before);
      expect((await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: b })).status).toBe('draft');
      const again = await submit(a, ivan, 3);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('SCORECARD_SUBMITTED');
    });

    it('a red flag raised by two interviewers turns advance into discuss', async () => {
      const id = await newApplication();
      const raised = [{ typeId: flag('Poor communication'), severity: 'concern', evidence: 'Rambled' }];
      const { a, b } = await twoDrafts(id, { ...ivanCard(), redFlags: raised } as never, {
        ...irisCard(),
        redFlags: raised,
      });
      await submit(a, ivan, 2).expect(200);
      expect((await appRow(id)).proposal).toBe('advance'); // one interviewer: not corroborated
      await submit(b, iris, 2).expect(200);
      const row = await appRow(id);
      expect(storedOf(row)).toEqual({
        score: 73.8,
        coverage: 100,
        gates: 'pass',
        proposal: 'discuss',
        redFlagCount: 2,
      });
      const view = await t.http.get(`/api/applications/${id}/assessment`).set(recruiter).expect(200);
      expect(view.body.redFlags).toEqual([
        expect.objectContaining({ typeId: flag('Poor communication'), count: 2, corroborated: true }),
      ]);
    });

    it('editing a submitted scorecard keeps a revision, marks it after seeing others, and restates the score', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      await submit(a, ivan, 2).expect(200);
      await submit(b, iris, 2).expect(200);
      const edited = {
        ...irisCard(),
        ratings: [
          { itemId: item('SQL'), value: 4 },
          { itemId: item('Communication'), value: 4 },
        ],
      };
      await put(b, iris, { version: 3, ...edited }).expect(200, { id: b, version: 4, status: 'submitted' });
      const revisions = await t.dataSource.getRepository(ScorecardRevision).find({
        where: { scorecardId: b },
        order: { revision: 'ASC' },
      });
      expect(revisions.map((r) => [r.revision, r.afterSeeingOthers])).toEqual([
        [1, false],
        [2, true],
      ]);
      expect((await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: b })).revisedAfterSeeingOthers).toBe(
        true,
      );
      // SQL: 100 and 100; Kubernetes 66.67; Communication 83.33 → hard = (200 + 66.67) / 3 = 88.89;
      // overall = (40 × 88.89 + 30 × 83.33) / 70 = 6055.6 / 70 = 86.5
      expect((await appRow(id)).score).toBe(86.5);
    });
  });

  describe('the blind rule', () => {
    it('hides others’ scorecards, the score, the assessment and others’ notes until one submits', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      await t.http.post(`/api/applications/${id}/notes`).set(ivan).send({ body: 'Ivan thinks…' }).expect(201);
      await submit(a, ivan, 2).expect(200);

      const cards = await t.http.get(`/api/applications/${id}/scorecards`).set(iris).expect(200);
      expect(cards.body.map((c: { id: string }) => c.id)).toEqual([b]);
      const app = await t.http.get(`/api/applications/${id}`).set(iris).expect(200);
      expect(app.body.scoreHidden).toBe(true);
      expect(app.body).not.toHaveProperty('score');
      expect(app.body).not.toHaveProperty('proposal');
      await t.http.get(`/api/applications/${id}/assessment`).set(iris).expect(403);
      const notes = await t.http.get(`/api/applications/${id}/notes`).set(iris).expect(200);
      expect(notes.body).toEqual([]);

      await submit(b, iris, 2).expect(200);
      const after = await t.http.get(`/api/applications/${id}/scorecards`).set(iris).expect(200);
      expect(after.body.map((c: { id: string }) => c.id).sort()).toEqual([a, b].sort());
      const opened = await t.http.get(`/api/applications/${id}`).set(iris).expect(200);
      expect(opened.body).toMatchObject({ score: 73.8, proposal: 'advance' });
      await t.http.get(`/api/applications/${id}/assessment`).set(iris).expect(200);
      const notesAfter = await t.http.get(`/api/applications/${id}/notes`).set(iris).expect(200);
      expect(notesAfter.body).toEqual([
        expect.objectContaining({ body: 'Ivan thinks…', authorName: 'Ivan Interviewer' }),
      ]);
      // staff see everything, drafts of others excepted
      const staff = await t.http.get(`/api/applications/${id}/scorecards`).set(manager).expect(200);
      expect(staff.body).toHaveLength(2);
    });
  });

  describe('decisions', () => {
    const decide = (id: string, body: object, auth: Auth = manager) =>
      t.http.post(`/api/applications/${id}/decision`).set(auth).send(body);

    it('advances with the proposal without a reason, moving to the next stage, and keeps the decision', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      await submit(a, ivan, 2).expect(200);
      await submit(b, iris, 2).expect(200);
      const res = await decide(id, { decision: 'advance' }).expect(201);
      expect(res.body).toMatchObject({
        decision: 'advance',
        proposalAtTime: 'advance',
        scoreAtTime: 73.8,
        reason: null,
      });
      const row = await appRow(id);
      const applied = job.stages.find((s) => s.id === stageIdOf(job, 'Applied'))!;
      expect(row.stageId).toBe(job.stages.find((s) => s.order === applied.order + 1)!.id);
      expect(await t.dataSource.getRepository(DecisionRow).findBy({ applicationId: id })).toEqual([
        expect.objectContaining({ decision: 'advance', proposalAtTime: 'advance', decidedBy: expect.any(String) }),
      ]);
    });

    it('demands a reason against the proposal, and keeps it', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      await submit(a, ivan, 2).expect(200);
      await submit(b, iris, 2).expect(200);
      const res = await decide(id, { decision: 'reject' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect(await t.dataSource.getRepository(DecisionRow).countBy({ applicationId: id })).toBe(0);
      expect((await appRow(id)).status).toBe('active');
      await decide(id, { decision: 'reject', reason: 'Team needs senior SQL now' }).expect(201);
      expect(await appRow(id)).toMatchObject({ status: 'rejected' });
      expect((await appRow(id)).rejection?.reason).toBe('Team needs senior SQL now');
      expect(await t.dataSource.getRepository(DecisionRow).findOneByOrFail({ applicationId: id })).toMatchObject({
        decision: 'reject',
        proposalAtTime: 'advance',
        reason: 'Team needs senior SQL now',
      });
    });

    it('refuses advance while a must-have gate is unverified, unless overridden with a reason', async () => {
      const id = await newApplication();
      const withoutGate = { ...ivanCard(), ratings: ivanCard().ratings.slice(1) };
      const { a, b } = await twoDrafts(id, withoutGate);
      await submit(a, ivan, 2).expect(200);
      await submit(b, iris, 2).expect(200);
      expect(await appRow(id)).toMatchObject({ gates: 'pending', proposal: 'advance' });
      const refused = await decide(id, { decision: 'advance' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('GATE_UNVERIFIED');
      const noReason = await decide(id, { decision: 'advance', override: true });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      expect(await t.dataSource.getRepository(DecisionRow).countBy({ applicationId: id })).toBe(0);
      await decide(id, { decision: 'advance', override: true, reason: 'Visa confirmed by phone' }).expect(201);
      expect(await t.dataSource.getRepository(DecisionRow).findOneByOrFail({ applicationId: id })).toMatchObject({
        override: true,
        reason: 'Visa confirmed by phone',
      });
    });

    it('a failed gate proposes reject, so advancing needs a reason', async () => {
      const id = await newApplication([{ itemId: item('Right to work in the EU'), met: false }]);
      const { a } = await twoDrafts(id, { ...ivanCard(), ratings: ivanCard().ratings.slice(1) });
      await submit(a, ivan, 2).expect(200);
      expect(await appRow(id)).toMatchObject({ gates: 'fail', proposal: 'reject' });
      const res = await decide(id, { decision: 'advance' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('reason');
    });

    it('lets only the job’s hiring manager or an admin decide', async () => {
      const id = await newApplication();
      await decide(id, { decision: 'reject', reason: 'x' }, recruiter).expect(403);
      await decide(id, { decision: 'reject', reason: 'x' }, ivan).expect(403);
      const other = await t.http.post('/api/users').set(admin).send({
        email: 'hm2@example.com',
        name: 'Other Manager',
        role: 'hiring_manager',
        password: 'another-long-pass-123',
      });
      expect(other.status).toBe(201);
      const otherHm = await signIn(t, 'hm2@example.com', 'another-long-pass-123');
      const res = await decide(id, { decision: 'reject', reason: 'x' }, otherHm);
      expect(res.status).toBe(403);
      expect(await t.dataSource.getRepository(DecisionRow).countBy({ applicationId: id })).toBe(0);
      await decide(id, { decision: 'reject', reason: 'Admin call' }, admin).expect(201);
    });
  });

  describe('rubric change', () => {
    it('restates the stored scores of the job’s applications in the same edit', async () => {
      const id = await newApplication();
      const { a, b } = await twoDrafts(id);
      await submit(a, ivan, 2).expect(200);
      await submit(b, iris, 2).expect(200);
      expect((await appRow(id)).score).toBe(73.8);
      const current = (await t.http.get(`/api/jobs/${job.id}`).set(manager).expect(200)).body as JobView;
      // Retire Communication: soft_skill has no item left, so overall = hard_skill alone = 66.67 → 66.7 → discuss.
      const res = await t.http
        .patch(`/api/jobs/${job.id}`)
        .set(manager)
        .send({
          version: current.version,
          items: current.items
            .filter((i) => i.label !== 'Communication')
            .map(({ id: itemId, category, label, weight }) => ({ id: itemId, category, label, weight })),
        });
      expect(res.status).toBe(200);
      expect(storedOf(await appRow(id))).toMatchObject({ score: 66.7, proposal: 'discuss' });
      job = res.body;
    });
  });
});
