import type { BlindApplicationView, MyInterview, ScorecardView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildApplicationView } from '@/testing/candidate-fixtures';
import { buildUser } from '@/testing/fixtures';
import { buildJobView, versionConflict } from '@/testing/job-fixtures';
import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const job = buildJobView({ status: 'open' });
const coding = job.stages[2];
const [prerequisite, sql, languages] = job.items;
const {
  score: _score,
  coverage: _c,
  gates: _g,
  proposal: _p,
  redFlagCount: _r,
  ...rest
} = buildApplicationView({
  stageId: coding.id,
  stageName: coding.name,
});
const application: BlindApplicationView = { ...rest, scoreHidden: true };
const appUrl = `/api/applications/${application.id}`;
const interviewer = buildUser({ role: 'interviewer' });

function scorecardView(overrides: Partial<ScorecardView> = {}): ScorecardView {
  return {
    id: 'sc-1',
    applicationId: application.id,
    stageId: coding.id,
    interviewerId: interviewer.id,
    interviewerName: interviewer.name,
    status: 'draft',
    version: 1,
    rubricVersion: 2,
    recommendation: null,
    takeaways: null,
    submittedAt: null,
    revisedAfterSeeingOthers: false,
    ratings: [],
    redFlags: [],
    revisions: [],
    ...overrides,
  };
}

function renderScorecard(routes: Record<string, MockReply | MockReply[]> = {}) {
  const requests = mockFetch({
    [`POST ${appUrl}/scorecards`]: { status: 201, body: { id: 'sc-1', version: 1, status: 'draft' } },
    [`GET ${appUrl}`]: { body: application },
    [`GET ${appUrl}/scorecards`]: { body: [scorecardView()] },
    [`GET /api/jobs/${job.id}`]: { body: job },
    [`GET ${appUrl}/notes`]: { body: [] },
    'PUT /api/scorecards/sc-1': [{ body: { id: 'sc-1', version: 2, status: 'draft' } }],
    ...routes,
  });
  return {
    requests,
    ...renderApp({ route: `/applications/${application.id}/scorecards/${coding.id}`, user: interviewer }),
  };
}

const puts = (requests: ReturnType<typeof mockFetch>) => requests.filter((r) => r.method === 'PUT');

