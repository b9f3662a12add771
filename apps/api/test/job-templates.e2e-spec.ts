import { LEVELS } from '@shortlist/contracts';
import { PARSE_BODY_LIMIT_BYTES } from '../src/job-templates/job-templates.controller';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { jobDescriptionText } from './jobs-fixtures';

describe('POST /api/job-templates/parse', () => {
  let t: TestApp;
  let manager: { Authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signIn(t, DEMO.manager);
  });
  afterAll(() => t.close());

  const parse = (auth: Record<string, string>, body: unknown) =>
    t.http
      .post('/api/job-templates/parse')
      .set(auth)
      .send(body as object);

  it('reads the backend engineer intern page into a template with the ladder levels', async () => {
    const res = await parse(manager, { text: jobDescriptionText() }).expect(200);
    const template = res.body;
    const count = (category: string) => template.items.filter((i: { category: string }) => i.category === category);
    expect(template.title).toBe('Backend Engineer Intern');
    expect(count('qualification')).toHaveLength(5);
    expect(count('prerequisite')).toHaveLength(5);
    expect(count('hard_skill')).toHaveLength(8);
    expect(count('soft_skill')).toHaveLength(8);
    expect(template.redFlags).toHaveLength(5);
    expect(template.stages.map((s: { name: string }) => s.name)).toEqual([
      'Coding assessment',
      'System design discussion',
      'Behavioral interview',
    ]);
    expect(template.tools).toHaveLength(8);
    expect(template.levels.map((l: { name: string }) => l.name)).toEqual([...LEVELS]);
    expect(template.levels[0].description).toMatch(/^Intern Back-End Engineers are/);
    expect(template.warnings).toEqual([]);
  });

  it('is for hiring managers, recruiters and admins, and writes nothing', async () => {
    await t.http.post('/api/job-templates/parse').send({ text: 'x' }).expect(401);
    const interviewer = await signIn(t, DEMO.interviewer);
    expect((await parse(interviewer, { text: 'x' })).body.code).toBe('FORBIDDEN');
    for (const email of [DEMO.recruiter, DEMO.admin]) {
      await parse(await signIn(t, email), { text: 'Job Title: Data Analyst' }).expect(200);
    }
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM jobs');
    // Only the demo job.
    expect(Number(count)).toBe(1);
  });

  it('answers anything that is not a page with a best-effort template and warnings', async () => {
    const res = await parse(manager, { text: '' }).expect(200);
    expect(res.body).toMatchObject({ title: null, items: [], levels: expect.any(Array) });
    expect(res.body.warnings).toContain('No title found');
  });

  it('takes 1,000,000 characters of text, although the JSON is over the global body limit', async () => {
    const filler = 'Équipe à Zürich: développeurs « back-end » et collègues — café, crème brûlée.\n';
    const text = (jobDescriptionText() + filler.repeat(Math.ceil(1_000_000 / filler.length))).slice(0, 1_000_000);
    const body = JSON.stringify({ text });
    // Accents take 2 bytes and "\n" is escaped: 1,178,708 bytes > 1,048,576 (1 MiB) but < 2.5 MiB.
    expect(Buffer.byteLength(body)).toBeGreaterThan(t.config.bodyLimitBytes);
    expect(Buffer.byteLength(body)).toBeLessThan(PARSE_BODY_LIMIT_BYTES);
    const res = await t.http
      .post('/api/job-templates/parse')
      .set(manager)
      .set('content-type', 'application/json')
      .send(body)
      .expect(200);
    expect(res.body.title).toBe('Backend Engineer Intern');
    expect(res.body.items).toHaveLength(26);
  });

  it('refuses 1,000,001 characters naming the field, and 3 MB with 413 problem details', async () => {
    const long = await parse(manager, { text: 'a'.repeat(1_000_001) });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([
      { field: 'text', message: 'must be shorter than or equal to 1000000 characters' },
    ]);
    const huge = await parse(manager, { text: 'a'.repeat(3_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(huge.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', instance: '/api/job-templates/parse' });
  });

  it('keeps the global body limit on every other route', async () => {
    const res = await t.http
      .post('/api/jobs')
      .set(manager)
      .send({ title: 'x', summary: 'a'.repeat(1_100_000) });
    expect(res.status).toBe(413);
  });

  it('names a missing or mistyped text', async () => {
    const missing = await parse(manager, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['text']);
    const number = await parse(manager, { text: 42, extra: true });
    expect(number.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'text']);
  });
});
