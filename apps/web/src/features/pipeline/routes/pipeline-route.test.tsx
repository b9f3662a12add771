import { DEFAULT_REJECTION_REASONS } from '@shortlist/pipeline';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { buildJobView } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { buildPipelineCard, buildPipelineView } from '@/testing/pipeline-fixtures';
import { renderApp } from '@/testing/test-utils';

const job = buildJobView({ rejectionReasons: ['Not enough experience', 'Failed the coding assessment'] });
const [applied, , coding] = job.stages;
const ada = buildPipelineCard({ candidateName: 'Ada Lovelace', score: 81.2, redFlagCount: 2, daysInStage: 9 });
const grace = buildPipelineCard({ candidateName: 'Grace Hopper', score: null, gates: 'fail', knockoutFlag: true });
const linus = buildPipelineCard({ candidateName: 'Linus Torvalds', score: 40 });
const board = buildPipelineView([[ada, grace], [linus], [], []], [2, 1, 0, 0]);
const jobUrl = `/api/jobs/${job.id}`;
const boardUrl = `${jobUrl}/pipeline`;

function renderBoard(route = `/jobs/${job.id}/pipeline`, routes: Parameters<typeof mockFetch>[0] = {}) {
  const requests = mockFetch({ [`GET ${jobUrl}`]: { body: job }, [`GET ${boardUrl}`]: { body: board }, ...routes });
  return { requests, ...renderApp({ route, user: buildUser({ role: 'recruiter' }) }) };
}

