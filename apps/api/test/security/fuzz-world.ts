import type { JobView } from '@shortlist/contracts';
import { DEMO, signIn, type TestApp } from '../harness';
import { createJob, scratchJob } from '../jobs-fixtures';
import type { Json } from './fuzz-mutators';

type Auth = Record<string, string>;

/** The records the fuzz aims at: real ids, so valid bodies reach the services and not only the validators. */
export interface FuzzWorld {
  auth: { admin: Auth; interviewer: Auth; manager: Auth; passwordChanger: Auth };
  job: JobView;
  scratchJobId: string;
  candidateId: string;
  scratchCandidateId: string;
  erasableCandidateId: string;
  applicationId: string;
  movingApplicationId: string;
  deciding: string;
  scratchUserId: string;
  interviewerId: string;
  interviewStageId: string;
  scorecardId: string;
  importId: string;
  slug: string;
  jobVersion: () => Promise<number>;
  candidateVersion: () => Promise<number>;
  scorecardVersion: () => Promise<number>;
}

const PASSWORD_CHANGER = { email: 'fuzz.password@shortlist.test', password: 'quiet lantern orchard 4821' };

/** What the fixtures read from an answer: ids, versions, statuses, lists of them. */
type Answer = { id: string; version: number; status: string; items: Array<{ id: string }>; user?: { id: string } };

async function call<T = Answer>(
  t: TestApp,
  auth: Auth,
  method: 'post' | 'get',
  url: string,
  body?: object,
): Promise<T> {
  const res = await t.http[method](url).set(auth).send(body);
  if (res.status >= 300) throw new Error(`${method.toUpperCase()} ${url} answered ${res.status}: ${res.text}`);
  return res.body;
}

export async function buildWorld(t: TestApp): Promise<FuzzWorld> {
  const admin = await signIn(t, DEMO.admin);
  const interviewer = await signIn(t, DEMO.interviewer);
  const manager = await signIn(t, DEMO.manager);
  const jobs = await call(t, admin, 'get', '/api/jobs');
  const job = await call<JobView>(t, admin, 'get', `/api/jobs/${jobs.items[0].id}`);
  const scratch = await createJob(t, admin, scratchJob('Fuzz target'));
  const knockoutAnswers = job.items
    .filter((i) => i.category === 'prerequisite')
    .map((i) => ({ itemId: i.id, met: true }));
  const candidate = async (name: string) =>
    (await call(t, admin, 'post', '/api/candidates', { name, email: `${name.replace(/\W/g, '.')}@fuzz.example` }))
      .id as string;
  const [candidateId, scratchCandidateId, erasableCandidateId, movingCandidate, decidingCandidate] = [
    await candidate('Fuzz Target'),
    await candidate('Fuzz Scratch'),
    await candidate('Fuzz Erasable'),
    await candidate('Fuzz Moving'),
    await candidate('Fuzz Deciding'),
  ];
  const apply = async (id: string) =>
    (await call(t, admin, 'post', `/api/jobs/${job.id}/applications`, { candidateId: id, knockoutAnswers }))
      .id as string;
  const applicationId = await apply(candidateId);
  const movingApplicationId = await apply(movingCandidate);
  const deciding = await apply(decidingCandidate);
  const me = await call(t, interviewer, 'get', '/api/me');
  const interviewStage = job.stages.find((s) => s.kind === 'interview')!;
  await call(t, admin, 'post', `/api/applications/${applicationId}/interviewers`, {
    userId: me.id,
    stageId: interviewStage.id,
  });
  const scorecard = await call(t, interviewer, 'post', `/api/applications/${applicationId}/scorecards`, {
    stageId: interviewStage.id,
  });
  const user = await call(t, admin, 'post', '/api/users', {
    email: 'fuzz.scratch@shortlist.test',
    name: 'Fuzz Scratch',
    role: 'recruiter',
  });
  // Changing a password revokes the other sessions: a user of its own keeps the others signed in.
  await call(t, admin, 'post', '/api/users', {
    email: PASSWORD_CHANGER.email,
    name: 'Fuzz Password',
    role: 'interviewer',
    password: PASSWORD_CHANGER.password,
  });
  const passwordChanger = await signIn(t, PASSWORD_CHANGER.email, PASSWORD_CHANGER.password);
  const imported = await t.http
    .post('/api/candidates/imports')
    .set(admin)
    .set('content-type', 'text/csv')
    .send('name,email\nImported Person,imported.person@fuzz.example\n');
  if (imported.status !== 202) throw new Error(`import answered ${imported.status}: ${imported.text}`);
  await importSettled(t, admin, imported.body.id);
  const versionOf = async (url: string, auth: Auth = admin) => Number((await call(t, auth, 'get', url)).version);
  return {
    auth: { admin, interviewer, manager, passwordChanger },
    job,
    scratchJobId: scratch.id,
    candidateId,
    scratchCandidateId,
    erasableCandidateId,
    applicationId,
    movingApplicationId,
    deciding,
    scratchUserId: user.user?.id ?? user.id,
    interviewerId: me.id,
    interviewStageId: interviewStage.id,
    scorecardId: scorecard.id,
    importId: imported.body.id,
    slug: job.slug!,
    jobVersion: () => versionOf(`/api/jobs/${scratch.id}`),
    candidateVersion: () => versionOf(`/api/candidates/${scratchCandidateId}`),
    scorecardVersion: async () => {
      const cards = await call<Answer[]>(t, interviewer, 'get', `/api/applications/${applicationId}/scorecards`);
      return Number(cards.find((c) => c.id === scorecard.id)?.version);
    },
  };
}

