import { Application } from '../src/applications/application.entity';
import { Candidate } from '../src/candidates/candidate.entity';
import { ResumeFile } from '../src/candidates/resume-file.entity';
import { apply, createCandidate, makeDocx, makePdf, openJob } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import type { Auth } from './jobs-fixtures';

describe(`candidates on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  let manager: Auth;
  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
    manager = await signIn(t, DEMO.manager);
  });
  afterAll(() => t.close());

  const rowOf = (id: string) => t.dataSource.getRepository(Candidate).findOneByOrFail({ id });

  it('creates a candidate, and answers a duplicate email (any case) with 409 naming who has it', async () => {
    const ada = await createCandidate(t, recruiter, {
      name: 'Ada Lovelace',
      email: 'Ada@Example.com',
      tags: ['Remote', 'EU'],
      links: [{ label: 'GitHub', url: 'https://github.com/ada' }],
    });
    expect(ada).toMatchObject({ email: 'ada@example.com', source: 'sourced', tags: ['Remote', 'EU'], version: 1 });
    const dup = await t.http
      .post('/api/candidates')
      .set(recruiter)
      .send({ name: 'Someone', email: 'ADA@example.com ' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      code: 'CANDIDATE_EMAIL_TAKEN',
      existingCandidateId: ada.id,
      detail: 'A candidate with this email already exists: Ada Lovelace',
    });
    expect(await t.dataSource.getRepository(Candidate).countBy({ email: 'ada@example.com' })).toBe(1);
  });

  it('edits with the version (a stale one is 409), and refuses interviewers', async () => {
    const c = await createCandidate(t, recruiter, { name: 'Grace', email: 'grace@example.com' });
    const ok = await t.http.patch(`/api/candidates/${c.id}`).set(recruiter).send({ version: 1, phone: '+44 1' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ phone: '+44 1', version: 2 });
    const stale = await t.http.patch(`/api/candidates/${c.id}`).set(recruiter).send({ version: 1, name: 'X' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await rowOf(c.id)).toMatchObject({ name: 'Grace', version: 2 });
    const interviewer = await signIn(t, DEMO.interviewer);
    expect((await t.http.get(`/api/candidates/${c.id}`).set(interviewer)).status).toBe(403);
  });

  it('searches by name, email, tag and skill (with the screening synonyms)', async () => {
    await createCandidate(t, recruiter, {
      name: 'Linus Search',
      email: 'linus@kernel.example',
      tags: ['Backend'],
      resumeText: 'Five years of PostgreSQL and Node.js services.',
    });
    await createCandidate(t, recruiter, {
      name: 'Margaret Search',
      email: 'margaret@apollo.example',
      tags: ['frontend'],
      resumeText: 'React and TypeScript.',
    });
    const names = async (query: string) =>
      (await t.http.get(`/api/candidates?${query}`).set(recruiter).expect(200)).body.items.map(
        (i: { name: string }) => i.name,
      );
    expect(await names('q=search')).toEqual(['Linus Search', 'Margaret Search']);
    expect(await names('q=APOLLO')).toEqual(['Margaret Search']);
    expect(await names('tag=backend')).toEqual(['Linus Search']);
    // SQL finds the résumé that says PostgreSQL; Node.js is a word of its own.
    expect(await names('skill=SQL')).toEqual(['Linus Search']);
    expect(await names('skill=node.js')).toEqual(['Linus Search']);
    expect(await names('skill=Kubernetes')).toEqual([]);
    const page = await t.http.get('/api/candidates?q=search&limit=1').set(recruiter).expect(200);
    expect(page.body).toMatchObject({ total: 2, items: [{ name: 'Linus Search', applicationCount: 0 }] });
  });

  it('shows every application of a candidate who applied to two jobs', async () => {
    const [a, b] = [await openJob(t, manager, 'Job A'), await openJob(t, manager, 'Job B')];
    const c = await createCandidate(t, recruiter, { name: 'Two Jobs', email: 'two@example.com' });
    await apply(t, recruiter, a.id, { candidateId: c.id });
    await apply(t, recruiter, b.id, { candidateId: c.id });
    const res = await t.http.get(`/api/candidates/${c.id}`).set(recruiter).expect(200);
    expect(res.body.applications.map((x: { jobTitle: string }) => x.jobTitle).sort()).toEqual(['Job A', 'Job B']);
    expect(res.body.applications[0]).toMatchObject({ stageName: 'Applied', status: 'active' });
  });

  describe('résumé upload', () => {
    const upload = (id: string, bytes: Buffer, name: string) =>
      t.http.post(`/api/candidates/${id}/resume`).set(recruiter).attach('file', bytes, name);

    it.each([
      ['text', Buffer.from('Jane knows PostgreSQL and Kubernetes.'), 'cv.txt', 'text/plain'],
      ['PDF', makePdf('Jane knows PostgreSQL and Kubernetes.'), 'cv.pdf', 'application/pdf'],
      ['PDF named .txt', makePdf('Jane knows PostgreSQL and Kubernetes.'), 'cv.txt', 'application/pdf'],
      [
        'DOCX',
        makeDocx('Jane knows PostgreSQL and Kubernetes.'),
        'cv.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ])('reads a %s by its content, keeps the file and the text, and screens again', async (_, bytes, name, type) => {
      const job = await openJob(t, manager, `Upload ${name} ${type}`);
      const c = await createCandidate(t, recruiter, { name: 'Jane', email: `jane-${Math.random()}@example.com` });
      const applied = await apply(t, recruiter, job.id, { candidateId: c.id });
      expect(applied.screening.screenScore).toBe(0);
      const res = await upload(c.id, bytes, name);
      expect(res.status).toBe(200);
      expect(res.body.resumeText).toMatch(/Jane knows PostgreSQL and Kubernetes\./);
      expect(res.body.resumeFile).toMatchObject({ fileName: name, mimeType: type, sizeBytes: bytes.length });
      const file = await t.dataSource.getRepository(ResumeFile).findOneByOrFail({ candidateId: c.id });
      expect(Buffer.from(file.contentBase64, 'base64').equals(bytes)).toBe(true);
      const application = await t.dataSource.getRepository(Application).findOneByOrFail({ id: applied.id });
      expect(application.screenScore).toBeGreaterThan(0);
    });

    it.each([
      [
        'an executable named .pdf',
        Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0xff, 0xfe]),
        'cv.pdf',
        415,
        'UNSUPPORTED_RESUME_TYPE',
      ],
      ['a truncated PDF', makePdf('Jane').subarray(0, 120), 'cv.pdf', 422, 'RESUME_UNREADABLE'],
      ['a file over 5 MiB', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'cv.txt', 413, 'PAYLOAD_TOO_LARGE'],
    ])('refuses %s clearly and keeps nothing', async (_, bytes, name, status, code) => {
      const c = await createCandidate(t, recruiter, { name: 'Bad File', email: `bad-${Math.random()}@example.com` });
      const res = await upload(c.id, bytes, name);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await t.dataSource.getRepository(ResumeFile).countBy({ candidateId: c.id })).toBe(0);
      expect((await rowOf(c.id)).resumeText).toBeNull();
    });
  });
});
