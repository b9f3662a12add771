import { randomUUID } from 'node:crypto';
import type { JobView } from '@shortlist/contracts';
import { Job } from '../src/jobs/job.entity';
import { User } from '../src/users/user.entity';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob, parseTemplate, rowsOf, scratchJob } from './jobs-fixtures';

describe('creating jobs', () => {
  let t: TestApp;
  let manager: Auth;
  let managerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signIn(t, DEMO.manager);
    managerId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.manager })).id;
  });
  afterAll(() => t.close());

  describe('from the parsed backend engineer intern page', () => {
    let job: JobView;
    beforeAll(async () => {
      const template = await parseTemplate(t, manager);
      job = await createJob(t, manager, { template });
    });

    const labelsOf = (ids: string[]) => ids.map((id) => job.items.find((item) => item.id === id)?.label);

    it('answers the job as a draft owned by its creator, at version 1 and rubric version 1', () => {
      expect(job).toMatchObject({
        title: 'Backend Engineer Intern',
        status: 'draft',
        location: 'Hybrid/Remote (with occasional onsite meetings)',
        employmentType: 'Full-time Internship',
        hiringManagerId: managerId,
        version: 1,
        rubricVersion: 1,
      });
      expect(job.slug).toBe(`backend-engineer-intern-${job.id.slice(0, 8)}`);
    });

    it('infers the Intern level from the title, with the Intern weights and thresholds', () => {
      expect(job.level).toBe('Intern');
      // LEVEL_DEFAULTS.Intern: 35 + 30 + 35 = 100; an all-"yes" candidate (66.7) clears advance 65.
      expect(job.categoryWeights).toEqual({ qualification: 35, hard_skill: 30, soft_skill: 35 });
      expect(job.thresholds).toEqual({ advance: 65, discuss: 45, minCoverage: 50 });
    });

    it('keeps the 26 items in page order, with anchors, gates and knock-out questions', () => {
      // 5 qualifications + 5 prerequisites + 8 hard skills + 8 soft skills.
      expect(job.items).toHaveLength(26);
      expect(job.items.map((item) => item.position)).toEqual([...Array(26).keys()]);
      const prerequisites = job.items.filter((item) => item.category === 'prerequisite');
      expect(prerequisites.every((item) => item.mustHave && Object.keys(item.anchors).join() === 'met,not_met')).toBe(
        true,
      );
      expect(prerequisites.map((item) => item.knockoutQuestion)).toContain(
        'Are you authorized to work in the country of employment?',
      );
      const languages = job.items.find((item) => item.label === 'Programming Languages: Python, Java, Node.js')!;
      expect(languages.keywords).toEqual(['Python', 'Java', 'Node.js']);
      expect(Object.keys(languages.anchors)).toEqual(['1', '2', '3', '4']);
    });

    it('plans the nine default stages in order, the recruiter screen on the five prerequisites', () => {
      expect(job.stages.map((s) => [s.order, s.name, s.kind])).toEqual([
        [0, 'Applied', 'applied'],
        [1, 'Résumé screen', 'screen'],
        [2, 'Recruiter screen', 'screen'],
        [3, 'Coding assessment', 'interview'],
        [4, 'System design discussion', 'interview'],
        [5, 'Behavioral interview', 'interview'],
        [6, 'Decision', 'decision'],
        [7, 'Offer', 'offer'],
        [8, 'Hired', 'hired'],
      ]);
      const prerequisiteIds = job.items.filter((item) => item.category === 'prerequisite').map((item) => item.id);
      expect(job.stages[2].focusItemIds).toEqual(prerequisiteIds);
      expect(labelsOf(job.stages[4].focusItemIds)).toEqual([
        'Basic knowledge of databases and SQL',
        'Database Technologies: SQL, NoSQL, Redis',
        'Web Frameworks: Django, Spring Boot, Express',
        'API Development: REST, GraphQL',
      ]);
      expect(job.stages[3].guidance[0]).toMatch(/^Prioritize practical coding experience/);
    });

    it('links the five red flags to items by id', () => {
      expect(job.redFlagTypes.map((flag) => [flag.label, labelsOf(flag.linkedItemIds)])).toEqual([
        ["Can't explain basic concepts", ['Strong understanding of data structures and algorithms']],
        [
          'Lack of interest in understanding how systems work',
          ['Quick learning and adaptability', 'Initiative and proactiveness'],
        ],
        ['Resistance to feedback', ['Quick learning and adaptability']],
        [
          'Poor communication skills',
          ['Strong written and verbal communication abilities', 'Excellent written and verbal communication'],
        ],
        [
          'Inability to work in teams',
          ['Ability to work independently and in teams', 'Ability to work effectively in teams'],
        ],
      ]);
    });

    it('leaves the rows behind, with a snapshot of rubric version 1', async () => {
      const rows = await rowsOf(t, job.id);
      expect(rows.job).toMatchObject({
        title: 'Backend Engineer Intern',
        level: 'Intern',
        version: 1,
        rubricVersion: 1,
      });
      expect(rows.items).toHaveLength(26);
      expect(rows.items.every((item) => item.addedInVersion === 1 && item.retiredAt === null)).toBe(true);
      expect(rows.stages.map((s) => s.name)).toHaveLength(9);
      expect(rows.flags).toHaveLength(5);
      expect(rows.versions.map((v) => [v.version, v.items.length, v.createdById])).toEqual([[1, 26, managerId]]);
      await t.http.get(`/api/jobs/${job.id}`).set(manager).expect(200, job);
    });
  });

  it('creates a job from scratch: a title, items, the default plan; the level from the title or Junior', async () => {
    const job = await createJob(t, manager, scratchJob('Senior Platform Engineer'));
    expect(job.level).toBe('Senior');
    // LEVEL_DEFAULTS.Senior: 20 / 45 / 35, advance 75.
    expect(job.categoryWeights).toEqual({ qualification: 20, hard_skill: 45, soft_skill: 35 });
    expect(job.items.map((item) => [item.category, item.label, item.weight, item.mustHave])).toEqual([
      ['prerequisite', 'Right to work in the EU', 1, true],
      ['hard_skill', 'Kubernetes', 1, false],
      ['soft_skill', 'Clear written communication', 1, false],
    ]);
    expect(job.items[0].knockoutQuestion).toBe('Do you have the right to work in the EU?');
    expect(job.items[2].anchors['4']).toMatch(/clear written communication/i);
    expect(job.stages).toHaveLength(9);
    expect(job.stages[2].focusItemIds).toEqual([job.items[0].id]);
    const plain = await createJob(t, manager, { ...scratchJob('Platform Engineer'), stages: undefined });
    expect(plain.level).toBe('Junior');
  });

  it('takes a plan and red flags that name the new items by label', async () => {
    const job = await createJob(t, manager, {
      ...scratchJob('Data Engineer'),
      level: 'Mid-Level',
      stages: [
        { name: 'Applied', kind: 'applied' },
        { name: 'Pairing', focusItemLabels: ['kubernetes', 'Clear written communication'] },
        { name: 'Hired', kind: 'hired' },
      ],
      redFlagTypes: [{ label: 'Blames others', linkedItemLabels: ['Clear written communication'] }],
    });
    expect(job.stages.map((s) => [s.name, s.kind, s.focusItemIds])).toEqual([
      ['Applied', 'applied', []],
      ['Pairing', 'interview', [job.items[1].id, job.items[2].id]],
      ['Hired', 'hired', []],
    ]);
    expect(job.redFlagTypes[0].linkedItemIds).toEqual([job.items[2].id]);
  });

  it('lets an admin create a job for an active hiring manager, and no one else', async () => {
    const admin = await signIn(t, DEMO.admin);
    const job = await createJob(t, admin, { ...scratchJob('Site Reliability Engineer'), hiringManagerId: managerId });
    expect(job.hiringManagerId).toBe(managerId);
    const recruiterId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.recruiter })).id;
    const before = await t.dataSource.getRepository(Job).count();
    for (const hiringManagerId of [recruiterId, randomUUID()]) {
      const res = await t.http
        .post('/api/jobs')
        .set(admin)
        .send({ ...scratchJob('Nope'), hiringManagerId });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'hiringManagerId', message: 'must be an active hiring manager' }]);
    }
    const byManager = await t.http
      .post('/api/jobs')
      .set(manager)
      .send({ ...scratchJob('Nope'), hiringManagerId: recruiterId });
    expect(byManager.status).toBe(403);
    expect(await t.dataSource.getRepository(Job).count()).toBe(before);
  });

  it('creates the demo job once: open, Intern, with its panel', async () => {
    const demo = await t.dataSource
      .getRepository(Job)
      .findOneByOrFail({ title: 'Backend Engineer Intern', status: 'open' });
    const rows = await rowsOf(t, demo.id);
    const users = await t.dataSource.getRepository(User).find();
    const email = (id: string) => users.find((u) => u.id === id)?.email;
    expect(rows.job).toMatchObject({ level: 'Intern', hiringManagerId: managerId });
    expect(rows.items).toHaveLength(26);
    expect(rows.stages.map((s) => [s.name, s.interviewerIds.map(email)])).toEqual([
      ['Applied', []],
      ['Résumé screen', []],
      ['Recruiter screen', []],
      ['Coding assessment', [DEMO.interviewer]],
      ['System design discussion', [DEMO.interviewer]],
      ['Behavioral interview', ['interviewer2@shortlist.test']],
      ['Decision', []],
      ['Offer', []],
      ['Hired', []],
    ]);
    const { seedDemo } = await import('../src/seed/demo-seed');
    await expect(seedDemo(t.app)).resolves.toEqual({ users: 0, jobs: 0 });
    expect(await t.dataSource.getRepository(Job).countBy({ title: 'Backend Engineer Intern', status: 'open' })).toBe(1);
  });
});