/** Imports run after the 202; their writes must not land while the fuzz watches for changed rows. */
export async function importSettled(t: TestApp, auth: Auth, id: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await call(t, auth, 'get', `/api/candidates/imports/${id}`);
    if (state.status === 'done' || state.status === 'failed') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Valid values for each path parameter, by the route's path. */
export function validPathValues(w: FuzzWorld, path: string): Record<string, string> {
  const id = [
    ['/api/users/{id}', w.scratchUserId],
    ['/api/jobs/{id}', w.job.id],
    ['/api/candidates/imports/{id}', w.importId],
    // DELETE erases: aim it at a candidate nothing else needs.
    ['/api/candidates/{id}', w.erasableCandidateId],
    ['/api/applications/{id}', w.applicationId],
    ['/api/scorecards/{id}', w.scorecardId],
  ].find(([prefix]) => path.startsWith(prefix))?.[1];
  return { ...(id ? { id } : {}), slug: w.slug };
}

export interface BodyTarget {
  url: string;
  auth: Auth;
  /** A body the route accepts (or refuses only for a business reason), built fresh for each case. */
  validBody: () => Promise<Json>;
  /** Told of each accepted body, for targets whose next valid body depends on it. */
  accepted?: (sent: Json) => void;
}

/** The current password changes whenever a case is accepted; the next valid body must know it. */
function passwordTarget(auth: Auth): BodyTarget {
  let current = PASSWORD_CHANGER.password;
  let changes = 0;
  return {
    url: '/api/me/password',
    auth,
    validBody: async () => ({ currentPassword: current, newPassword: `amber thicket voyage ${7310 + changes}` }),
    accepted: (sent) => {
      const next = (sent as { newPassword?: unknown }).newPassword;
      if (typeof next === 'string') current = next;
      changes += 1;
    },
  };
}

/** For each JSON route (`METHOD /api/path`): where to send it, as whom, and a valid body. */
export function bodyTargets(w: FuzzWorld): Record<string, BodyTarget> {
  const { admin, interviewer } = w.auth;
  const rated = w.job.items.find((i) => i.category === 'hard_skill')!;
  const flag = w.job.redFlagTypes[0];
  const otherStage = w.job.stages.find((s) => s.id !== w.interviewStageId && s.kind !== 'hired')!;
  const fixed = (body: Json) => async () => body;
  return {
    'POST /api/auth/login': {
      url: '/api/auth/login',
      auth: {},
      validBody: fixed({ email: DEMO.recruiter, password: DEMO.password }),
    },
    'POST /api/me/password': passwordTarget(w.auth.passwordChanger),
    'POST /api/users': {
      url: '/api/users',
      auth: admin,
      validBody: fixed({
        email: 'fuzz.new@shortlist.test',
        name: 'Fuzz New',
        role: 'interviewer',
        password: 'correct horse battery staple',
      }),
    },
    'PATCH /api/users/{id}': {
      url: `/api/users/${w.scratchUserId}`,
      auth: admin,
      validBody: fixed({ name: 'Fuzz Renamed', role: 'recruiter', active: true }),
    },
    'POST /api/job-templates/parse': {
      url: '/api/job-templates/parse',
      auth: admin,
      validBody: fixed({
        text: 'Backend Engineer\nRequirements\n- 2 years of TypeScript\n- SQL\nNice to have\n- Kubernetes',
      }),
    },
    'POST /api/jobs': {
      url: '/api/jobs',
      auth: admin,
      validBody: fixed(scratchJob('Fuzz created') as unknown as Json),
    },
    'PATCH /api/jobs/{id}': {
      url: `/api/jobs/${w.scratchJobId}`,
      auth: admin,
      validBody: async () => ({
        version: await w.jobVersion(),
        title: 'Fuzz target renamed',
        thresholds: { advance: 70, discuss: 50, minCoverage: 60 },
      }),
    },
    'POST /api/candidates': {
      url: '/api/candidates',
      auth: admin,
      validBody: fixed({
        name: 'Fuzz Created',
        email: 'fuzz.created@fuzz.example',
        phone: '+1 555 0100',
        tags: ['fuzz'],
        links: [{ label: 'site', url: 'https://example.com' }],
      }),
    },
    'PATCH /api/candidates/{id}': {
      url: `/api/candidates/${w.scratchCandidateId}`,
      auth: admin,
      validBody: async () => ({
        version: await w.candidateVersion(),
        name: 'Fuzz Scratch',
        tags: ['a', 'b'],
        source: 'referral',
      }),
    },
    'POST /api/candidates/erasures': {
      url: '/api/candidates/erasures',
      auth: admin,
      validBody: fixed({ candidateIds: [w.erasableCandidateId] }),
    },
    'POST /api/jobs/{id}/applications': {
      url: `/api/jobs/${w.scratchJobId}/applications`,
      auth: admin,
      validBody: fixed({ candidateId: w.candidateId, knockoutAnswers: [] }),
    },
    'POST /api/applications/{id}/moves': {
      url: `/api/applications/${w.movingApplicationId}/moves`,
      auth: admin,
      validBody: fixed({ toStageId: otherStage.id, note: 'fuzz' }),
    },
    'POST /api/applications/bulk': {
      url: '/api/applications/bulk',
      auth: admin,
      validBody: fixed({ applicationIds: [w.movingApplicationId], action: 'tag', tags: ['fuzzed'] }),
    },
    'POST /api/applications/{id}/interviewers': {
      url: `/api/applications/${w.applicationId}/interviewers`,
      auth: admin,
      validBody: fixed({ userId: w.interviewerId, stageId: w.interviewStageId }),
    },
    'POST /api/applications/{id}/scorecards': {
      url: `/api/applications/${w.applicationId}/scorecards`,
      auth: interviewer,
      validBody: fixed({ stageId: w.interviewStageId }),
    },
    'PUT /api/scorecards/{id}': {
      url: `/api/scorecards/${w.scorecardId}`,
      auth: interviewer,
      validBody: async () => ({
        version: await w.scorecardVersion(),
        ratings: [{ itemId: rated.id, value: 3, note: 'solid' }],
        redFlags: flag ? [{ typeId: flag.id, severity: 'note', evidence: 'late' }] : [],
        recommendation: 'yes',
        takeaways: 'fine',
      }),
    },
    'POST /api/scorecards/{id}/submit': {
      url: `/api/scorecards/${w.scorecardId}/submit`,
      auth: interviewer,
      validBody: async () => ({ version: await w.scorecardVersion() }),
    },
    'POST /api/applications/{id}/decision': {
      url: `/api/applications/${w.deciding}/decision`,
      auth: admin,
      validBody: fixed({ decision: 'advance', reason: 'fuzz', override: true }),
    },
    'POST /api/applications/{id}/notes': {
      url: `/api/applications/${w.applicationId}/notes`,
      auth: admin,
      validBody: fixed({ body: 'A fuzz note', itemId: rated.id }),
    },
  };
}
