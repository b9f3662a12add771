import type { ApplicationView, CandidateView } from '@shortlist/contracts';

export const RESUME_TEXT = 'Ada Lovelace\nSkills: Python, Postgres and unit testing.\nBSc Computer Science';

export function buildCandidateView(overrides: Partial<CandidateView> = {}): CandidateView {
  return {
    id: '30000000-0000-4000-8000-000000000001',
    name: 'Ada Lovelace',
    email: 'ada@example.test',
    phone: '+44 20 0000 0000',
    source: 'referral',
    tags: ['backend'],
    links: [{ label: 'GitHub', url: 'https://github.com/ada' }],
    resumeText: RESUME_TEXT,
    resumeFile: null,
    applications: [
      {
        applicationId: '40000000-0000-4000-8000-000000000001',
        jobId: 'a0000000-0000-4000-8000-000000000001',
        jobTitle: 'Backend Engineer Intern',
        stageName: 'Recruiter screen',
        status: 'active',
        appliedAt: '2025-03-01T09:00:00.000Z',
      },
    ],
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    version: 3,
    erasedAt: null,
    ...overrides,
  };
}

export function buildApplicationView(overrides: Partial<ApplicationView> = {}): ApplicationView {
  const python = RESUME_TEXT.indexOf('Python');
  const postgres = RESUME_TEXT.indexOf('Postgres');
  return {
    id: '40000000-0000-4000-8000-000000000001',
    jobId: 'a0000000-0000-4000-8000-000000000001',
    jobTitle: 'Backend Engineer Intern',
    candidateId: '30000000-0000-4000-8000-000000000001',
    candidateName: 'Ada Lovelace',
    stageId: 'c0000000-0000-4000-8000-000000000002',
    stageName: 'Recruiter screen',
    status: 'active',
    rejection: null,
    knockoutAnswers: [{ itemId: 'b0000000-0000-4000-8000-000000000001', met: true }],
    knockoutFlag: false,
    screening: {
      screenScore: 66.7,
      failedKnockouts: [],
      screenedAt: '2025-03-01T09:00:00.000Z',
      items: [
        {
          itemId: 'b0000000-0000-4000-8000-000000000001',
          category: 'prerequisite',
          label: 'Available for minimum 3-month commitment',
          evidence: [],
        },
        {
          itemId: 'b0000000-0000-4000-8000-000000000002',
          category: 'qualification',
          label: 'Basic knowledge of databases and SQL',
          evidence: [{ text: 'Postgres', offset: postgres, matched: 'SQL (via Postgres)' }],
        },
        {
          itemId: 'b0000000-0000-4000-8000-000000000003',
          category: 'hard_skill',
          label: 'Programming Languages: Python, Java, Node.js',
          evidence: [{ text: 'Python', offset: python, matched: 'Python' }],
        },
      ],
    },
    tags: [],
    history: [
      {
        id: 'm1',
        fromStageId: null,
        toStageId: 'c0000000-0000-4000-8000-000000000001',
        fromStatus: null,
        toStatus: 'active',
        actorId: null,
        actorName: 'Rita Recruiter',
        note: null,
        reason: null,
        at: '2025-03-01T09:00:00.000Z',
      },
      {
        id: 'm2',
        fromStageId: 'c0000000-0000-4000-8000-000000000001',
        toStageId: 'c0000000-0000-4000-8000-000000000002',
        fromStatus: 'active',
        toStatus: 'active',
        actorId: null,
        actorName: 'Rita Recruiter',
        note: 'Strong résumé',
        reason: null,
        at: '2025-03-03T09:00:00.000Z',
      },
    ],
    appliedAt: '2025-03-01T09:00:00.000Z',
    stageEnteredAt: '2025-03-03T09:00:00.000Z',
    version: 2,
    score: null,
    coverage: 0,
    gates: 'pending',
    proposal: null,
    redFlagCount: 0,
    ...overrides,
  };
}
