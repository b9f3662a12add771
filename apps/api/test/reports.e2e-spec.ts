import type { JobView } from '@shortlist/contracts';
import { Application } from '../src/applications/application.entity';
import { StageMoveRow } from '../src/applications/stage-move.entity';
import { User } from '../src/users/user.entity';
import { apply, createCandidate, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob } from './jobs-fixtures';

const DAY = 86_400_000;

/**
 * One small job, built through the API, whose every report number is worked
 * out by hand below. Plan (position): Applied 0 → Screen 1 → Coding 2 (focus
 * SQL, Kubernetes) → Behavioral 3 (focus Communication; panel: Morgan) →
 * Offer 4 → Hired 5. Times are day offsets from t0 = 60 days ago, written
 * into the history after the moves (time cannot be faked through HTTP):
 *
 * | app       | source    | history (day: stage)                                           | ends in          |
 * | A1 Ann    | referral  | 0 Applied, 1 Screen, 3 Coding, 7 Behavioral, 8 Offer, 10 hired | hired (decision) |
 * | A2 Ben    | job_board | 2 Applied, 4 Screen, 5 Coding, 11 rejected                     | rejected (dec.)  |
 * | A3 Cat    | job_board | 3 Applied, 4 Screen, 6 withdrawn                               | withdrawn        |
 * | A4 Dan    | referral  | 4 Applied, 8 Screen, 9 Coding                                  | active, Coding   |
 * | A5 =Eve   | sourced   | 20 Applied                                                     | active, Applied  |
 * | A6 Fay    | job_board | 5 Applied, 6 Coding (skips Screen), 16 Behavioral              | active, Behav.   |
 * | A7 Old    | other     | −10 Applied, −9 rejected                                       | outside [0, 30)  |
 *
 * Scorecards (submitted unless said), ratings SQL / Kubernetes / Communication:
 * - Coding A1: Ivan 4 / 3; Iris 1 / not assessed, then revised to SQL 2 after Ivan had submitted.
 * - Coding A2: Ivan 4 / 1, flags Poor communication (concern) + Resistance to feedback (note);
 *   Iris 3 / not assessed, flags Poor communication (dealbreaker).
 * - Coding A4: Ivan 4 / (absent), flags Resistance to feedback (concern); Iris a draft only (SQL 1, a flag).
 * - Behavioral A1: Iris Communication 3; Morgan (panel) Communication 4, flags Poor communication (note).
 * Assigned to Coding: Ivan A1 A2 A4 A6, Iris A1 A2 A4; to Behavioral: Iris A1.
 */
