import { engine, startTestApp, TestApp } from '../harness';
import type { Auth } from '../jobs-fixtures';
import { AuthorizationFixture, type Author } from './authorization-fixture';

/** What each answer may hold, key by key: a new field reaches an interviewer only when added here on purpose. */
const STORED_SCORE = ['score', 'coverage', 'gates', 'proposal', 'redFlagCount'];
const APPLICATION_BASE = [
  'id',
  'jobId',
  'jobTitle',
  'candidateId',
  'candidateName',
  'stageId',
  'stageName',
  'status',
  'rejection',
  'knockoutAnswers',
  'knockoutFlag',
  'screening',
  'tags',
  'history',
  'appliedAt',
  'stageEnteredAt',
  'version',
];
const BLIND_APPLICATION = [...APPLICATION_BASE, 'scoreHidden'];
const FULL_APPLICATION = [...APPLICATION_BASE, ...STORED_SCORE];
const SCORECARD = [
  'id',
  'applicationId',
  'stageId',
  'interviewerId',
  'interviewerName',
  'status',
  'version',
  'rubricVersion',
  'recommendation',
  'takeaways',
  'submittedAt',
  'revisedAfterSeeingOthers',
  'ratings',
  'redFlags',
  'revisions',
];
const NOTE = ['id', 'applicationId', 'authorId', 'authorName', 'body', 'itemId', 'redFlagTypeId', 'createdAt'];
const MY_INTERVIEW = [
  'applicationId',
  'candidateName',
  'jobId',
  'jobTitle',
  'stageId',
  'stageName',
  'scorecard',
  'scorecardId',
];

const keysOf = (value: object) => Object.keys(value).sort();
const sorted = (keys: string[]) => [...keys].sort();

