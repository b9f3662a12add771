import type { ChecklistCategory, JobTemplate } from '@shortlist/contracts';
import { parseJobDescription } from './index';

// Small postings in the formats the importer meets besides the reference page.
const labels = (template: JobTemplate, category: ChecklistCategory) =>
  template.items.filter((item) => item.category === category).map((item) => item.label);

describe('job descriptions in other formats', () => {
  it('reads a markdown posting with #-headings, bold fields, and * and 1. bullets', () => {
    const template = parseJobDescription(
      [
        '# Senior Backend Engineer',
        '',
        '**Location:** Berlin, Germany (hybrid)',
        '**Employment type:** Full-time',
        '',
        'We are building the payments platform for small businesses across Europe and need an engineer who loves reliable systems.',
        '',
        "## What you'll do",
        '- Design and build APIs in Go',
        '- Own services end to end,',
        '  including on-call',
        '',
        '## **Requirements**',
        '* 5+ years of backend experience',
        '* Strong knowledge of PostgreSQL',
        '',
        '### Nice to have',
        '- Kafka',
        '',
        '## Benefits',
        '1. 30 days of paid holiday',
        '2. Learning budget',
      ].join('\n'),
    );
    expect(template.title).toBe('Senior Backend Engineer');
    expect(template.location).toBe('Berlin, Germany (hybrid)');
    expect(template.employmentType).toBe('Full-time');
    expect(template.summary).toMatch(/^We are building the payments platform/);
    expect(template.responsibilities).toEqual([
      'Design and build APIs in Go',
      'Own services end to end, including on-call',
    ]);
    expect(template.perks).toEqual(['30 days of paid holiday', 'Learning budget']);
    expect(template.items.map((i) => [i.category, i.label, i.mustHave, i.weight])).toEqual([
      ['qualification', '5+ years of backend experience', false, 1],
      ['qualification', 'Strong knowledge of PostgreSQL', false, 1],
      // nice to have: a qualification that counts half
      ['qualification', 'Kafka', false, 0.5],
    ]);
    expect(template.warnings).toEqual(
      expect.arrayContaining([
        'No red flags found; add them by hand',
        'No interview guidance found; the default plan is used',
        'No prerequisites found; no knock-out questions were drafted',
      ]),
    );
    expect(template.warnings).not.toContain('No title found');
    // The default plan still assesses what the posting lists: PostgreSQL is a database, a system-design topic.
    expect(template.stages.map((s) => [s.name, s.focus])).toEqual([
      ['Coding assessment', []],
      ['System design discussion', ['Strong knowledge of PostgreSQL']],
      ['Behavioral interview', []],
    ]);
  });

  it('reads "Requirements:/Nice to have:/What you\'ll do:/Benefits:" with inline entries and no bullets', () => {
    const template = parseJobDescription(
      [
        'Data Analyst',
        'Requirements: SQL and Python',
        'Tableau or Looker',
        'Nice to have:',
        'dbt',
        "What you'll do:",
        'Build dashboards',
        'Talk to stakeholders',
        'Benefits:',
        'Remote first',
      ].join('\n'),
    );
    expect(template.title).toBe('Data Analyst');
    expect(labels(template, 'qualification')).toEqual(['SQL and Python', 'Tableau or Looker', 'dbt']);
    expect(template.items[0].keywords).toEqual(['SQL', 'Python']);
    expect(template.items[2].weight).toBe(0.5);
    expect(template.responsibilities).toEqual(['Build dashboards', 'Talk to stakeholders']);
    expect(template.perks).toEqual(['Remote first']);
  });

  it('reads mixed-case headings with ✔ and ✓ bullets and sorts a plain "Skills" list into hard and soft', () => {
    const template = parseJobDescription(
      [
        'ABOUT THE ROLE',
        'You will turn messy data into decisions.',
        'must-haves',
        '✔ 3+ years of SQL',
        'SKILLS:',
        '✓ Pandas',
        '✓ Clear written communication',
        '✓ Attention to detail',
        'soft skills',
        '✓ Patience',
        'Tech Stack',
        '✓ Python',
      ].join('\n'),
    );
    expect(template.summary).toBe('You will turn messy data into decisions.');
    expect(template.items.map((i) => [i.category, i.label, i.mustHave])).toEqual([
      // "Must have" stays a rated qualification, flagged must-have; prerequisites are the gates.
      ['qualification', '3+ years of SQL', true],
      ['hard_skill', 'Pandas', false],
      ['soft_skill', 'Clear written communication', false],
      ['soft_skill', 'Attention to detail', false],
      ['soft_skill', 'Patience', false],
      ['hard_skill', 'Python', false],
    ]);
    expect(template.items.find((i) => i.label === 'Pandas')?.keywords).toEqual(['Pandas']);
  });

  it('reads prerequisites, red flags and an interview process given as lists', () => {
    const template = parseJobDescription(
      [
        'Eligibility',
        '- Right to work in the UK',
        '- Willing to travel 20% of the time',
        'Soft Skills',
        '- Excellent communication',
        'Red flags',
        '- Poor communication',
        'Interview process',
        '1) Phone screen with a recruiter',
        '2) Take-home exercise',
        '3) Meet the team',
      ].join('\n'),
    );
    expect(labels(template, 'prerequisite')).toEqual(['Right to work in the UK', 'Willing to travel 20% of the time']);
    expect(template.items.filter((i) => i.category === 'prerequisite').map((i) => i.knockoutQuestion)).toEqual([
      'Do you have the right to work in the UK?',
      'Are you willing to travel 20% of the time?',
    ]);
    expect(template.redFlags).toEqual([{ label: 'Poor communication', linkedItemLabels: ['Excellent communication'] }]);
    expect(template.stages.map((s) => [s.name, s.focus])).toEqual([
      ['Recruiter screen', ['Right to work in the UK', 'Willing to travel 20% of the time']],
      ['Coding assessment', []],
      // a stage the vocabulary does not know keeps its own name and gets no focus items
      ['Meet the team', []],
    ]);
    expect(template.warnings).not.toContain('No interview guidance found; the default plan is used');
  });

  it('reports what a bare paragraph lacks instead of guessing', () => {
    const template = parseJobDescription(
      'We are a friendly team that ships software every day, and we would love to hear from you soon.',
    );
    expect(template.title).toBeNull();
    expect(template.summary).toMatch(/^We are a friendly team/);
    expect(template.items).toEqual([]);
    expect(template.warnings).toEqual([
      'No title found',
      'No location found',
      'No employment type found',
      'No responsibilities found',
      'No qualifications found',
      'No prerequisites found; no knock-out questions were drafted',
      'No hard skills found',
      'No soft skills found',
      'No perks or benefits found',
      'No tools found',
      'No red flags found; add them by hand',
      'No interview guidance found; the default plan is used',
    ]);
  });
});
