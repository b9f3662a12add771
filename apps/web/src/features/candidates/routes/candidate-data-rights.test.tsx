import type { CandidateExport, Role } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildApplicationView, buildCandidateView } from '@/testing/candidate-fixtures';
import { buildUser } from '@/testing/fixtures';
import { buildJobView } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

/** The route's module loads lazily on first visit, which takes a while on a busy machine. */
const FIRST_RENDER = { timeout: 10_000 };

const candidate = buildCandidateView();
const application = buildApplicationView();
const candidateUrl = `/api/candidates/${candidate.id}`;
const tombstone = buildCandidateView({
  name: 'Erased candidate',
  email: `erased-${candidate.id}@erased.invalid`,
  phone: null,
  tags: [],
  links: [],
  resumeText: null,
  erasedAt: '2025-06-01T10:30:00.000Z',
  version: 4,
});

function renderCandidate(role: Role, routes: Parameters<typeof mockFetch>[0] = {}) {
  const requests = mockFetch({
    [`GET ${candidateUrl}`]: { body: candidate },
    [`GET /api/applications/${application.id}`]: { body: application },
    'GET /api/jobs': { body: { items: [], total: 0 } },
    [`GET /api/applications/${application.id}/notes`]: { body: [] },
    [`GET /api/jobs/${application.jobId}`]: { body: buildJobView() },
    ...routes,
  });
  return { requests, ...renderApp({ route: `/candidates/${candidate.id}`, user: buildUser({ role }) }) };
}

describe('candidate data rights', () => {
  const createObjectURL = jest.fn((_blob: Blob) => 'blob:export');
  const revokeObjectURL = jest.fn();
  let clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    clicked = [];
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('lets a recruiter download everything held as JSON, without offering erasure', async () => {
    const document = { format: 'shortlist.candidate-export.v1', candidate: { id: candidate.id } } as CandidateExport;
    const { requests, user } = renderCandidate('recruiter', { [`GET ${candidateUrl}/export`]: { body: document } });

    await user.click(await screen.findByRole('button', { name: 'Export data' }, FIRST_RENDER));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(requests.filter((r) => r.url === `${candidateUrl}/export`)).toHaveLength(1);
    expect(clicked[0].download).toBe(`candidate-${candidate.id}.json`);
    expect(clicked[0].href).toBe('blob:export');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/json');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:export');
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).not.toBeInTheDocument();
  });

  it('offers hiring managers neither', async () => {
    renderCandidate('hiring_manager');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export data' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).not.toBeInTheDocument();
  });

  it('has an admin type the name, explains what goes and what stays, then shows the tombstone', async () => {
    const { requests, user } = renderCandidate('admin', {
      [`GET ${candidateUrl}`]: [{ body: candidate }, { body: tombstone }],
      [`DELETE ${candidateUrl}`]: { status: 204 },
    });

    await user.click(await screen.findByRole('button', { name: 'Erase personal data' }, FIRST_RENDER));
    const dialog = screen.getByRole('dialog', { name: 'Erase personal data' });
    expect(within(dialog).getByRole('list', { name: 'Removed for good' })).toHaveTextContent(
      'The résumé text and the uploaded file',
    );
    expect(within(dialog).getByRole('list', { name: 'Kept' })).toHaveTextContent(
      'Notes and scorecards, detached from the person',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Erase personal data' });
    expect(confirm).toBeDisabled();

    const name = within(dialog).getByRole('textbox', { name: "Type the candidate's name to confirm" });
    await user.type(name, 'Ada');
    expect(confirm).toBeDisabled();
    await user.type(name, ' Lovelace');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByRole('heading', { level: 1, name: 'Erased candidate' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([candidateUrl]);
    expect(screen.getByText(/personal data was erased on 1 Jun 2025/)).toBeInTheDocument();
  });

  it('keeps the dialog open and says nothing was erased when the API refuses', async () => {
    const { user } = renderCandidate('admin', {
      [`DELETE ${candidateUrl}`]: problem(409, 'CANDIDATE_ERASED', 'The candidate was erased already'),
    });

    await user.click(await screen.findByRole('button', { name: 'Erase personal data' }, FIRST_RENDER));
    const dialog = screen.getByRole('dialog', { name: 'Erase personal data' });
    await user.type(within(dialog).getByRole('textbox'), 'Ada Lovelace');
    await user.click(within(dialog).getByRole('button', { name: 'Erase personal data' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing was erasedThe candidate was erased already',
    );
  });

  it('renders an erased candidate as a tombstone: no profile, résumé, actions; the applications stay', async () => {
    renderCandidate('admin', { [`GET ${candidateUrl}`]: { body: tombstone } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Erased candidate' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.getByText('Personal data erased')).toBeInTheDocument();
    const applications = screen.getByRole('table', { name: 'Applications' });
    expect(within(applications).getByRole('link', { name: 'Backend Engineer Intern' })).toBeInTheDocument();
    for (const name of ['Export data', 'Erase personal data', 'Upload a résumé', 'Apply to job']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('region', { name: 'Résumé' })).not.toBeInTheDocument();
    expect(screen.queryByText(tombstone.email)).not.toBeInTheDocument();
  });
});
