import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJobDescription } from '@shortlist/jd-import';
import { jobDraftFromTemplate } from './index';

const FIXTURE = resolve(__dirname, '../../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt');

describe('a job drafted from the backend engineer intern description', () => {
  const template = parseJobDescription(readFileSync(FIXTURE, 'utf8'));
  const draft = jobDraftFromTemplate(template);
  const stage = (name: string) => draft.stages.find((s) => s.name === name)!;

  it('is an Intern job, as the title says, with the Intern weights and thresholds', () => {
    expect(draft).toMatchObject({ title: 'Backend Engineer Intern', level: 'Intern', status: 'draft' });
    // LEVEL_DEFAULTS.Intern: 35 + 30 + 35 = 100.
    expect(draft.categoryWeights).toEqual({ qualification: 35, hard_skill: 30, soft_skill: 35 });
    expect(draft.thresholds).toEqual({ advance: 65, discuss: 45, minCoverage: 50 });
  });

  it('keeps every checklist item with its anchors and knock-out question', () => {
    // 5 qualifications + 5 prerequisites + 8 hard skills + 8 soft skills = 26.
    expect(draft.items).toHaveLength(26);
    const availability = draft.items.find((item) => item.label === 'Available for minimum 3-month commitment')!;
    expect(availability).toMatchObject({
      category: 'prerequisite',
      mustHave: true,
      knockoutQuestion: 'Are you available for a minimum 3-month commitment?',
    });
    expect(Object.keys(availability.anchors!)).toEqual(['met', 'not_met']);
  });

  it('plans nine stages, the recruiter screen on the five prerequisites', () => {
    // Applied, Résumé screen, Recruiter screen + 3 interviews + Decision, Offer, Hired = 9.
    expect(draft.stages.map((s) => s.name)).toEqual([
      'Applied',
      'Résumé screen',
      'Recruiter screen',
      'Coding assessment',
      'System design discussion',
      'Behavioral interview',
      'Decision',
      'Offer',
      'Hired',
    ]);
    expect(stage('Recruiter screen').focusItemLabels).toHaveLength(5);
    expect(stage('System design discussion').focusItemLabels).toContain('API Development: REST, GraphQL');
  });

  it('carries the five red flags with the labels of the items that reveal them', () => {
    expect(draft.redFlagTypes).toHaveLength(5);
    expect(draft.redFlagTypes[4]).toEqual({
      label: 'Inability to work in teams',
      linkedItemLabels: ['Ability to work independently and in teams', 'Ability to work effectively in teams'],
    });
  });

  it('keeps location, type, summary, responsibilities, perks, tools and general guidance', () => {
    expect(draft.location).toBe('Hybrid/Remote (with occasional onsite meetings)');
    expect(draft.employmentType).toBe('Full-time Internship');
    expect(draft.summary).toMatch(/^We are seeking a passionate Backend Engineer Intern/);
    expect(draft.responsibilities).toHaveLength(8);
    expect(draft.perks).toHaveLength(4);
    expect(draft.tools).toHaveLength(8);
    expect(draft.guidance).toHaveLength(2);
  });
});
