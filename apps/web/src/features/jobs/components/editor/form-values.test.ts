import { buildJobTemplate, buildJobView } from '@/testing/job-fixtures';
import {
  changedJobFields,
  formPathOf,
  guessLevel,
  jobToFormValues,
  levelChangePatch,
  newItem,
  templateToFormValues,
  toJobFields,
  validateJobForm,
} from './form-values';

describe('guessLevel', () => {
  it.each([
    ['Backend Engineer Intern', 'Intern'],
    ['Sr. Data Engineer', 'Senior'],
    ['Mid Level Platform Engineer', 'Mid-Level'],
    ['Lead Backend Engineer', 'Lead'],
    ['Backend Engineer', 'Junior'],
    [null, 'Junior'],
  ])('reads %p as %s', (title, level) => {
    expect(guessLevel(title)).toBe(level);
  });
});

describe('templateToFormValues', () => {
  it('puts the template’s interview stages inside the default plan, with the prerequisites at the recruiter screen', () => {
    const values = templateToFormValues(buildJobTemplate());
    const labelOf = new Map(values.items.map((item) => [item.key, item.label]));

    expect(values.stages.map((stage) => stage.name)).toEqual([
      'Applied',
      'Résumé screen',
      'Recruiter screen',
      'Coding assessment',
      'Behavioral interview',
      'Decision',
      'Offer',
      'Hired',
    ]);
    expect(values.stages[2].focus.map((key) => labelOf.get(key))).toEqual(['Available for minimum 3-month commitment']);
    expect(values.stages[4].focus.map((key) => labelOf.get(key))).toEqual([
      'Excellent written and verbal communication',
    ]);
    expect(values.redFlagTypes[0].linked.map((key) => labelOf.get(key))).toEqual([
      'Excellent written and verbal communication',
    ]);
  });

  it('merges a recruiter screen read from the page into the fixed one', () => {
    const template = buildJobTemplate({
      stages: [{ name: 'Recruiter screen', focus: [], guidance: ['Ask about notice period.'] }],
    });

    const values = templateToFormValues(template);

    expect(values.stages.filter((stage) => stage.name === 'Recruiter screen')).toHaveLength(1);
    expect(values.stages[2].guidance.map((entry) => entry.text)).toEqual(['Ask about notice period.']);
  });
});

describe('toJobFields', () => {
  it('names saved items by id and new ones by label, in each stage and red flag', () => {
    const values = jobToFormValues(buildJobView());
    const added = newItem('hard_skill', 'Docker');
    values.items.push(added);
    values.stages[2].focus.push(added.key);
    values.redFlagTypes[0].linked.push(added.key);

    const fields = toJobFields(values);

    expect(fields.stages[2]).toMatchObject({
      id: values.stages[2].id,
      focusItemIds: [values.items[1].id, values.items[2].id],
      focusItemLabels: ['Docker'],
      interviewerIds: ['d0000000-0000-4000-8000-000000000001'],
    });
    expect(fields.redFlagTypes[0]).toEqual({
      id: values.redFlagTypes[0].id,
      label: 'Poor communication skills',
      linkedItemIds: [values.items[3].id],
      linkedItemLabels: ['Docker'],
    });
    expect(fields.items[4]).toMatchObject({ category: 'hard_skill', label: 'Docker', weight: 1, mustHave: false });
    expect(fields.items[4]).not.toHaveProperty('id');
  });
});

describe('changedJobFields', () => {
  it('is empty for an untouched job, and holds only the fields that changed', () => {
    const initial = jobToFormValues(buildJobView());
    const values = jobToFormValues(buildJobView());
    expect(changedJobFields(values, initial)).toEqual({});

    values.location = '  ';
    values.thresholds.advance = '70';

    expect(changedJobFields(values, initial)).toEqual({
      location: null,
      thresholds: { advance: 70, discuss: 45, minCoverage: 50 },
    });
  });
});

describe('levelChangePatch', () => {
  it('moves weights and thresholds that still hold the old level’s defaults', () => {
    const patch = levelChangePatch(
      {
        categoryWeights: { qualification: 35, hard_skill: '30', soft_skill: 35 },
        thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
      },
      'Intern',
      'Lead',
    );

    expect(patch).toEqual({
      categoryWeights: { qualification: 15, hard_skill: 45, soft_skill: 40 },
      thresholds: { advance: 75, discuss: 55, minCoverage: 70 },
    });
  });

  it('keeps a group the user changed', () => {
    const patch = levelChangePatch(
      {
        categoryWeights: { qualification: 50, hard_skill: 30, soft_skill: 20 },
        thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
      },
      'Intern',
      'Lead',
    );

    expect(patch).toEqual({ thresholds: { advance: 75, discuss: 55, minCoverage: 70 } });
  });
});

describe('formPathOf', () => {
  const values = jobToFormValues(buildJobView());

  it.each([
    ['items.1.label', 'items.1.label'],
    ['items[2].weight', 'items.2.weight'],
    ['items.3.keywords.0', 'items.3.keywords'],
    ['items.0.anchors.met', 'items.0.anchors.met'],
    ['items.0.knockoutQuestion', 'items.0.knockoutQuestion'],
    ['stages.2.name', 'stages.2.name'],
    ['stages.2.focusItemLabels.0', 'stages.2.focus'],
    ['stages.1.focusItemIds.0', 'stages.1.focus'],
    ['stages.2.guidance.0', 'stages.2.guidance.0.text'],
    ['redFlagTypes.0.linkedItemIds.0', 'redFlagTypes.0.linked'],
    ['categoryWeights.hard_skill', 'categoryWeights.hard_skill'],
    ['categoryWeights', 'categoryWeights'],
    ['thresholds.discuss', 'thresholds.discuss'],
    ['title', 'title'],
  ])('shows %s on %s', (apiPath, formPath) => {
    expect(formPathOf(apiPath, values)).toBe(formPath);
  });

  it.each([
    'items.9.label', // no such item
    'items.1.knockoutQuestion', // a qualification has none
    'items.1.anchors.met', // a rated item has levels 1–4
    'items.1.anchors',
    'stages.0.name', // fixed stages have no name input
    'stages.0.focusItemIds.0', // nor focus items
    'stages',
    'template.items.0.label',
    'slug',
  ])('leaves %s to the alert', (apiPath) => {
    expect(formPathOf(apiPath, values)).toBeNull();
  });
});

describe('validateJobForm', () => {
  it('accepts a job as loaded', () => {
    expect(validateJobForm(jobToFormValues(buildJobView()))).toEqual({});
  });

  it('names each problem by its field path', () => {
    const values = jobToFormValues(buildJobView());
    values.title = ' ';
    values.items[1].label = 'basic KNOWLEDGE of databases  and SQL ';
    values.items.push({ ...newItem('qualification', 'Basic knowledge of databases and SQL') });
    values.items[0].weight = 0.25;
    values.items[2].anchors['3'] = '';
    values.stages[2].name = 'hired';
    values.categoryWeights = { qualification: 0, hard_skill: 0, soft_skill: 0 };
    values.thresholds.discuss = 80;

    expect(validateJobForm(values)).toEqual({
      title: 'Enter a title',
      'items.0.weight': 'Between 0.5 and 100',
      'items.2.anchors.3': 'Describe this level',
      'items.4.label': 'Another qualification has this label',
      'stages.2.name': 'Another stage has this name',
      categoryWeights: 'At least one category needs a weight above 0',
      'thresholds.discuss': 'Must not be above the advance mark',
    });
  });
});
