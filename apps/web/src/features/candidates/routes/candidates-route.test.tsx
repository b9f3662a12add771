import type { CandidateImportView, CandidateListItem } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildUser } from '@/testing/fixtures';
import { buildJobSummary } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const ada: CandidateListItem = {
  id: 'c-ada',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  source: 'referral',
  tags: ['backend'],
  applicationCount: 2,
  updatedAt: '2025-03-01T09:00:00.000Z',
};
const listUrl = '/api/candidates?limit=25&offset=0';

function renderList(routes: Parameters<typeof mockFetch>[0] = {}) {
  const requests = mockFetch({ [`GET ${listUrl}`]: { body: { items: [ada], total: 1 } }, ...routes });
  return { requests, ...renderApp({ route: '/candidates', user: buildUser({ role: 'recruiter' }) }) };
}

function importView(overrides: Partial<CandidateImportView>): CandidateImportView {
  return {
    id: 'imp-1',
    status: 'validating',
    total: 4,
    processed: 2,
    errors: [],
    result: null,
    jobId: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('candidates list', () => {
  it('lists candidates and searches by text, tag and skill through the address', async () => {
    const { requests, router, user } = renderList({
      'GET /api/candidates?q=ada&limit=25&offset=0': { body: { items: [ada], total: 1 } },
      'GET /api/candidates?q=ada&skill=Postgres&limit=25&offset=0': { body: { items: [], total: 0 } },
    });

    const table = await screen.findByRole('table', { name: 'Candidates' });
    expect(within(table).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/candidates/c-ada');
    expect(table).toHaveTextContent('Referral');

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'ada');
    await waitFor(() => expect(router.state.location.search).toBe('?q=ada'));
    await user.type(screen.getByRole('textbox', { name: 'Skill' }), 'Postgres');
    expect(await screen.findByRole('heading', { name: 'No candidates match' })).toBeInTheDocument();
    expect(requests.map((r) => r.url)).toContain('/api/candidates?q=ada&skill=Postgres&limit=25&offset=0');
  });

  it('links the existing candidate when the email is taken', async () => {
    const { requests, user } = renderList({
      'POST /api/candidates': problem(409, 'CANDIDATE_EMAIL_TAKEN', 'Ada Lovelace already has this email.', {
        existingCandidateId: 'c-ada',
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'New candidate' }));
    const dialog = screen.getByRole('dialog', { name: 'New candidate' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ada L.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ada@example.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Résumé text' }), 'Python');
    await user.click(within(dialog).getByRole('button', { name: 'Add candidate' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Ada Lovelace already has this email.');
    expect(within(alert).getByRole('link', { name: 'Open the existing candidate' })).toHaveAttribute(
      'href',
      '/candidates/c-ada',
    );
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Ada L.',
      email: 'ada@example.test',
      phone: null,
      source: 'sourced',
      tags: [],
      resumeText: 'Python',
    });
  });

  it('imports a CSV: shows progress, then the row-numbered errors and that nothing was imported', async () => {
    const errors = Array.from({ length: 103 }, (_, i) => ({ row: i + 2, field: 'email', message: 'is not an email' }));
    const { requests } = renderList({
      'GET /api/jobs': { body: { items: [buildJobSummary({ id: 'j1', title: 'Backend Engineer' })], total: 1 } },
      'POST /api/candidates/imports': { status: 202, body: { id: 'imp-1' } },
      'GET /api/candidates/imports/imp-1': [
        { body: importView({ status: 'validating', processed: 2 }) },
        { body: importView({ status: 'failed', processed: 4, errors }) },
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Import candidates from CSV' });
    await user.upload(
      dialog.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(['name,email\n'], 'people.csv', { type: 'text/csv' }),
    );
    await user.click(within(dialog).getByRole('textbox', { name: 'Apply them to a job (optional)' }));
    await user.click(within(dialog).getByRole('option', { name: 'Backend Engineer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    // 2 of 2 × 4 steps (validation and insertion each count every row).
    const bar = await within(dialog).findByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    const form = requests.find((r) => r.method === 'POST')?.body as FormData;
    expect(form.get('jobId')).toBe('j1');

    const alert = await within(dialog).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Nothing was imported');
    const list = within(alert).getByRole('list', { name: 'Problems by row' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Row 2, email: is not an email');
    expect(alert).toHaveTextContent('…and 3 more problems.');
  });

  it('reports a finished import', async () => {
    renderList({
      'GET /api/jobs': { body: { items: [], total: 0 } },
      'POST /api/candidates/imports': { status: 202, body: { id: 'imp-1' } },
      'GET /api/candidates/imports/imp-1': {
        body: importView({ status: 'done', processed: 8, result: { imported: 4, applied: 0, errors: [] } }),
      },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    const dialog = screen.getByRole('dialog');
    await user.upload(
      dialog.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(['name,email\n'], 'people.csv', { type: 'text/csv' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('4 candidates imported.');
  });
});
