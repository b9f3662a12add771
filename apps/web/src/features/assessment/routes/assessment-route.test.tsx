import type { AssessmentView, ItemBreakdown } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildApplicationView } from '@/testing/candidate-fixtures';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem, type MockReply } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const application = buildApplicationView();
const appUrl = `/api/applications/${application.id}`;
const manager = buildUser({ role: 'hiring_manager', name: 'Hana Manager' });

function item(overrides: Partial<ItemBreakdown>): ItemBreakdown {
  return {
    itemId: 'i1',
    label: 'Item',
    category: 'hard_skill',
    weight: 1,
    mustHave: false,
    score: null,
    ratings: [],
    assessed: false,
    disagreement: false,
    spread: 0,
    ...overrides,
  };
}

const sql = item({
  itemId: 'i-sql',
  label: 'Basic knowledge of databases and SQL',
  category: 'qualification',
  score: 50,
  assessed: true,
  disagreement: true,
  spread: 3,
  ratings: [
    { interviewerId: 'u1', scorecardId: 's1', stageId: 'st', value: 4, note: 'Explained indexes well' },
    { interviewerId: 'u2', scorecardId: 's2', stageId: 'st', value: 1, note: null },
  ],
});
const comms = item({
  itemId: 'i-comms',
  label: 'Excellent written and verbal communication',
  category: 'soft_skill',
  score: 66.7,
  assessed: true,
  ratings: [{ interviewerId: 'u1', scorecardId: 's1', stageId: 'st', value: 3, note: null }],
});

function buildAssessment(overrides: Partial<AssessmentView> = {}): AssessmentView {
  return {
    applicationId: application.id,
    overall: 58.3,
    coverage: 66.7,
    categories: [
      { category: 'qualification', score: 50, weight: 30, assessedWeight: 1, totalWeight: 1, items: [sql] },
      { category: 'hard_skill', score: null, weight: 40, assessedWeight: 0, totalWeight: 1, items: [] },
      { category: 'soft_skill', score: 66.7, weight: 30, assessedWeight: 1, totalWeight: 1, items: [comms] },
    ],
    items: [sql, comms],
    gates: { status: 'pass', items: [] },
    proposal: 'discuss',
    proposalReasons: ['Coverage 66.7% ≥ 50%', 'Overall 58.3 ≥ discuss 50'],
    redFlags: [
      {
        typeId: 'rf1',
        label: 'Poor communication skills',
        raisedBy: ['u1', 'u2'],
        count: 2,
        corroborated: true,
        maxSeverity: 'concern',
        raises: [
          { interviewerId: 'u1', scorecardId: 's1', severity: 'concern', evidence: 'Rambled' },
          { interviewerId: 'u2', scorecardId: 's2', severity: 'note', evidence: null },
        ],
      },
    ],
    redFlagCount: 2,
    disagreements: ['i-sql'],
    interviewerOffsets: [],
    agenda: { unresolvedRedFlags: [], mostDisputedItems: [sql], unassessedItems: [], unverifiedGates: [] },
    interviewers: [
      { id: 'u1', name: 'Ivy Interviewer' },
      { id: 'u2', name: 'Sam Senior' },
    ],
    scorecards: [],
    ...overrides,
  };
}

function renderAssessment(assessment = buildAssessment(), routes: Record<string, MockReply> = {}) {
  const requests = mockFetch({
    [`GET ${appUrl}/assessment`]: { body: assessment },
    [`GET ${appUrl}`]: { body: application },
    ...routes,
  });
  return { requests, ...renderApp({ route: `/applications/${application.id}/assessment`, user: manager }) };
}

describe('assessment page', () => {
  it('shows the scores, the matrix with disagreements and notes, flags and the proposal', async () => {
    renderAssessment();

    expect(await screen.findByRole('heading', { level: 1, name: 'Assessment: Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByLabelText('Overall score 58.3')).toBeInTheDocument();
    expect(screen.getByText('Qualifications · weight 30')).toBeInTheDocument();

    const matrix = screen.getByRole('table', { name: 'Ratings matrix' });
    expect(within(matrix).getByRole('columnheader', { name: 'Ivy Interviewer' })).toBeInTheDocument();
    const sqlRow = within(matrix)
      .getByRole('rowheader', { name: /Basic knowledge of databases/ })
      .closest('tr')!;
    expect(within(sqlRow).getByText('Disagreement')).toBeInTheDocument();
    expect(
      within(sqlRow).getByRole('button', {
        name: 'Ivy Interviewer on Basic knowledge of databases and SQL: 4 Strong yes. Note: Explained indexes well',
      }),
    ).toBeInTheDocument();
    expect(
      within(sqlRow).getByRole('img', { name: 'Sam Senior on Basic knowledge of databases and SQL: 1 Strong no' }),
    ).toBeInTheDocument();
    const commsRow = within(matrix)
      .getByRole('rowheader', { name: /Excellent written/ })
      .closest('tr')!;
    expect(within(commsRow).queryByText('Disagreement')).not.toBeInTheDocument();
    expect(
      within(commsRow).getByRole('img', {
        name: 'Sam Senior on Excellent written and verbal communication: Not assessed',
      }),
    ).toBeInTheDocument();

    const flags = screen.getByRole('region', { name: 'Red flags (2)' });
    expect(within(flags).getByText('Corroborated')).toBeInTheDocument();
    expect(flags).toHaveTextContent('Ivy Interviewer (concern): Rambled');
    expect(screen.getByRole('list', { name: 'Proposal reasons' })).toHaveTextContent('Overall 58.3 ≥ discuss 50');
  });

  it('requires a reason when the decision differs from the proposal, then sends it', async () => {
    const { requests, user } = renderAssessment(undefined, {
      [`POST ${appUrl}/decision`]: {
        status: 201,
        body: {
          id: 'd1',
          applicationId: application.id,
          decidedBy: manager.id,
          decision: 'advance',
          proposalAtTime: 'discuss',
          scoreAtTime: 58.3,
          reason: 'Strong on the focus items',
          override: false,
          createdAt: '2025-03-05T10:00:00.000Z',
        },
      },
    });

    const form = await screen.findByRole('form', { name: 'Decision' });
    await user.click(within(form).getByRole('radio', { name: 'Advance' }));
    expect(within(form).getByText(/differs from the proposal \(Discuss\): a reason is required/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(
      within(form).getByText('A reason is required when the decision differs from the proposal'),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: /Reason/ }), 'Strong on the focus items');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
        decision: 'advance',
        reason: 'Strong on the focus items',
      }),
    );
    expect(await screen.findByText('Decision recorded')).toBeInTheDocument();
  });

  it('offers the gate override and shows GATE_UNVERIFIED on the form', async () => {
    const assessment = buildAssessment({
      proposal: 'advance',
      gates: {
        status: 'pending',
        items: [{ itemId: 'p1', label: 'Authorised to work', mustHave: true, status: 'unverified', sources: [] }],
      },
    });
    const refusal = problem(409, 'CONFLICT', 'A must-have prerequisite is still unverified');
    const { user } = renderAssessment(assessment, {
      [`POST ${appUrl}/decision`]: { ...refusal, body: { ...(refusal.body as object), code: 'GATE_UNVERIFIED' } },
    });

    const form = await screen.findByRole('form', { name: 'Decision' });
    await user.click(within(form).getByRole('radio', { name: 'Hire' }));
    expect(within(form).getByRole('checkbox', { name: /Override unverified gate/ })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('A must-have prerequisite is still unverified');
  });
});