describe(`what each role is shown, before and after submitting, on ${engine()}`, () => {
  let t: TestApp;
  let f: AuthorizationFixture;
  let ivan: Auth;
  let iris: Auth;
  let manager: Auth;
  let recruiter: Auth;
  /** Ivan, Iris and the hiring manager interview it; Iris and the recruiter left notes; all three have drafts. */
  let applicationId: string;
  const cards = {} as Record<Exclude<Author, 'admin'>, { id: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    f = await new AuthorizationFixture(t).build();
    ({ interviewer: ivan, hiring_manager: manager, recruiter } = f.auth);
    iris = f.iris;
    applicationId = await f.application('own');
    for (const author of ['interviewer', 'iris', 'hiring_manager'] as const) {
      cards[author] = await f.draft(applicationId, author);
    }
    for (const [auth, body] of [
      [iris, 'Iris: weak on indexes'],
      [recruiter, 'Recruiter: prefers remote'],
      [ivan, 'Ivan: asked good questions'],
    ] as const) {
      await t.http.post(`/api/applications/${applicationId}/notes`).set(auth).send({ body }).expect(201);
    }
  }, 60_000);
  afterAll(() => t?.close());

  const get = async (auth: Auth, path: string, status = 200) => (await t.http.get(path).set(auth).expect(status)).body;
  const submit = async (author: Exclude<Author, 'admin'>) => {
    const auth = author === 'iris' ? iris : f.auth[author];
    const version = await f.scorecardVersion(cards[author].id);
    await t.http.post(`/api/scorecards/${cards[author].id}/submit`).set(auth).send({ version }).expect(200);
  };
  const authorsOf = (items: { interviewerId?: string; authorId?: string }[]) =>
    items.map((item) => item.interviewerId ?? item.authorId).sort();
  const ids = (...people: (keyof AuthorizationFixture['userId'])[]) => people.map((p) => f.userId[p]).sort();

  /** Everything an interviewer sees of the application while blind: no score, only their own feedback. */
  async function expectBlind(auth: Auth, self: 'interviewer' | 'iris') {
    const application = await get(auth, `/api/applications/${applicationId}`);
    expect(keysOf(application)).toEqual(sorted(BLIND_APPLICATION));
    expect(application.scoreHidden).toBe(true);
    const scorecards = await get(auth, `/api/applications/${applicationId}/scorecards`);
    expect(authorsOf(scorecards)).toEqual(ids(self));
    for (const card of scorecards) expect(keysOf(card)).toEqual(sorted(SCORECARD));
    await get(auth, `/api/applications/${applicationId}/assessment`, 403);
    const notes = await get(auth, `/api/applications/${applicationId}/notes`);
    expect(authorsOf(notes)).toEqual(ids(self, 'recruiter'));
    for (const note of notes) expect(keysOf(note)).toEqual(sorted(NOTE));
  }

  it('keeps an interviewer blind until they submit: no score, no other interviewer’s scorecard or note', async () => {
    await expectBlind(ivan, 'interviewer');
    await submit('iris');
    // Someone else submitting opens nothing for Ivan.
    await expectBlind(ivan, 'interviewer');
  });

  it('lists an interviewer’s interviews without scores, and only their own jobs and applications', async () => {
    const mine = await get(ivan, '/api/me/interviews');
    for (const entry of mine) expect(keysOf(entry)).toEqual(sorted(MY_INTERVIEW));
    const applications = mine.map((entry: { applicationId: string }) => entry.applicationId);
    expect(applications).toEqual(expect.arrayContaining([f.appA, applicationId]));
    expect(applications).not.toContain(f.appB);
    const jobs = (await get(ivan, '/api/jobs')).items.map((job: { id: string }) => job.id);
    // The demo job puts Ivan on two of its stages; job A reaches him through its applications.
    expect(jobs).toEqual(expect.arrayContaining([f.jobA.id]));
    expect(jobs).not.toContain(f.jobB.id);
    for (const id of jobs) await get(ivan, `/api/jobs/${id}`);
  });

  it('opens the score and the submitted feedback once the interviewer submits, never others’ drafts', async () => {
    await submit('interviewer');
    const application = await get(ivan, `/api/applications/${applicationId}`);
    expect(keysOf(application)).toEqual(sorted(FULL_APPLICATION));
    expect(application.score).not.toBeNull();
    // The hiring manager's draft stays theirs.
    const scorecards = await get(ivan, `/api/applications/${applicationId}/scorecards`);
    expect(authorsOf(scorecards)).toEqual(ids('interviewer', 'iris'));
    const assessment = await get(ivan, `/api/applications/${applicationId}/assessment`);
    expect(authorsOf(assessment.scorecards)).toEqual(ids('interviewer', 'iris'));
    const raters = new Set(
      assessment.items.flatMap((item: { ratings: { interviewerId: string }[] }) =>
        item.ratings.map((r) => r.interviewerId),
      ),
    );
    expect([...raters].sort()).toEqual(ids('interviewer', 'iris'));
    expect(authorsOf(await get(ivan, `/api/applications/${applicationId}/notes`))).toEqual(
      ids('interviewer', 'iris', 'recruiter'),
    );
  });

  it('shows staff every submitted scorecard and their own draft, never another person’s draft', async () => {
    expect(authorsOf(await get(manager, `/api/applications/${applicationId}/scorecards`))).toEqual(
      ids('interviewer', 'iris', 'hiring_manager'),
    );
    expect(authorsOf(await get(recruiter, `/api/applications/${applicationId}/scorecards`))).toEqual(
      ids('interviewer', 'iris'),
    );
    expect(authorsOf(await get(iris, `/api/applications/${applicationId}/scorecards`))).toEqual(
      ids('interviewer', 'iris'),
    );
    for (const auth of [manager, recruiter]) {
      expect(keysOf(await get(auth, `/api/applications/${applicationId}`))).toEqual(sorted(FULL_APPLICATION));
      const assessment = await get(auth, `/api/applications/${applicationId}/assessment`);
      expect(authorsOf(assessment.scorecards)).toEqual(ids('interviewer', 'iris'));
    }
  });
});