describe('pipeline board', () => {
  it('shows a column per stage with its count, and cards with score, flags and days in stage', async () => {
    renderBoard();

    const appliedColumn = await screen.findByRole('region', { name: 'Applied' });
    expect(screen.getByRole('heading', { level: 1, name: 'Backend Engineer Intern: pipeline' })).toBeInTheDocument();
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'))).toEqual([
      'Reject',
      'Applied',
      'Recruiter screen',
      'Coding assessment',
      'Hired',
    ]);
    expect(within(appliedColumn).getByLabelText('2 in Applied')).toHaveTextContent('2');

    const adaCard = within(appliedColumn).getByRole('article', { name: 'Ada Lovelace' });
    expect(within(adaCard).getByRole('img', { name: 'Score 81.2' })).toBeInTheDocument();
    expect(adaCard).toHaveTextContent('2 red flags');
    expect(adaCard).toHaveTextContent('9 days in stage');
    expect(adaCard).toHaveTextContent('Screen 67%');
    expect(within(adaCard).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      `/candidates/${ada.candidateId}`,
    );

    const graceCard = within(appliedColumn).getByRole('article', { name: 'Grace Hopper' });
    expect(within(graceCard).getByRole('img', { name: 'No score yet' })).toHaveTextContent('—');
    expect(within(graceCard).getByRole('img', { name: 'Gate failed' })).toBeInTheDocument();
    expect(graceCard).toHaveTextContent('Knock-out');

    expect(
      within(screen.getByRole('region', { name: 'Hired' })).getByText('No candidates in this stage'),
    ).toBeVisible();
    const closed = screen.getByRole('group', { name: 'Closed applications' });
    expect(closed).toHaveTextContent('Rejected 4');
    expect(closed).toHaveTextContent('Withdrawn 1');
    expect(closed).toHaveTextContent('Hired 2');
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', `${boardUrl}.csv`);
  });

  it('moves a card from its menu with the keyboard and sends the stage', async () => {
    const { requests, user } = renderBoard(undefined, {
      [`POST /api/applications/${ada.applicationId}/moves`]: { body: {} },
    });

    const card = await screen.findByRole('article', { name: 'Ada Lovelace' });
    card.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('article', { name: 'Grace Hopper' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('article', { name: 'Linus Torvalds' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(card).toHaveFocus();

    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Move Ada Lovelace' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    // Any later stage but Hired (reached from Offer only), plus reject and withdraw.
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Recruiter screen', 'Coding assessment', 'Reject…', 'Withdraw…', 'View assessment']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Coding assessment' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ toStageId: coding.id });
    expect(await screen.findByText('Ada Lovelace moved to Coding assessment.')).toBeInTheDocument();
  });

  it('does not offer a stage the plan refuses, and shows the API refusing a move', async () => {
    const { user } = renderBoard(undefined, {
      [`POST /api/applications/${linus.applicationId}/moves`]: problem(
        409,
        'STAGE_TRANSITION_NOT_ALLOWED',
        'Linus Torvalds cannot go back to Applied.',
      ),
    });

    await user.click(await screen.findByRole('button', { name: 'Move Linus Torvalds' }));
    const menu = screen.getByRole('menu');
    // One step back or any later stage; Hired only from Offer (@shortlist/pipeline).
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Applied', 'Coding assessment', 'Reject…', 'Withdraw…', 'View assessment']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Applied' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Linus Torvalds cannot go back to Applied.');
  });

  it('asks for a reason before rejecting, and sends it with the note', async () => {
    const { requests, user } = renderBoard(undefined, {
      [`POST /api/applications/${grace.applicationId}/moves`]: { body: {} },
    });

    await user.click(await screen.findByRole('button', { name: 'Move Grace Hopper' }));
    await user.click(screen.getByRole('menuitem', { name: 'Reject…' }));
    const dialog = screen.getByRole('dialog', { name: 'Close the application of Grace Hopper' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByText('Choose a reason')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await user.click(within(dialog).getByRole('option', { name: 'Failed the coding assessment' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note (optional)' }), 'Knock-out on availability');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      status: 'rejected',
      reason: 'Failed the coding assessment',
      note: 'Knock-out on availability',
    });
  });

  it('records a withdrawal, offering the default reasons for who ended it when the job has none', async () => {
    const { requests, user } = renderBoard(undefined, {
      [`GET ${jobUrl}`]: { body: { ...job, rejectionReasons: [] } },
      [`POST /api/applications/${ada.applicationId}/moves`]: { body: {} },
    });

    await user.click(await screen.findByRole('button', { name: 'Move Ada Lovelace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Withdraw…' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    expect(within(dialog).queryByRole('option', { name: 'Skills below the bar' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('option', { name: 'Accepted another offer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record withdrawal' }));

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
        status: 'withdrawn',
        reason: 'Accepted another offer',
      }),
    );
  });

  it('offers the default withdrawal reasons beside the job’s own, and keeps them out of a rejection', async () => {
    const { user } = renderBoard(undefined, {
      // A job that never set its list is answered with both default lists.
      [`GET ${jobUrl}`]: {
        body: {
          ...job,
          rejectionReasons: [...DEFAULT_REJECTION_REASONS.rejected_by_us, ...DEFAULT_REJECTION_REASONS.withdrew],
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Move Ada Lovelace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Reject…' }));
    let dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    expect(within(dialog).getByRole('option', { name: 'Skills below the bar' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('option', { name: 'Accepted another offer' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Move Ada Lovelace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Withdraw…' }));
    dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    expect(within(dialog).getByRole('option', { name: 'Accepted another offer' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('option', { name: 'Skills below the bar' })).not.toBeInTheDocument();
  });

  it('rejects the selected applications in one bulk request', async () => {
    const { requests, user } = renderBoard(undefined, {
      'POST /api/applications/bulk': { body: { updated: 2 } },
    });

    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Linus Torvalds' }));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Reject…' }));
    const dialog = screen.getByRole('dialog', { name: 'Close the application of 2 candidates' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await user.click(within(dialog).getByRole('option', { name: 'Not enough experience' }));
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await waitFor(() =>
      expect(requests.find((r) => r.url === '/api/applications/bulk')?.body).toEqual({
        applicationIds: [ada.applicationId, linus.applicationId],
        action: 'reject',
        reason: 'Not enough experience',
      }),
    );
    expect(await screen.findByText('2 rejected.')).toBeInTheDocument();
  });

  it('puts filters and sort in the address and in the request', async () => {
    const filtered = `GET ${boardUrl}?hasRedFlags=true`;
    const { requests, router, user } = renderBoard(undefined, {
      [filtered]: { body: board },
      [`GET ${boardUrl}?hasRedFlags=true&q=ada`]: { body: buildPipelineView([[ada], [], [], []]) },
    });

    await user.click(await screen.findByRole('checkbox', { name: 'Has red flags' }));
    await waitFor(() => expect(router.state.location.search).toBe('?hasRedFlags=true'));
    await waitFor(() => expect(requests.map((r) => r.url)).toContain(`${boardUrl}?hasRedFlags=true`));

    await user.type(screen.getByRole('textbox', { name: 'Search candidates' }), 'ada');
    await waitFor(() => expect(router.state.location.search).toBe('?hasRedFlags=true&q=ada'));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Grace Hopper' })).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });

  it('reads filters from the address on load', async () => {
    const { requests } = renderBoard(`/jobs/${job.id}/pipeline?minScore=50&gateFailed=true&sort=days_in_stage`, {
      [`GET ${boardUrl}?sort=days_in_stage&minScore=50&gateFailed=true`]: { body: board },
    });

    await screen.findByRole('region', { name: 'Applied' });
    expect(requests.map((r) => r.url)).toContain(`${boardUrl}?sort=days_in_stage&minScore=50&gateFailed=true`);
    expect(screen.getByRole('checkbox', { name: 'Gate failed' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Minimum score' })).toHaveValue('50');
  });

  it('lists the same applications in the table view', async () => {
    const { user, router } = renderBoard();

    await screen.findByRole('region', { name: 'Applied' });
    await user.click(screen.getByText('Table'));

    expect(router.state.location.search).toBe('?view=table');
    const table = screen.getByRole('table', { name: 'Applications' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual([
      'Ada Lovelace',
      'Grace HopperKnock-out',
      'Linus Torvalds',
    ]);
    expect(within(rows[2]).getAllByRole('cell')[2]).toHaveTextContent('Recruiter screen');
    expect(within(rows[0]).getAllByRole('cell')[3]).toHaveTextContent('81.2');
    expect(screen.queryByRole('region', { name: 'Applied' })).not.toBeInTheDocument();
  });

  it('loads the next page of one column', async () => {
    const more = buildPipelineCard({ candidateName: 'Margaret Hamilton' });
    const paged = buildPipelineView([[ada, grace], [linus], [], []], [3, 1, 0, 0]);
    const { user } = renderBoard(undefined, {
      [`GET ${boardUrl}`]: { body: paged },
      [`GET ${boardUrl}?stageId=${applied.id}&offset=2&limit=50`]: {
        body: buildPipelineView([[more], [], [], []], [3]),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Load more (1 more)' }));

    expect(await screen.findByRole('article', { name: 'Margaret Hamilton' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });

  it('says so when the job has no applications', async () => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job }, [`GET ${boardUrl}`]: { body: buildPipelineView() } });
    renderApp({ route: `/jobs/${job.id}/pipeline`, user: buildUser({ role: 'recruiter' }) });

    expect(await screen.findByRole('heading', { name: 'No applications yet' })).toBeInTheDocument();
  });
});
