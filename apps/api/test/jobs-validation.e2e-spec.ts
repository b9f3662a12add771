import { randomUUID } from 'node:crypto';
import type { CreateJobRequest, JobView } from '@shortlist/contracts';
import { Job } from '../src/jobs/job.entity';
import { DEMO, signIn, startTestApp, TestApp } from './harness';
import { type Auth, createJob, itemsOf, rowsOf, scratchJob } from './jobs-fixtures';

const base = scratchJob('Validation Engineer');
const rated = (label: string) => ({ category: 'hard_skill' as const, label });
const plan = (stages: object[]) => ({ ...base, stages }) as CreateJobRequest;
const applied = { name: 'Applied', kind: 'applied' };
const interview = { name: 'Interview', kind: 'interview' };
const hired = { name: 'Hired', kind: 'hired' };

describe('job validation: every rule, the field named, nothing written', () => {
  let t: TestApp;
  let manager: Auth;
  let job: JobView;
  let other: JobView;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signIn(t, DEMO.manager);
    job = await createJob(t, manager, base);
    other = await createJob(t, manager, scratchJob('Another Job'));
  });
  afterAll(() => t.close());

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  it.each<[string, object, string[]]>([
    // Shapes and types (the DTO classes).
    ['a title that is not a string', { ...base, title: 42 }, ['title']],
    ['an unknown level and status', { ...base, level: 'Principal', status: 'archived' }, ['level', 'status']],
    ['an unknown category', { ...base, items: [{ category: 'vibes', label: 'x' }] }, ['items.0.category']],
    ['a weight that is not a number', { ...base, items: [{ ...rated('SQL'), weight: '2' }] }, ['items.0.weight']],
    ['an unknown item field', { ...base, items: [{ ...rated('SQL'), colour: 'red' }] }, ['items.0.colour']],
    [
      'anchors that are not strings',
      { ...base, items: [{ ...rated('SQL'), anchors: { '1': 1 } }] },
      ['items.0.anchors'],
    ],
    ['an unknown stage kind', plan([applied, { ...interview, kind: 'lunch' }, hired]), ['stages.1.kind']],
    [
      'a focus id that is not a UUID',
      plan([applied, { ...interview, focusItemIds: ['x'] }, hired]),
      ['stages.1.focusItemIds'],
    ],
    [
      'weights missing a category',
      { ...base, categoryWeights: { qualification: 50, hard_skill: 50 } },
      ['categoryWeights.soft_skill'],
    ],
    // The rules of a job (validateJob).
    ['a blank title', { ...base, title: '   ' }, ['title']],
    ['a title over 200 characters', { ...base, title: 'x'.repeat(201) }, ['title']],
    ['no title at all', { items: base.items }, ['title']],
    ['more than 200 items', { ...base, items: Array.from({ length: 201 }, (_, i) => rated(`Skill ${i}`)) }, ['items']],
    ['an empty label', { ...base, items: [rated('')] }, ['items.0.label']],
    ['a label over 500 characters', { ...base, items: [rated('x'.repeat(501))] }, ['items.0.label']],
    ['a label repeated in one category', { ...base, items: [rated('SQL'), rated(' sql')] }, ['items.1.label']],
    ['a weight of 0', { ...base, items: [{ ...rated('SQL'), weight: 0 }] }, ['items.0.weight']],
    ['a weight over 100', { ...base, items: [{ ...rated('SQL'), weight: 100.5 }] }, ['items.0.weight']],
    [
      '51 keywords',
      { ...base, items: [{ ...rated('SQL'), keywords: [...Array(51).keys()].map(String) }] },
      ['items.0.keywords'],
    ],
    [
      'a keyword over 100 characters',
      { ...base, items: [{ ...rated('SQL'), keywords: ['SQL', 'q'.repeat(101)] }] },
      ['items.0.keywords.1'],
    ],
    [
      'rated anchors with a missing level',
      { ...base, items: [{ ...rated('SQL'), anchors: { '1': 'a', '2': 'b', '3': 'c' } }] },
      ['items.0.anchors'],
    ],
    [
      'a prerequisite with rated anchors',
      {
        ...base,
        items: [{ category: 'prerequisite', label: 'EU', anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' } }],
      },
      ['items.0.anchors'],
    ],
    ['an empty plan', plan([]), ['stages']],
    [
      '31 stages',
      plan([applied, hired, ...Array.from({ length: 29 }, (_, i) => ({ name: `Round ${i}` }))]),
      ['stages'],
    ],
    ['two stages with one name', plan([applied, interview, { name: 'interview ' }, hired]), ['stages.2.name']],
    ['no hired stage', plan([applied, interview]), ['stages']],
    ['two applied stages', plan([applied, { name: 'Sourced', kind: 'applied' }, interview, hired]), ['stages']],
    ['no interview stage', plan([applied, { name: 'Screen', kind: 'screen' }, hired]), ['stages']],
    [
      'focus on an item that does not exist',
      plan([applied, { ...interview, focusItemIds: [randomUUID()] }, hired]),
      ['stages.1.focusItemIds.0'],
    ],
    [
      'focus on a label no item has',
      plan([applied, { ...interview, focusItemLabels: ['Kubernetes', 'COBOL'] }, hired]),
      ['stages.1.focusItemLabels.1'],
    ],
    [
      'a red flag label repeated',
      { ...base, redFlagTypes: [{ label: 'Late' }, { label: 'LATE' }] },
      ['redFlagTypes.1.label'],
    ],
    [
      'a category weight out of range',
      { ...base, categoryWeights: { qualification: -1, hard_skill: 101, soft_skill: 0 } },
      ['categoryWeights.qualification', 'categoryWeights.hard_skill'],
    ],
    [
      'every category weight 0',
      { ...base, categoryWeights: { qualification: 0, hard_skill: 0, soft_skill: 0 } },
      ['categoryWeights'],
    ],
    [
      'a threshold out of range',
      { ...base, thresholds: { advance: 70, discuss: 50, minCoverage: 120 } },
      ['thresholds.minCoverage'],
    ],
    [
      'discuss above advance',
      { ...base, thresholds: { advance: 60, discuss: 70, minCoverage: 50 } },
      ['thresholds.discuss'],
    ],
  ])('refuses a new job with %s', async (_, body, fields) => {
    const before = await t.dataSource.getRepository(Job).count();
    const res = await t.http.post('/api/jobs').set(manager).send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect([...new Set(fieldsOf(res.body))]).toEqual(fields);
    expect(await t.dataSource.getRepository(Job).count()).toBe(before);
  });

  it.each<[string, (job: JobView) => object, string[]]>([
    ['no version', () => ({ title: 'x' }), ['version']],
    ['an item id of another job', () => ({ version: 1, items: [...itemsOf(job), itemsOf(other)[0]] }), ['items.3.id']],
    ['an item id twice', (j) => ({ version: 1, items: [...itemsOf(j), itemsOf(j)[0]] }), ['items.3.id']],
    [
      'a stage id of another job',
      () => ({ version: 1, stages: other.stages.map(({ id, name }) => ({ id, name })) }),
      [
        'stages.0.id',
        'stages.1.id',
        'stages.2.id',
        'stages.3.id',
        'stages.4.id',
        'stages.5.id',
        'stages.6.id',
        'stages.7.id',
        'stages.8.id',
      ],
    ],
    [
      'a plan that still focuses on an item the same edit retires',
      (j) => ({
        version: 1,
        items: itemsOf(j).slice(1),
        stages: j.stages.map(({ id, name, focusItemIds }) => ({ id, name, focusItemIds })),
      }),
      ['stages.2.focusItemIds.0'],
    ],
    [
      'a red flag linked to another job’s item',
      (j) => ({ version: 1, redFlagTypes: [{ label: 'Late', linkedItemIds: [other.items[0].id] }], items: itemsOf(j) }),
      ['redFlagTypes.0.linkedItemIds.0'],
    ],
  ])('refuses an edit with %s and leaves the job as it was', async (_, body, fields) => {
    const before = await rowsOf(t, job.id);
    const res = await t.http.patch(`/api/jobs/${job.id}`).set(manager).send(body(job));
    expect(res.status).toBe(400);
    expect([...new Set(fieldsOf(res.body))]).toEqual(fields);
    expect(await rowsOf(t, job.id)).toEqual(before);
  });
});
