import type { JobSummary, Role } from '@shortlist/contracts';
import { screen, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { buildJobSummary } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const backend = buildJobSummary({
  title: 'Backend Engineer Intern',
  level: 'Intern',
  status: 'open',
  location: 'Hybrid/Remote',
  itemCount: 26,
  stageCount: 9,
  hiringManagerName: 'Hana Manager',
  updatedAt: '2025-03-04T09:00:00.000Z',
});
const designer = buildJobSummary({ title: 'Product Designer', status: 'draft', location: 'Berlin' });
const analyst = buildJobSummary({ title: 'Data Analyst', status: 'closed', location: null, hiringManagerName: 'Omar' });

function page(items: JobSummary[]) {
  return { body: { items, total: items.length } };
}

function renderJobs(role: Role, route = '/jobs') {
  return renderApp({ route, user: buildUser({ role }) });
}

function titlesInTable(): string[] {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[0].textContent ?? '');
}

describe('jobs page', () => {
  it('lists jobs with level, status, location, counts, hiring manager and date', async () => {
    mockFetch({ 'GET /api/jobs': page([backend, designer]) });
    renderJobs('recruiter');

    const link = await screen.findByRole('link', { name: 'Backend Engineer Intern' });
    expect(link).toHaveAttribute('href', `/jobs/${backend.id}`);
    const cells = within(link.closest('tr')!).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Backend Engineer Intern',
      'Intern',
      'Open',
      'Hybrid/Remote',
      '26',
      '9',
      'Hana Manager',
      'Mar 4, 2025',
    ]);
    expect(screen.getByText('2 jobs')).toBeInTheDocument();
  });

  it('filters by status and by search, and clears the filters', async () => {
    mockFetch({ 'GET /api/jobs': page([backend, designer, analyst]) });
    const { user, router } = renderJobs('hiring_manager');
    await screen.findByRole('link', { name: 'Backend Engineer Intern' });

    await user.click(screen.getByRole('radio', { name: 'Draft' }));
    expect(titlesInTable()).toEqual(['Product Designer']);
    expect(screen.getByText('1 of 3 jobs')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=draft');

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search jobs' }), 'omar');
    expect(titlesInTable()).toEqual(['Data Analyst']);

    await user.click(screen.getByRole('radio', { name: 'Open' }));
    expect(screen.getByRole('heading', { name: 'No jobs match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titlesInTable()).toEqual(['Backend Engineer Intern', 'Product Designer', 'Data Analyst']);
  });

  it('offers hiring managers one "New job" link, in the header', async () => {
    mockFetch({ 'GET /api/jobs': page([backend]) });
    renderJobs('hiring_manager');

    await screen.findByRole('link', { name: 'Backend Engineer Intern' });
    expect(screen.getAllByRole('link', { name: 'New job' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'New job' })).toHaveAttribute('href', '/jobs/new');
  });

  it.each<Role>(['hiring_manager', 'admin'])('shows %s an empty state with a "New job" link', async (role) => {
    mockFetch({ 'GET /api/jobs': page([]) });
    renderJobs(role);

    expect(await screen.findByRole('heading', { name: 'No jobs yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New job' })).toHaveLength(1);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it.each<Role>(['recruiter', 'interviewer'])('tells a %s that a hiring manager creates jobs', async (role) => {
    mockFetch({ 'GET /api/jobs': page([]) });
    renderJobs(role);

    expect(await screen.findByRole('heading', { name: 'No jobs yet' })).toBeInTheDocument();
    expect(screen.getByText(/A hiring manager creates each job/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New job' })).not.toBeInTheDocument();
  });

  it('shows the problem when loading fails, and retries on request', async () => {
    mockFetch({
      'GET /api/jobs': [problem(503, 'SERVICE_UNAVAILABLE', 'The database is not reachable'), page([backend])],
    });
    const { user } = renderJobs('recruiter');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load jobs');
    expect(alert).toHaveTextContent('The database is not reachable');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'Backend Engineer Intern' })).toBeInTheDocument();
  });
});
