import type { JobView } from '@shortlist/contracts';
import { Application } from '../src/applications/application.entity';
import { Candidate } from '../src/candidates/candidate.entity';
import { ResumeFile } from '../src/candidates/resume-file.entity';
import { createCandidate, makePdf, openJob } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob, scratchJob } from './jobs-fixtures';

describe(`the public application page on ${engine()}`, () => {
  let t: TestApp;
  let manager: Auth;
  let job: JobView;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signIn(t, DEMO.manager);
    job = await openJob(t, manager, 'Public Backend Engineer');
  });
  afterAll(() => t.close());

  const submit = (fields: Record<string, string>, file?: { bytes: Buffer; name: string }, slug = job.slug) => {
    let req = t.http.post(`/api/public/jobs/${slug}/applications`);
    for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
    return file ? req.attach('resume', file.bytes, file.name) : req;
  };

  it('shows an open job with its knock-out questions, without signing in', async () => {
    const res = await t.http.get(`/api/public/jobs/${job.slug}`).expect(200);
    const prerequisite = job.items.find((i) => i.category === 'prerequisite')!;
    expect(res.body).toMatchObject({
      slug: job.slug,
      title: 'Public Backend Engineer',
      knockoutQuestions: [{ itemId: prerequisite.id, question: prerequisite.knockoutQuestion ?? prerequisite.label }],
    });
    expect(res.body).not.toHaveProperty('items');
  });

  it('answers 404 for a draft job', async () => {
    const draft = await createJob(t, manager, scratchJob('Draft job'));
    expect((await t.http.get(`/api/public/jobs/${draft.slug}`)).status).toBe(404);
    expect((await submit({ name: 'A', email: 'a@b.co' }, undefined, draft.slug)).status).toBe(404);
  });

  it('creates the candidate (source public_form) and the application, with the résumé screened', async () => {
    const prerequisite = job.items.find((i) => i.category === 'prerequisite')!;
    const res = await submit(
      {
        name: 'Pat Public',
        email: 'Pat@Example.com',
        knockoutAnswers: JSON.stringify([{ itemId: prerequisite.id, met: true }]),
      },
      { bytes: makePdf('Pat built APIs on Postgres and Kubernetes.'), name: 'pat.pdf' },
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ received: true, jobTitle: 'Public Backend Engineer' });
    const candidate = await t.dataSource.getRepository(Candidate).findOneByOrFail({ email: 'pat@example.com' });
    expect(candidate).toMatchObject({ name: 'Pat Public', source: 'public_form' });
    expect(candidate.resumeText).toMatch(/Postgres/);
    expect(await t.dataSource.getRepository(ResumeFile).countBy({ candidateId: candidate.id })).toBe(1);
    const application = await t.dataSource.getRepository(Application).findOneByOrFail({ candidateId: candidate.id });
    expect(application).toMatchObject({ jobId: job.id, status: 'active', knockoutFlag: false });
    expect(application.screenScore).toBeGreaterThan(0);
  });

  it('keeps the name a recruiter entered for an existing candidate, adding the résumé', async () => {
    const recruiter = await signIn(t, DEMO.recruiter);
    const known = await createCandidate(t, recruiter, {
      name: 'Known Person',
      email: 'known@example.com',
      source: 'referral',
    });
    const res = await submit(
      { name: 'kn0wn!!', email: 'KNOWN@example.com' },
      { bytes: Buffer.from('I know SQL.'), name: 'cv.txt' },
    );
    expect(res.status).toBe(201);
    const row = await t.dataSource.getRepository(Candidate).findOneByOrFail({ id: known.id });
    expect(row).toMatchObject({ name: 'Known Person', source: 'referral', resumeText: 'I know SQL.' });
  });

  it('answers a second application with 409 ALREADY_APPLIED in plain words, changing nothing', async () => {
    const res = await submit(
      { name: 'Pat Public', email: 'pat@example.com' },
      { bytes: Buffer.from('new text'), name: 'cv.txt' },
    );
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'ALREADY_APPLIED', detail: 'You have already applied to this job' });
    const candidate = await t.dataSource.getRepository(Candidate).findOneByOrFail({ email: 'pat@example.com' });
    expect(candidate.resumeText).toMatch(/Postgres/);
  });

  it('refuses a résumé over 5 MiB with 413, and a bad email with 400', async () => {
    const big = await submit(
      { name: 'Big', email: 'big@example.com' },
      { bytes: Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), name: 'cv.txt' },
    );
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await submit({ name: 'Bad', email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'email', message: 'must be an email address' }]);
    expect(await t.dataSource.getRepository(Candidate).countBy({ email: 'big@example.com' })).toBe(0);
  });

  it('refuses multipart on routes that take JSON (415)', async () => {
    const recruiter = await signIn(t, DEMO.recruiter);
    const res = await t.http.post('/api/candidates').set(recruiter).field('name', 'x').field('email', 'x@y.co');
    expect(res.status).toBe(415);
  });
});

describe(`the public form's rate limit on ${engine()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the 11th submission from one address within 10 minutes with 429 and Retry-After', async () => {
    const manager = await signIn(t, DEMO.manager);
    const job = await openJob(t, manager, 'Limited job');
    for (let i = 0; i < 10; i += 1) {
      const res = await t.http
        .post(`/api/public/jobs/${job.slug}/applications`)
        .field('name', `Person ${i}`)
        .field('email', `person${i}@example.com`);
      expect(res.status).toBe(201);
    }
    const blocked = await t.http
      .post(`/api/public/jobs/${job.slug}/applications`)
      .field('name', 'One too many')
      .field('email', 'late@example.com');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    expect(await t.dataSource.getRepository(Candidate).countBy({ email: 'late@example.com' })).toBe(0);
  });
});
