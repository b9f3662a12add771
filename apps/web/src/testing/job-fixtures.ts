import type { JobItem, JobSummary, JobTemplate, JobView, TemplateItem } from '@shortlist/contracts';
import { defaultAnchors, knockoutQuestionFor } from '@shortlist/jd-import';
import { problem, type MockReply } from './mock-fetch';

function templateItem(
  category: TemplateItem['category'],
  label: string,
  keywords: string[] = [],
  extra: Partial<TemplateItem> = {},
): TemplateItem {
  return {
    category,
    label,
    keywords,
    mustHave: category === 'prerequisite',
    weight: 1,
    anchors: defaultAnchors(category, label),
    ...(category === 'prerequisite' ? { knockoutQuestion: knockoutQuestionFor(label) } : {}),
    ...extra,
  };
}

/**
 * A short template in the importer's shape and order (qualifications before prerequisites, as
 * on the reference page), so flat indexes are: 0–1 qualifications, 2 prerequisite, 3–4 hard
 * skills, 5 soft skill.
 */
export function buildJobTemplate(overrides: Partial<JobTemplate> = {}): JobTemplate {
  return {
    title: 'Backend Engineer Intern',
    location: 'Hybrid/Remote',
    employmentType: 'Full-time Internship',
    summary: 'Build robust server-side applications with experienced developers.',
    responsibilities: ['Design RESTful APIs', 'Write unit tests'],
    additionalResponsibilities: [],
    perks: ['Mentorship from senior engineers'],
    items: [
      templateItem('qualification', 'Strong understanding of data structures and algorithms', [
        'Data Structures',
        'Algorithms',
      ]),
      templateItem('qualification', 'Basic knowledge of databases and SQL', ['Databases', 'SQL']),
      templateItem('prerequisite', 'Available for minimum 3-month commitment'),
      templateItem('hard_skill', 'Programming Languages: Python, Java, Node.js', ['Python', 'Java', 'Node.js']),
      templateItem('hard_skill', 'Testing: Unit Testing, Integration Testing', ['Unit Testing', 'Integration Testing']),
      templateItem('soft_skill', 'Excellent written and verbal communication', ['Communication']),
    ],
    redFlags: [
      { label: 'Poor communication skills', linkedItemLabels: ['Excellent written and verbal communication'] },
    ],
    stages: [
      {
        name: 'Coding assessment',
        focus: [
          'Strong understanding of data structures and algorithms',
          'Programming Languages: Python, Java, Node.js',
          'Testing: Unit Testing, Integration Testing',
        ],
        guidance: ['Prioritize practical coding experience and problem-solving abilities.'],
      },
      { name: 'Behavioral interview', focus: ['Excellent written and verbal communication'], guidance: [] },
    ],
    tools: [{ category: 'Version Control', items: ['Git', 'GitHub'] }],
    guidance: ['Focus on fundamentals rather than specific frameworks.'],
    levels: [
      { name: 'Intern', description: 'Intern Back-End Engineers apply their academic knowledge to real challenges.' },
      { name: 'Graduate', description: 'A Graduate Back-End Engineer is an entry-level professional.' },
      { name: 'Junior', description: 'A Junior Back-End Engineer assists in database management.' },
      { name: 'Mid-Level', description: 'A Mid-Level Back-End Engineer ensures the stability of the architecture.' },
      { name: 'Senior', description: 'A Senior Back-End Engineer develops and maintains server-side logic.' },
      { name: 'Lead', description: 'A Lead Back-End Engineer oversees the server-side logic.' },
    ],
    warnings: [],
    ...overrides,
  };
}

const JOB_ID = 'a0000000-0000-4000-8000-000000000001';
const itemId = (n: number) => `b0000000-0000-4000-8000-00000000000${n}`;
const stageId = (n: number) => `c0000000-0000-4000-8000-00000000000${n}`;

