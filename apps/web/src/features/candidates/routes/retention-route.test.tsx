import type { RetentionCandidate, RetentionPage } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

/** The route's module loads lazily on first visit, which takes a while on a busy machine. */
const FIRST_RENDER = { timeout: 10_000 };

const listUrl = '/api/candidates/retention?limit=50&offset=0';
const DAY_MS = 86_400_000;

function candidate(n: number, daysAgo: number): RetentionCandidate {
  return {
    id: `30000000-0000-4000-8000-00000000000${n}`,
    name: `Dormant ${n}`,
    email: `dormant${n}@example.test`,
    source: 'import',
    applicationCount: n - 1,
    createdAt: '2023-01-01T00:00:00.000Z',
    lastActivityAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
  };
}

const page = (items: RetentionCandidate[]): { body: RetentionPage } => ({
  body: { items, total: items.length, retentionDays: 365, inactiveSince: '2024-06-01T00:00:00.000Z' },
});

const renderRetention = (routes: Parameters<typeof mockFetch>[0], role: 'admin' | 'recruiter' = 'admin') => ({
  requests: mockFetch(routes),
  ...renderApp({ route: '/admin/retention', user: buildUser({ role }) }),
});

describe('data retention page', () => {
  it('says so when nobody has been inactive for longer than the period', async () => {
    renderRetention({ [`GET ${listUrl}`]: page([]) });

    expect(
      await screen.findByRole(
        'heading',
        { name: 'No candidate has been inactive for more than 365 days' },
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase selected (0)' })).toBeDisabled();
  });

  it('lists candidates for review with their last activity, and erases the selected ones after confirming', async () => {
    const [first, second, third] = [candidate(1, 700), candidate(2, 500), candidate(3, 400)];
    const { requests, user } = renderRetention({
      [`GET ${listUrl}`]: [page([first, second, third]), page([third])],
      'POST /api/candidates/erasures': {
        body: { erased: 2, candidateIds: [first.id, second.id], erasedAt: '2025-06-01T00:00:00.000Z' },
      },
    });

    const table = await screen.findByRole('table', { name: 'Candidates for review' }, FIRST_RENDER);
    const firstRow = within(table).getByRole('link', { name: 'Dormant 1' }).closest('tr')!;
    expect(firstRow).toHaveTextContent('dormant1@example.test');
    expect(firstRow).toHaveTextContent('700 days ago');
    expect(screen.getByText('3 candidates for review')).toBeInTheDocument();
    expect(screen.getByText(/no activity for more than 365 days/)).toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox', { name: 'Select Dormant 1' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select Dormant 2' }));
    expect(within(table).getByRole('checkbox', { name: 'Select every candidate on this page' })).toHaveAttribute(
      'data-indeterminate',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Erase selected (2)' }));

    const dialog = screen.getByRole('dialog', { name: 'Erase 2 candidates?' });
    expect(within(dialog).getByRole('list', { name: 'Kept' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Erase 2 candidates' }));

    expect(await screen.findByText('The personal data of 2 candidates were erased.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ candidateIds: [first.id, second.id] });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Dormant 1' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Dormant 3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erase selected (0)' })).toBeDisabled();
  });

  it('selects the whole page at once, and reports a refusal without erasing anyone', async () => {
    const { user } = renderRetention({
      [`GET ${listUrl}`]: page([candidate(1, 700), candidate(2, 500)]),
      'POST /api/candidates/erasures': problem(404, 'NOT_FOUND', 'No candidate has the id x; nothing was erased'),
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'Select every candidate on this page' }, FIRST_RENDER),
    );
    await user.click(screen.getByRole('button', { name: 'Erase selected (2)' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase 2 candidates?' });
    await user.click(within(dialog).getByRole('button', { name: 'Erase 2 candidates' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('No candidate has the id x; nothing was erased');
    expect(screen.getByRole('button', { name: 'Erase selected (2)' })).toBeInTheDocument();
  });

  it('is an admin page', async () => {
    renderRetention({}, 'recruiter');

    expect(
      await screen.findByRole('heading', { name: "You don't have access to this page" }, FIRST_RENDER),
    ).toBeInTheDocument();
  });
});
