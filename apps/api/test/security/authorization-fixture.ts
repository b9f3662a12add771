import type { JobView } from '@shortlist/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApplicationInterviewer } from '../../src/applications/application-interviewer.entity';
import { Candidate } from '../../src/candidates/candidate.entity';
import { Job } from '../../src/jobs/job.entity';
import { Scorecard } from '../../src/scorecards/scorecard.entity';
import { User } from '../../src/users/user.entity';
import { apply, createCandidate, openJob, stageIdOf } from '../candidates-fixtures';
import { DEMO, signIn, TestApp } from '../harness';
import { type Auth, createJob, scratchJob } from '../jobs-fixtures';

/** The callers of the matrix; `interviewer` is Ivan, and Iris (interviewer2) is "the other interviewer". */
export const CALLERS = ['anonymous', 'interviewer', 'hiring_manager', 'recruiter', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;
export type Which = 'own' | 'foreign';

export const CALLER_EMAIL: Record<SignedInCaller, string> = {
  interviewer: DEMO.interviewer,
  hiring_manager: DEMO.manager,
  recruiter: DEMO.recruiter,
  admin: DEMO.admin,
};
const IRIS = 'interviewer2@shortlist.test';
const OTHER_MANAGER = { email: 'manager2@shortlist.test', password: 'other-manager-pass-1' };
const SPARE_INTERVIEWER = { email: 'interviewer3@shortlist.test', password: 'spare-interviewer-1' };

/** Who writes scorecards in the fixture: the panel roles, and Iris. */
export type Author = 'interviewer' | 'hiring_manager' | 'admin' | 'iris';

/** A draft the author saved with a recommendation, so it can be submitted. */
export interface Draft {
  id: string;
  applicationId: string;
}

/**
 * The world the matrix runs in, built through the API:
 * - job A: the demo hiring manager's (Morgan), open; job B: another hiring
 *   manager's, open; job C: a draft (its posting is not public). No stage
 *   has interviewers: who interviews is decided per application.
 * - application A (job A): Ivan, Iris, Morgan and the admin assigned to its
 *   coding stage, each with a saved draft scorecard; Iris also left a note.
 * - application B (job B): only Iris assigned, with a draft.
 * "Own" is, for an interviewer, what they are assigned to (job A through
 * application A, application A, their draft); for a hiring manager job A and
 * its applications; recruiters and admins own nothing, so for them "own" is
 * job A's side. "Foreign" is job B's side, and Iris's draft on application A.
 */
export class AuthorizationFixture {
  readonly auth = {} as Record<SignedInCaller, Auth>;
  /** Each caller's password: the matrix changes them through POST /api/me/password. */
  readonly password: Record<SignedInCaller, string> = {
    interviewer: DEMO.password,
    hiring_manager: DEMO.password,
    recruiter: DEMO.password,
    admin: DEMO.password,
  };
  readonly userId = {} as Record<SignedInCaller | 'iris' | 'otherManager' | 'spare', string>;
  iris!: Auth;
  otherManager!: Auth;
  jobA!: JobView;
  jobB!: JobView;
  jobC!: JobView;
  appA!: string;
  appB!: string;
  candidateA!: string;
  candidateB!: string;
  /** Each scorecard author's draft on application A. */
  readonly draftOnA = {} as Record<Author, string>;
  irisDraftOnB!: string;
  /** Candidate imports started by each caller who may import. */
  readonly importBy = {} as Record<'hiring_manager' | 'recruiter' | 'admin', string>;
  private seq = 0;

  constructor(readonly t: TestApp) {}

  async build(): Promise<this> {
    const { t } = this;
    for (const caller of ['interviewer', 'hiring_manager', 'recruiter', 'admin'] as const) {
      this.auth[caller] = await this.signIn(caller);
    }
    this.iris = await signIn(t, IRIS);
    for (const extra of [
      { ...OTHER_MANAGER, name: 'Other Manager', role: 'hiring_manager' },
      { ...SPARE_INTERVIEWER, name: 'Ina Spare', role: 'interviewer' },
    ]) {
      await t.http.post('/api/users').set(this.auth.admin).send(extra).expect(201);
    }
    this.otherManager = await signIn(t, OTHER_MANAGER.email, OTHER_MANAGER.password);
    const users = t.dataSource.getRepository(User);
    const idOf = async (email: string) => (await users.findOneByOrFail({ email })).id;
    for (const caller of ['interviewer', 'hiring_manager', 'recruiter', 'admin'] as const) {
      this.userId[caller] = await idOf(CALLER_EMAIL[caller]);
    }
    this.userId.iris = await idOf(IRIS);
    this.userId.otherManager = await idOf(OTHER_MANAGER.email);
    this.userId.spare = await idOf(SPARE_INTERVIEWER.email);

    const redFlagTypes = [{ label: 'Poor communication' }];
    this.jobA = await openJob(t, this.auth.hiring_manager, 'Matrix Job A', { redFlagTypes });
    this.jobB = await openJob(t, this.otherManager, 'Matrix Job B', { redFlagTypes });
    this.jobC = await createJob(t, this.otherManager, scratchJob('Matrix Draft Job'));

    this.appA = await this.application('own');
    this.appB = await this.application('foreign');
    this.candidateA = (await this.applicationRow(this.appA)).candidateId;
    this.candidateB = (await this.applicationRow(this.appB)).candidateId;

    for (const author of ['interviewer', 'hiring_manager', 'admin'] as const) {
      this.draftOnA[author] = (await this.draft(this.appA, author)).id;
    }
    this.draftOnA.iris = (await this.draft(this.appA, 'iris')).id;
    this.irisDraftOnB = (await this.draft(this.appB, 'iris')).id;
    await t.http
      .post(`/api/applications/${this.appA}/notes`)
      .set(this.iris)
      .send({ body: 'Iris: hesitant on joins' })
      .expect(201);

    for (const caller of ['hiring_manager', 'recruiter', 'admin'] as const) {
      this.importBy[caller] = await this.importOne(this.auth[caller]);
    }
    return this;
  }

  /** A new session of this caller. */
  signIn(caller: SignedInCaller): Promise<Auth> {
    return signIn(this.t, CALLER_EMAIL[caller], this.password[caller]);
  }

  job(which: Which): JobView {
    return which === 'own' ? this.jobA : this.jobB;
  }

  /** A fresh application: on job A assigned to Ivan (so it is his too), on job B to Iris. */
  async application(which: Which): Promise<string> {
    const job = this.job(which);
    this.seq += 1;
    const candidate = await createCandidate(this.t, this.auth.recruiter, {
      name: `Matrix Candidate ${this.seq}`,
      email: `matrix${this.seq}@example.com`,
    });
    const id = (await apply(this.t, this.auth.recruiter, job.id, { candidateId: candidate.id })).id as string;
    const interviewer = job.id === this.jobA.id ? this.userId.interviewer : this.userId.iris;
    await this.assign(id, interviewer, job);
    return id;
  }

  /** A fresh candidate applied to the job of `which` side. */
  async candidate(which: Which): Promise<string> {
    return (await this.applicationRow(await this.application(which))).candidateId;
  }

  /** A fresh draft of this caller on a fresh application of job A, ready to submit; undefined for a recruiter. */
  async freshDraft(caller: Caller): Promise<Draft | undefined> {
    const author = caller === 'anonymous' ? 'interviewer' : caller;
    if (author === 'recruiter') return undefined;
    const applicationId = await this.application('own');
    return this.draft(applicationId, author);
  }

  coding(job: JobView): string {
    return stageIdOf(job, 'Coding');
  }

  nextEmail(prefix: string): string {
    this.seq += 1;
    return `${prefix}${this.seq}@example.com`;
  }

  async jobVersion(id: string): Promise<number> {
    return (await this.t.dataSource.getRepository(Job).findOneByOrFail({ id })).version;
  }

  async scorecardVersion(id: string): Promise<number> {
    return (await this.t.dataSource.getRepository(Scorecard).findOneByOrFail({ id })).version;
  }

  async candidateVersion(id: string): Promise<number> {
    return (await this.t.dataSource.getRepository(Candidate).findOneByOrFail({ id })).version;
  }

  /** A complete scorecard body for job A or B (both have the same items). */
  scorecardBody(jobId: string, version: number) {
    const job = jobId === this.jobA.id ? this.jobA : this.jobB;
    const item = (label: string) => job.items.find((i) => i.label === label)!.id;
    return {
      version,
      ratings: [
        { itemId: item('Right to work in the EU'), value: 'met' },
        { itemId: item('SQL'), value: 3, note: 'Solid joins' },
      ],
      redFlags: [],
      recommendation: 'yes',
      takeaways: 'Fine',
    };
  }

  /** Waits for a candidate import to finish, so nothing runs on when the app closes. */
  async importFinished(id: string): Promise<void> {
    for (let i = 0; i < 200; i += 1) {
      const res = await this.t.http.get(`/api/candidates/imports/${id}`).set(this.auth.admin).expect(200);
      if (res.body.status === 'done' || res.body.status === 'failed') return;
      await sleep(50);
    }
    throw new Error(`import ${id} did not finish`);
  }

  csv(): string {
    return `name,email\nImported Person,${this.nextEmail('imported')}\n`;
  }

  private async importOne(auth: Auth): Promise<string> {
    const res = await this.t.http
      .post('/api/candidates/imports')
      .set(auth)
      .set('content-type', 'text/csv')
      .send(this.csv())
      .expect(202);
    await this.importFinished(res.body.id);
    return res.body.id;
  }

  private async assign(applicationId: string, userId: string, job: JobView): Promise<void> {
    await this.t.http
      .post(`/api/applications/${applicationId}/interviewers`)
      .set(this.auth.recruiter)
      .send({ userId, stageId: this.coding(job) })
      .expect(201);
  }

  /** The author's saved draft (with a recommendation) at the coding stage, assigning them first if need be. */
  async draft(applicationId: string, author: Author): Promise<Draft> {
    const userId = this.userId[author];
    const auth = author === 'iris' ? this.iris : this.auth[author];
    const { jobId } = await this.applicationRow(applicationId);
    const job = jobId === this.jobA.id ? this.jobA : this.jobB;
    if (!(await this.isAssigned(applicationId, userId))) await this.assign(applicationId, userId, job);
    const started = await this.t.http
      .post(`/api/applications/${applicationId}/scorecards`)
      .set(auth)
      .send({ stageId: this.coding(job) })
      .expect(201);
    await this.t.http
      .put(`/api/scorecards/${started.body.id}`)
      .set(auth)
      .send(this.scorecardBody(jobId, started.body.version))
      .expect(200);
    return { id: started.body.id, applicationId };
  }

  private async isAssigned(applicationId: string, userId: string): Promise<boolean> {
    return this.t.dataSource.getRepository(ApplicationInterviewer).existsBy({ applicationId, userId });
  }

  private async applicationRow(id: string): Promise<{ jobId: string; candidateId: string }> {
    const res = await this.t.http.get(`/api/applications/${id}`).set(this.auth.admin).expect(200);
    return { jobId: res.body.jobId, candidateId: res.body.candidateId };
  }
}