function jobItem(n: number, category: JobItem['category'], label: string, keywords: string[] = []): JobItem {
  return {
    id: itemId(n),
    category,
    label,
    weight: 1,
    mustHave: category === 'prerequisite',
    keywords,
    anchors: defaultAnchors(category, label),
    knockoutQuestion: category === 'prerequisite' ? knockoutQuestionFor(label) : null,
    position: n,
  };
}

/** A saved job: items 1–4, and a plan whose stage 4 (index 3) is the one interview. */
export function buildJobView(overrides: Partial<JobView> = {}): JobView {
  return {
    id: JOB_ID,
    slug: 'backend-engineer-intern',
    title: 'Backend Engineer Intern',
    level: 'Intern',
    status: 'draft',
    location: 'Hybrid/Remote',
    employmentType: 'Full-time Internship',
    summary: 'Build robust server-side applications.',
    responsibilities: ['Design RESTful APIs'],
    perks: ['Mentorship from senior engineers'],
    tools: [{ category: 'Version Control', items: ['Git', 'GitHub'] }],
    guidance: ['Focus on fundamentals rather than specific frameworks.'],
    items: [
      jobItem(1, 'prerequisite', 'Available for minimum 3-month commitment'),
      jobItem(2, 'qualification', 'Basic knowledge of databases and SQL', ['Databases', 'SQL']),
      jobItem(3, 'hard_skill', 'Programming Languages: Python, Java, Node.js', ['Python', 'Java', 'Node.js']),
      jobItem(4, 'soft_skill', 'Excellent written and verbal communication', ['Communication']),
    ],
    stages: [
      {
        id: stageId(1),
        name: 'Applied',
        order: 1,
        kind: 'applied',
        focusItemIds: [],
        guidance: [],
        interviewerIds: [],
      },
      {
        id: stageId(2),
        name: 'Recruiter screen',
        order: 2,
        kind: 'screen',
        focusItemIds: [itemId(1)],
        guidance: [],
        interviewerIds: [],
      },
      {
        id: stageId(3),
        name: 'Coding assessment',
        order: 3,
        kind: 'interview',
        focusItemIds: [itemId(2), itemId(3)],
        guidance: ['Ask about personal projects.'],
        interviewerIds: ['d0000000-0000-4000-8000-000000000001'],
      },
      { id: stageId(4), name: 'Hired', order: 4, kind: 'hired', focusItemIds: [], guidance: [], interviewerIds: [] },
    ],
    redFlagTypes: [
      { id: 'e0000000-0000-4000-8000-000000000001', label: 'Poor communication skills', linkedItemIds: [itemId(4)] },
    ],
    categoryWeights: { qualification: 35, hard_skill: 30, soft_skill: 35 },
    thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
    hiringManagerId: '00000000-0000-4000-8000-00000000aaaa',
    rejectionReasons: [],
    autoRejectOnKnockout: false,
    rubricVersion: 2,
    version: 7,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-04T09:00:00.000Z',
    ...overrides,
  };
}

let summarySequence = 0;

export function buildJobSummary(overrides: Partial<JobSummary> = {}): JobSummary {
  summarySequence += 1;
  return {
    id: `f0000000-0000-4000-8000-${String(summarySequence).padStart(12, '0')}`,
    title: `Job ${summarySequence}`,
    level: 'Junior',
    status: 'open',
    location: 'Remote',
    itemCount: 26,
    stageCount: 9,
    hiringManagerId: '00000000-0000-4000-8000-00000000aaaa',
    hiringManagerName: 'Hana Manager',
    updatedAt: '2025-03-04T09:00:00.000Z',
    ...overrides,
  };
}

/** The API's answer to a PATCH carrying a stale version (its code is the API's, not yet in ERROR_CODES). */
export function versionConflict(): MockReply {
  const reply = problem(409, 'CONFLICT', 'This job was changed since you read it');
  return { ...reply, body: { ...(reply.body as object), code: 'VERSION_CONFLICT' } };
}