describe(`reports on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  let manager: Auth;
  let admin: Auth;
  let ivan: Auth;
  let iris: Auth;
  let job: JobView;
  const ids: Record<string, string> = {};
  const t0 = Date.now() - 60 * DAY;
  const day = (d: number) => new Date(t0 + d * DAY);
  const inRange = () => `from=${day(0).toISOString()}&to=${day(30).toISOString()}`;
  const scoped = () => `jobId=${job.id}&${inRange()}`;

  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
    admin = await signIn(t, DEMO.admin);
    ivan = await signIn(t, DEMO.interviewer);
    iris = await signIn(t, 'interviewer2@shortlist.test');
    const users = t.dataSource.getRepository(User);
    const userId = async (email: string) => (await users.findOneByOrFail({ email })).id;
    const [ivanId, irisId, morganId] = await Promise.all([
      userId(DEMO.interviewer),
      userId('interviewer2@shortlist.test'),
      userId(DEMO.manager),
    ]);

    job = await createJob(t, manager, {
      title: 'Reports Engineer',
      items: [
        { category: 'prerequisite', label: 'Right to work in the EU', mustHave: true },
        { category: 'hard_skill', label: 'SQL' },
        { category: 'hard_skill', label: 'Kubernetes' },
        { category: 'soft_skill', label: 'Communication' },
      ],
      stages: [
        { name: 'Applied', kind: 'applied' },
        { name: 'Screen', kind: 'screen' },
        { name: 'Coding', kind: 'interview', focusItemLabels: ['SQL', 'Kubernetes'] },
        { name: 'Behavioral', kind: 'interview', focusItemLabels: ['Communication'], interviewerIds: [morganId] },
        { name: 'Offer', kind: 'offer' },
        { name: 'Hired', kind: 'hired' },
      ],
      redFlagTypes: [{ label: 'Poor communication' }, { label: 'Resistance to feedback' }],
    });
    const item = (label: string) => job.items.find((i) => i.label === label)!.id;
    const flag = (label: string) => job.redFlagTypes.find((f) => f.label === label)!.id;
    const stage = (name: string) => stageIdOf(job, name);

    const people = [
      ['A1', 'Ann Archer', 'referral'],
      ['A2', 'Ben Baker', 'job_board'],
      ['A3', 'Cat Cole', 'job_board'],
      ['A4', 'Dan Dale', 'referral'],
      ['A5', '=Eve Evans', 'sourced'],
      ['A6', 'Fay Ford', 'job_board'],
      ['A7', 'Old Olsen', 'other'],
    ] as const;
    for (const [key, name, source] of people) {
      const candidate = await createCandidate(t, recruiter, {
        name,
        email: `${key.toLowerCase()}@reports.example`,
        source,
      });
      const application = await apply(t, recruiter, job.id, {
        candidateId: candidate.id,
        knockoutAnswers: [{ itemId: item('Right to work in the EU'), met: true }],
      });
      ids[key] = application.id;
    }

    const move = (key: string, body: object) =>
      t.http.post(`/api/applications/${ids[key]}/moves`).set(recruiter).send(body).expect(200);
    for (const name of ['Screen', 'Coding', 'Behavioral', 'Offer']) await move('A1', { toStageId: stage(name) });
    for (const name of ['Screen', 'Coding']) await move('A2', { toStageId: stage(name) });
    await move('A3', { toStageId: stage('Screen') });
    await move('A3', { status: 'withdrawn', reason: 'Took another offer' });
    for (const name of ['Screen', 'Coding']) await move('A4', { toStageId: stage(name) });
    for (const name of ['Coding', 'Behavioral']) await move('A6', { toStageId: stage(name) });
    await move('A7', { status: 'rejected', reason: 'Skills below the bar' });

    const assign = (key: string, userId: string, stageName: string) =>
      t.http
        .post(`/api/applications/${ids[key]}/interviewers`)
        .set(recruiter)
        .send({ userId, stageId: stage(stageName) })
        .expect(201);
    for (const key of ['A1', 'A2', 'A4', 'A6']) await assign(key, ivanId, 'Coding');
    for (const key of ['A1', 'A2', 'A4']) await assign(key, irisId, 'Coding');
    await assign('A1', irisId, 'Behavioral');

    type Ratings = Record<string, number | null>;
    type Flags = [string, 'note' | 'concern' | 'dealbreaker'][];
    const body = (version: number, ratings: Ratings, flags: Flags = []) => ({
      version,
      ratings: Object.entries(ratings).map(([label, value]) => ({ itemId: item(label), value })),
      redFlags: flags.map(([label, severity]) => ({ typeId: flag(label), severity, evidence: `${label} seen` })),
      recommendation: 'yes',
    });
    /** Starts, saves and (unless `draft`) submits; answers the scorecard id and its version. */
    const score = async (
      auth: Auth,
      key: string,
      stageName: string,
      ratings: Ratings,
      flags: Flags = [],
      draft = false,
    ) => {
      const started = await t.http
        .post(`/api/applications/${ids[key]}/scorecards`)
        .set(auth)
        .send({ stageId: stage(stageName) })
        .expect(201);
      const id = started.body.id as string;
      await t.http
        .put(`/api/scorecards/${id}`)
        .set(auth)
        .send(body(1, ratings, flags))
        .expect(200);
      if (draft) return { id, version: 2 };
      await t.http.post(`/api/scorecards/${id}/submit`).set(auth).send({ version: 2 }).expect(200);
      return { id, version: 3 };
    };
    await score(ivan, 'A1', 'Coding', { SQL: 4, Kubernetes: 3 });
    const irisA1 = await score(iris, 'A1', 'Coding', { SQL: 1, Kubernetes: null });
    // Revised after seeing Ivan's: the revision is marked so, and only the current rating (2) counts.
    await t.http
      .put(`/api/scorecards/${irisA1.id}`)
      .set(iris)
      .send(body(irisA1.version, { SQL: 2, Kubernetes: null }))
      .expect(200);
    await score(ivan, 'A2', 'Coding', { SQL: 4, Kubernetes: 1 }, [
      ['Poor communication', 'concern'],
      ['Resistance to feedback', 'note'],
    ]);
    await score(iris, 'A2', 'Coding', { SQL: 3, Kubernetes: null }, [['Poor communication', 'dealbreaker']]);
    await score(ivan, 'A4', 'Coding', { SQL: 4 }, [['Resistance to feedback', 'concern']]);
    await score(iris, 'A4', 'Coding', { SQL: 1 }, [['Poor communication', 'note']], true);
    await score(iris, 'A1', 'Behavioral', { Communication: 3 });
    await score(manager, 'A1', 'Behavioral', { Communication: 4 }, [['Poor communication', 'note']]);

    const decide = (key: string, decision: string, reason: string) =>
      t.http.post(`/api/applications/${ids[key]}/decision`).set(manager).send({ decision, reason }).expect(201);
    await decide('A2', 'reject', 'Corroborated communication concerns');
    await decide('A1', 'hire', 'Strong across the board');

    const timeline: Record<string, number[]> = {
      A1: [0, 1, 3, 7, 8, 10],
      A2: [2, 4, 5, 11],
      A3: [3, 4, 6],
      A4: [4, 8, 9],
      A5: [20],
      A6: [5, 6, 16],
      A7: [-10, -9],
    };
    for (const [key, days] of Object.entries(timeline)) {
      const { body: view } = await t.http.get(`/api/applications/${ids[key]}`).set(recruiter).expect(200);
      expect(view.history).toHaveLength(days.length);
      for (const [i, move] of (view.history as { id: string }[]).entries()) {
        await t.dataSource.getRepository(StageMoveRow).update({ id: move.id }, { at: day(days[i]!) });
      }
      await t.dataSource
        .getRepository(Application)
        .update({ id: ids[key] }, { appliedAt: day(days[0]!), stageEnteredAt: day(days.at(-1)!) });
    }
  });
  afterAll(() => t.close());

  const get = (path: string, auth: Auth = recruiter) => t.http.get(`/api/reports/${path}`).set(auth);
  const REPORTS = ['funnel', 'time-in-stage', 'red-flags', 'calibration', 'item-reliability', 'sources'];

  describe('access', () => {
    it.each(REPORTS.flatMap((r) => [r, `${r}.csv`]))(
      '%s: 401 without a session, 403 for an interviewer',
      async (path) => {
        const anonymous = await t.http.get(`/api/reports/${path}`);
        expect(anonymous.status).toBe(401);
        expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
        const interviewer = await get(path, ivan);
        expect(interviewer.status).toBe(403);
        expect(interviewer.body.code).toBe('FORBIDDEN');
      },
    );

    it('answers recruiters, hiring managers and admins', async () => {
      for (const auth of [recruiter, manager, admin]) await get(`funnel?jobId=${job.id}`, auth).expect(200);
    });
  });

  describe('query validation', () => {
    it.each([
      ['a job id that is not a UUID', 'jobId=42', ['jobId']],
      ['a date that does not exist', 'from=2026-02-30', ['from']],
      ['a word for a date', 'from=yesterday', ['from']],
      ['a week date', 'to=2026-W05', ['to']],
      ['to before from', 'from=2026-02-01&to=2026-01-01', ['to']],
      ['to equal to from (the range is half-open)', 'from=2026-02-01&to=2026-02-01', ['to']],
      ['an unknown parameter', 'jobid=x', ['jobid']],
    ])('answers %s with 400 problem details naming the field', async (_, search, fields) => {
      for (const path of ['funnel', 'calibration.csv']) {
        const res = await get(`${path}?${search}`);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
      }
    });

    it('answers an unknown job with 404', async () => {
      const res = await get('sources?jobId=00000000-0000-4000-8000-000000000000');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });

    it('echoes the scope it read: a date alone is midnight UTC', async () => {
      const res = await get(`sources?jobId=${job.id}&from=2026-01-01&to=2026-02-01T12:30`).expect(200);
      expect(res.body.scope).toEqual({
        jobId: job.id,
        jobTitle: 'Reports Engineer',
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-02-01T12:30:00.000Z',
      });
    });
  });

  describe('funnel', () => {
    it('counts entered, reached, rejected and withdrawn per stage, with conversion to the next', async () => {
      const { body } = await get(`funnel?${scoped()}`).expect(200);
      // A7 applied on day −10, before `from`: six applications.
      expect(body.totals).toEqual({ applications: 6, active: 3, rejected: 1, withdrawn: 1, hired: 1 });
      // Furthest stage: A1 Hired 5, A2 Coding 2, A3 Screen 1, A4 Coding 2, A5 Applied 0, A6 Behavioral 3.
      expect(body.stages).toEqual([
        // reached ≥ 0: all 6; 5 of 6 got further = 83.3%; A5 is still here
        {
          stageName: 'Applied',
          order: 0,
          entered: 6,
          reached: 6,
          rejected: 0,
          withdrawn: 0,
          inStage: 1,
          conversion: 83.3,
        },
        // entered: A1 A2 A3 A4 (A6 skipped it); reached ≥ 1: A1 A2 A3 A4 A6; 4 of 5 = 80%; A3 withdrew here
        {
          stageName: 'Screen',
          order: 1,
          entered: 4,
          reached: 5,
          rejected: 0,
          withdrawn: 1,
          inStage: 0,
          conversion: 80,
        },
        // A1 A2 A4 A6; on to Behavioral: A1 A6 = 2 of 4 = 50%; A2 rejected here; A4 still here
        {
          stageName: 'Coding',
          order: 2,
          entered: 4,
          reached: 4,
          rejected: 1,
          withdrawn: 0,
          inStage: 1,
          conversion: 50,
        },
        // A1 A6; only A1 reached Offer: 1 of 2; A6 still here
        {
          stageName: 'Behavioral',
          order: 3,
          entered: 2,
          reached: 2,
          rejected: 0,
          withdrawn: 0,
          inStage: 1,
          conversion: 50,
        },
        {
          stageName: 'Offer',
          order: 4,
          entered: 1,
          reached: 1,
          rejected: 0,
          withdrawn: 0,
          inStage: 0,
          conversion: 100,
        },
        {
          stageName: 'Hired',
          order: 5,
          entered: 1,
          reached: 1,
          rejected: 0,
          withdrawn: 0,
          inStage: 0,
          conversion: null,
        },
      ]);
    });

    it('takes every application of the job without a date range', async () => {
      const { body } = await get(`funnel?jobId=${job.id}`).expect(200);
      // A7 joins: rejected in Applied.
      expect(body.totals).toEqual({ applications: 7, active: 3, rejected: 2, withdrawn: 1, hired: 1 });
      // 5 of 7 got past Applied: 71.4%
      expect(body.stages[0]).toMatchObject({
        stageName: 'Applied',
        entered: 7,
        reached: 7,
        rejected: 1,
        conversion: 71.4,
      });
      expect(body.stages[1]).toMatchObject({ stageName: 'Screen', reached: 5, conversion: 80 });
    });

    it('adds up the stages of the same name across jobs', async () => {
      // The demo job (no applications) shares Applied, Offer and Hired; its other stages count 0.
      const { body } = await get(`funnel?${inRange()}`).expect(200);
      expect(body.scope).toMatchObject({ jobId: null, jobTitle: null });
      expect(body.totals.applications).toBe(6);
      expect(body.stages.find((s: { stageName: string }) => s.stageName === 'Applied')).toMatchObject({
        reached: 6,
        inStage: 1,
      });
      expect(body.stages.find((s: { stageName: string }) => s.stageName === 'Coding')).toMatchObject({
        reached: 4,
        rejected: 1,
      });
    });

    it('exports the same numbers as CSV', async () => {
      const res = await get(`funnel.csv?${scoped()}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="funnel-${job.id}.csv"`);
      expect(res.text.split('\r\n')).toEqual([
        'Stage,Entered,Reached,Rejected here,Withdrawn here,In stage now,Conversion to next (%)',
        'Applied,6,6,0,0,1,83.3',
        'Screen,4,5,0,1,0,80',
        'Coding,4,4,1,0,1,50',
        'Behavioral,2,2,0,0,1,50',
        'Offer,1,1,0,0,0,100',
        'Hired,1,1,0,0,0,',
        '',
      ]);
    });
  });

  describe('time in stage', () => {
    it('takes the median and 90th percentile of completed visits, and lists who waits longest', async () => {
      const { body } = await get(`time-in-stage?${scoped()}`).expect(200);
      expect(body.stages).toEqual([
        // A1 0→1 = 1, A2 2→4 = 2, A3 3→4 = 1, A4 4→8 = 4, A6 5→6 = 1 (A5 is still there)
        // sorted 1 1 1 2 4: median 1; p90 h = 4 × 0.9 = 3.6 → 2 + 0.6 × (4 − 2) = 3.2
        { stageName: 'Applied', order: 0, visits: 5, medianDays: 1, p90Days: 3.2, waiting: 1 },
        // A1 1→3 = 2, A2 4→5 = 1, A3 4→6 = 2 (withdrew), A4 8→9 = 1
        // sorted 1 1 2 2: median 1.5; p90 h = 2.7 → 2 + 0.7 × 0 = 2
        { stageName: 'Screen', order: 1, visits: 4, medianDays: 1.5, p90Days: 2, waiting: 0 },
        // A1 3→7 = 4, A2 5→11 = 6 (rejected), A6 6→16 = 10; A4 still there
        // sorted 4 6 10: median 6; p90 h = 1.8 → 6 + 0.8 × (10 − 6) = 9.2
        { stageName: 'Coding', order: 2, visits: 3, medianDays: 6, p90Days: 9.2, waiting: 1 },
        // A1 7→8 = 1; A6 still there
        { stageName: 'Behavioral', order: 3, visits: 1, medianDays: 1, p90Days: 1, waiting: 1 },
        // A1 8→10 = 2 (hired)
        { stageName: 'Offer', order: 4, visits: 1, medianDays: 2, p90Days: 2, waiting: 0 },
      ]);
      // Now is day 60: Dan since day 9 = 51 days, Fay since 16 = 44, Eve since 20 = 40.
      expect(
        body.waitingLongest.map((w: { candidateName: string; stageName: string; daysInStage: number }) => [
          w.candidateName,
          w.stageName,
          w.daysInStage,
        ]),
      ).toEqual([
        ['Dan Dale', 'Coding', 51],
        ['Fay Ford', 'Behavioral', 44],
        ['=Eve Evans', 'Applied', 40],
      ]);
      expect(body.waitingLongest[0]).toMatchObject({
        applicationId: ids.A4,
        jobId: job.id,
        jobTitle: 'Reports Engineer',
        stageEnteredAt: day(9).toISOString(),
      });
    });

    it('exports both tables as CSV, defusing a name a spreadsheet would run', async () => {
      const res = await get(`time-in-stage.csv?${scoped()}`).expect(200);
      const lines = res.text.split('\r\n');
      expect(lines.slice(0, 7)).toEqual([
        'Stage,Completed visits,Median days,90th percentile days,Waiting now',
        'Applied,5,1,3.2,1',
        'Screen,4,1.5,2,0',
        'Coding,3,6,9.2,1',
        'Behavioral,1,1,1,1',
        'Offer,1,2,2,0',
        '',
      ]);
      expect(lines[7]).toBe('Waiting longest,Job,Stage,Days in stage,In stage since');
      expect(lines[10]).toBe(`'=Eve Evans,Reports Engineer,Applied,40,${day(20).toISOString()}`);
    });
  });

  describe('red flags', () => {
    it('counts types, stages, corroboration and rejection of flagged applications', async () => {
      const { body } = await get(`red-flags?${scoped()}`).expect(200);
      expect(body).toMatchObject({
        applications: 6,
        flaggedApplications: 3, // A1 (Morgan), A2, A4; Iris's draft on A4 does not count
        corroboratedApplications: 1, // A2: Poor communication from Ivan and Iris
        flaggedRejected: 1, // A2
        flaggedRejectionRate: 33.3, // 1 / 3
        unflaggedRejectionRate: 0, // A3 A5 A6: none rejected
      });
      expect(body.types).toEqual([
        {
          label: 'Poor communication',
          raised: 3, // A2 Ivan, A2 Iris, A1 Morgan
          applications: 2, // A1, A2
          corroborated: 1, // A2: two interviewers
          corroborationRate: 50,
          rejected: 1, // A2
          rejectionRate: 50,
          severities: { note: 1, concern: 1, dealbreaker: 1 },
        },
        {
          label: 'Resistance to feedback',
          raised: 2, // A2 Ivan, A4 Ivan
          applications: 2,
          corroborated: 0,
          corroborationRate: 0,
          rejected: 1, // A2
          rejectionRate: 50,
          severities: { note: 1, concern: 1, dealbreaker: 0 },
        },
      ]);
      expect(body.byStage).toEqual([
        { label: 'Poor communication', stageName: 'Coding', order: 2, raised: 2 },
        { label: 'Resistance to feedback', stageName: 'Coding', order: 2, raised: 2 },
        { label: 'Poor communication', stageName: 'Behavioral', order: 3, raised: 1 },
      ]);
    });

    it('exports as CSV', async () => {
      const res = await get(`red-flags.csv?${scoped()}`).expect(200);
      expect(res.text.split('\r\n')).toEqual([
        'Red flag,Raised,Applications,Corroborated,Corroboration (%),Rejected,Rejection (%),Notes,Concerns,Dealbreakers',
        'Poor communication,3,2,1,50,1,50,1,1,1',
        'Resistance to feedback,2,2,0,0,1,50,1,1,0',
        '',
        'Red flag,Stage,Raised',
        'Poor communication,Coding,2',
        'Resistance to feedback,Coding,2',
        'Poor communication,Behavioral,1',
        '',
      ]);
    });
  });

  describe('interviewer calibration', () => {
    it('reports submitted, overdue, ratings, offset, focus coverage and revisions per interviewer', async () => {
      const { body } = await get(`calibration?${scoped()}`).expect(200);
      const ratings = (one: number, two: number, three: number, four: number) => [
        { rating: 1, count: one },
        { rating: 2, count: two },
        { rating: 3, count: three },
        { rating: 4, count: four },
      ];
      expect(body.interviewers).toEqual([
        {
          interviewerId: expect.any(String),
          name: 'Iris Interviewer',
          role: 'interviewer',
          assigned: 4, // Coding A1 A2 A4, Behavioral A1
          submitted: 3, // Coding A1 A2, Behavioral A1 (A4 is a draft)
          overdue: 0, // A4 is still in Coding
          ratings: ratings(0, 1, 2, 0), // A1 SQL 2 (revised from 1), A2 SQL 3, A1 Communication 3
          // A1 SQL 2 − 4 = −2; A1 Communication 3 − 4 = −1; A2 SQL 3 − 4 = −1: −4 / 3 = −1.33
          offset: -1.3,
          comparisons: 3,
          focusItems: 5, // Coding A1 2, A2 2, Behavioral A1 1
          focusAssessed: 3, // Kubernetes left not assessed on A1 and A2
          focusAssessedRate: 60,
          revisionsAfterSeeingOthers: 1, // the A1 edit after Ivan had submitted
        },
        {
          interviewerId: expect.any(String),
          name: 'Ivan Interviewer',
          role: 'interviewer',
          assigned: 4, // Coding A1 A2 A4 A6
          submitted: 3, // A1 A2 A4
          overdue: 1, // A6 moved on to Behavioral without his scorecard
          ratings: ratings(1, 0, 1, 3), // SQL 4 on A1 A2 A4, Kubernetes 3 on A1 and 1 on A2
          // A1 SQL 4 − 2 = +2; A2 SQL 4 − 3 = +1; nobody else rated Kubernetes: 3 / 2 = 1.5
          offset: 1.5,
          comparisons: 2,
          focusItems: 6, // three Coding scorecards × 2
          focusAssessed: 5, // Kubernetes absent on A4
          focusAssessedRate: 83.3,
          revisionsAfterSeeingOthers: 0,
        },
        {
          interviewerId: expect.any(String),
          name: 'Morgan Manager',
          role: 'hiring_manager',
          assigned: 2, // Behavioral panel: A1 and A6 entered the stage
          submitted: 1,
          overdue: 0, // A6 is still in Behavioral
          ratings: ratings(0, 0, 0, 1),
          offset: 1, // A1 Communication 4 − 3
          comparisons: 1,
          focusItems: 1,
          focusAssessed: 1,
          focusAssessedRate: 100,
          revisionsAfterSeeingOthers: 0,
        },
      ]);
    });

    it('exports as CSV with negative offsets as plain numbers', async () => {
      const res = await get(`calibration.csv?${scoped()}`).expect(200);
      expect(res.text.split('\r\n').slice(1, 4)).toEqual([
        'Iris Interviewer,interviewer,4,3,0,0,1,2,0,-1.3,3,5,3,60,1',
        'Ivan Interviewer,interviewer,4,3,1,1,0,1,3,1.5,2,6,5,83.3,0',
        'Morgan Manager,hiring_manager,2,1,0,0,0,0,1,1,1,1,1,100,0',
      ]);
    });
  });

  describe('item reliability', () => {
    it('names items often left not assessed or often disputed as rubric problems', async () => {
      const { body } = await get(`item-reliability?${scoped()}`).expect(200);
      expect(body.thresholds).toEqual({ notAssessedRate: 50, disagreementRate: 25, minSample: 2 });
      const row = (label: string) => body.items.find((i: { label: string }) => i.label === label);
      expect(body.items.map((i: { label: string }) => i.label)).toEqual([
        'Right to work in the EU',
        'SQL',
        'Kubernetes',
        'Communication',
      ]);
      expect(row('SQL')).toMatchObject({
        jobTitle: 'Reports Engineer',
        category: 'hard_skill',
        retired: false,
        focusScorecards: 5, // the five submitted Coding scorecards
        notAssessed: 0,
        notAssessedRate: 0,
        compared: 2, // A1 (4, 2) and A2 (4, 3); A4 has Ivan's alone
        disagreements: 1, // A1: 4 − 2 = 2
        disagreementRate: 50,
        problems: ['often_disputed'], // 50% ≥ 25% of 2 ≥ 2
      });
      expect(row('Kubernetes')).toMatchObject({
        focusScorecards: 5,
        notAssessed: 3, // Iris on A1 and A2 (null), Ivan on A4 (absent)
        notAssessedRate: 60,
        compared: 0, // only Ivan rated it
        disagreements: 0,
        disagreementRate: null,
        problems: ['often_not_assessed'], // 60% ≥ 50% of 5 ≥ 2
      });
      expect(row('Communication')).toMatchObject({
        focusScorecards: 2, // Behavioral A1: Iris, Morgan
        notAssessed: 0,
        compared: 1, // A1 (3, 4): spread 1
        disagreements: 0,
        disagreementRate: 0,
        problems: [],
      });
      expect(row('Right to work in the EU')).toMatchObject({
        category: 'prerequisite',
        focusScorecards: 0,
        notAssessedRate: null,
        compared: 0,
        problems: [],
      });
    });

    it('exports as CSV', async () => {
      const res = await get(`item-reliability.csv?${scoped()}`).expect(200);
      expect(res.text.split('\r\n').slice(0, 5)).toEqual([
        'Job,Item,Category,Retired,Focus scorecards,Not assessed,Not assessed (%),Compared,Disagreements,Disagreement (%),Rubric problems',
        'Reports Engineer,Right to work in the EU,prerequisite,false,0,0,,0,0,,',
        'Reports Engineer,SQL,hard_skill,false,5,0,0,2,1,50,often_disputed',
        'Reports Engineer,Kubernetes,hard_skill,false,5,3,60,0,0,,often_not_assessed',
        'Reports Engineer,Communication,soft_skill,false,2,0,0,1,0,0,',
      ]);
    });
  });

  describe('sources', () => {
    it('counts applications and hires by source', async () => {
      const { body } = await get(`sources?${scoped()}`).expect(200);
      expect(body.sources).toEqual([
        // A2 rejected, A3 withdrawn, A6 active
        { source: 'job_board', applications: 3, active: 1, rejected: 1, withdrawn: 1, hired: 0, hireRate: 0 },
        // A1 hired, A4 active: 1 / 2
        { source: 'referral', applications: 2, active: 1, rejected: 0, withdrawn: 0, hired: 1, hireRate: 50 },
        { source: 'sourced', applications: 1, active: 1, rejected: 0, withdrawn: 0, hired: 0, hireRate: 0 },
      ]);
      const all = await get(`sources?jobId=${job.id}`).expect(200);
      expect(all.body.sources.find((s: { source: string }) => s.source === 'other')).toEqual({
        source: 'other', // A7, before the range
        applications: 1,
        active: 0,
        rejected: 1,
        withdrawn: 0,
        hired: 0,
        hireRate: 0,
      });
    });

    it('exports as CSV', async () => {
      const res = await get(`sources.csv?${scoped()}`).expect(200);
      expect(res.text).toBe(
        [
          'Source,Applications,Active,Rejected,Withdrawn,Hired,Hire rate (%)',
          'job_board,3,1,1,1,0,0',
          'referral,2,1,0,0,1,50',
          'sourced,1,1,0,0,0,0',
          '',
        ].join('\r\n'),
      );
    });
  });
});