describe('scorecard page', () => {
  it('logs a quick note during the interview and lists it', async () => {
    const note = {
      id: 'note-1',
      applicationId: application.id,
      authorId: interviewer.id,
      authorName: interviewer.name,
      body: 'Talked through indexes',
      itemId: sql.id,
      redFlagTypeId: null,
      createdAt: '2030-01-01T10:00:00.000Z',
    };
    const { requests, user } = renderScorecard({
      [`GET ${appUrl}/notes`]: [{ body: [] }, { body: [note] }],
      [`POST ${appUrl}/notes`]: { status: 201, body: note },
    });

    const panel = await screen.findByRole('region', { name: 'Quick notes' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'Talked through indexes');
    await user.click(within(panel).getByRole('textbox', { name: 'About item' }));
    await user.click(await within(panel).findByRole('option', { name: sql.label }));
    await user.click(within(panel).getByRole('button', { name: 'Add note' }));

    expect(await within(panel).findByText('Talked through indexes')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST' && r.url === `${appUrl}/notes`)?.body).toEqual({
      body: 'Talked through indexes',
      itemId: sql.id,
    });
  });

  it('shows focus items first, other items collapsed, and hides the score until submitting', async () => {
    const { user } = renderScorecard();

    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard: Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText(/Score: Hidden until you submit/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: sql.label })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: languages.label })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: prerequisite.label })).not.toBeInTheDocument();
    // The anchor sentence sits beside the level it describes.
    expect(within(screen.getByRole('group', { name: sql.label })).getByText(sql.anchors['4'])).toBeInTheDocument();
    expect(screen.getByText(/press 1–4 to rate/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Other items/ }));
    const prereq = screen.getByRole('group', { name: prerequisite.label });
    expect(within(prereq).getByRole('radio', { name: 'Met' })).toBeInTheDocument();
    expect(within(prereq).getByRole('radio', { name: 'Not met' })).toBeInTheDocument();
  });

  it('rates the focused item from the keyboard and autosaves with the version', async () => {
    const { requests, user } = renderScorecard({
      'PUT /api/scorecards/sc-1': [
        { body: { id: 'sc-1', version: 2, status: 'draft' } },
        { body: { id: 'sc-1', version: 3, status: 'draft' } },
      ],
    });

    const item = await screen.findByRole('group', { name: sql.label });
    item.focus();
    await user.keyboard('3');
    expect(within(item).getByRole('radio', { name: '3 Yes' })).toBeChecked();

    await waitFor(() => expect(puts(requests)).toHaveLength(1), { timeout: 3000 });
    expect(puts(requests)[0].body).toMatchObject({
      version: 1,
      ratings: [{ itemId: sql.id, value: 3, note: null }],
    });
    expect(await screen.findByRole('status', { name: 'Save state' })).toHaveTextContent('Saved');

    // Arrow down moves to the next item; n marks it not assessed, then 4 rates it.
    await user.keyboard('{ArrowDown}');
    const next = screen.getByRole('group', { name: languages.label });
    expect(next).toHaveFocus();
    await user.keyboard('4');
    expect(within(next).getByRole('radio', { name: '4 Strong yes' })).toBeChecked();
    await waitFor(() => expect(puts(requests)).toHaveLength(2), { timeout: 3000 });
    expect(puts(requests)[1].body).toMatchObject({ version: 2 });
  });

  it('stops on a version conflict and offers to reload', async () => {
    const { requests, user } = renderScorecard({ 'PUT /api/scorecards/sc-1': versionConflict() });

    const item = await screen.findByRole('group', { name: sql.label });
    item.focus();
    await user.keyboard('2');

    expect(await screen.findByText('This scorecard was saved elsewhere', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Save state' })).toHaveTextContent('Conflict');
    expect(screen.getAllByRole('button', { name: 'Reload' }).length).toBeGreaterThan(0);

    // Later edits are not written over the other version.
    await user.keyboard('4');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(puts(requests)).toHaveLength(1);
  });

  it('refuses a dealbreaker without evidence', async () => {
    const { requests, user } = renderScorecard();

    await user.click(await screen.findByRole('button', { name: 'Raise a red flag' }));
    const flag = screen.getByRole('group', { name: 'Red flag 1' });
    await user.click(within(flag).getByRole('textbox', { name: 'Type' }));
    await user.click(within(flag).getByRole('option', { name: job.redFlagTypes[0].label }));
    await user.click(within(flag).getByRole('radio', { name: 'Dealbreaker' }));
    await user.click(screen.getByRole('radio', { name: 'Strong no' }));
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(within(flag).getByText('Evidence is required for a dealbreaker')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
    expect(puts(requests)).toHaveLength(0);
  });

  it('saves, submits with the latest version and locks; editing warns about a revision', async () => {
    const { requests, user } = renderScorecard({
      'POST /api/scorecards/sc-1/submit': { body: { id: 'sc-1', version: 3, status: 'submitted' } },
    });

    await user.click(await screen.findByRole('radio', { name: 'Strong yes' }));
    await user.type(screen.getByRole('textbox', { name: 'Key take-aways' }), 'Solid fundamentals');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(await screen.findByText('This scorecard is submitted and locked.')).toBeInTheDocument();
    expect(puts(requests)[0].body).toMatchObject({ recommendation: 'strong_yes', takeaways: 'Solid fundamentals' });
    expect(requests.find((r) => r.url.endsWith('/submit'))?.body).toEqual({ version: 2 });
    expect(screen.queryByRole('button', { name: 'Submit scorecard' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: sql.label })).getByRole('radio', { name: '3 Yes' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Edit scorecard' }));
    expect(screen.getByText(/Saving creates a revision/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save revision' })).toBeInTheDocument();
  });
});

describe('my interviews', () => {
  it('explains when nothing is assigned', async () => {
    mockFetch({ 'GET /api/me/interviews': { body: [] } });
    renderApp({ route: '/interviews', user: interviewer });
    expect(await screen.findByRole('heading', { name: 'No interviews assigned' })).toBeInTheDocument();
  });

  it('lists assigned interviews with the scorecard action', async () => {
    const interviews: MyInterview[] = [
      {
        applicationId: application.id,
        candidateName: 'Ada Lovelace',
        jobId: job.id,
        jobTitle: job.title,
        stageId: coding.id,
        stageName: coding.name,
        scorecard: 'due',
        scorecardId: null,
      },
      {
        applicationId: 'other',
        candidateName: 'Grace Hopper',
        jobId: job.id,
        jobTitle: job.title,
        stageId: coding.id,
        stageName: coding.name,
        scorecard: 'submitted',
        scorecardId: 'sc-9',
      },
    ];
    mockFetch({ 'GET /api/me/interviews': { body: interviews } });
    renderApp({ route: '/interviews', user: interviewer });

    const table = await screen.findByRole('table', { name: 'Assigned interviews' });
    expect(
      within(table).getByRole('link', { name: 'Fill scorecard: Ada Lovelace, Coding assessment' }),
    ).toHaveAttribute('href', `/applications/${application.id}/scorecards/${coding.id}`);
    expect(within(table).getByRole('link', { name: 'View: Grace Hopper, Coding assessment' })).toBeInTheDocument();
  });
});
