import type { CalibrationReport, FunnelReport, JobSummary, Page } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

// The first render loads the lazy route and the chart library: allow more than findBy's default second.
const LOADS = { timeout: 5000 };

// jsdom lays nothing out, so a responsive chart measures 0 × 0, warns and draws nothing: give it a size.
jest.mock('recharts', () => {
  const actual = jest.requireActual<typeof import('recharts')>('recharts');
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: import('react').ReactElement }) =>
      createElement(actual.ResponsiveContainer, { width: 800, height: 300, children }),
  };
});

const jobs: Page<JobSummary> = {
  items: [
    {
      id: 'j1',
      title: 'Reports Engineer',
      level: 'Junior',
      status: 'open',
      location: null,
      itemCount: 4,
      stageCount: 6,
      hiringManagerId: 'm1',
      hiringManagerName: 'Morgan Manager',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  total: 1,
};

const scope = {
  jobId: 'j1',
  jobTitle: 'Reports Engineer',
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-02-01T00:00:00.000Z',
};

const stage = (stageName: string, order: number, numbers: Partial<FunnelReport['stages'][number]>) => ({
  stageName,
  order,
  entered: 0,
  reached: 0,
  rejected: 0,
  withdrawn: 0,
  inStage: 0,
  conversion: null,
  ...numbers,
});

const funnel: FunnelReport = {
  scope,
  totals: { applications: 6, active: 3, rejected: 1, withdrawn: 1, hired: 1 },
  stages: [
    stage('Applied', 0, { entered: 6, reached: 6, inStage: 1, conversion: 83.3 }),
    stage('Screen', 1, { entered: 4, reached: 5, withdrawn: 1, conversion: 80 }),
    stage('Coding', 2, { entered: 4, reached: 4, rejected: 1, inStage: 1, conversion: 50 }),
    stage('Hired', 3, { entered: 1, reached: 1 }),
  ],
};

const ratings = (...counts: number[]) => counts.map((count, i) => ({ rating: (i + 1) as 1 | 2 | 3 | 4, count }));

const calibration: CalibrationReport = {
  scope,
  interviewers: [
    {
      interviewerId: 'u1',
      name: 'Iris Interviewer',
      role: 'interviewer',
      assigned: 4,
      submitted: 3,
      overdue: 0,
      ratings: ratings(0, 1, 2, 0),
      offset: -1.3,
      comparisons: 3,
      focusItems: 5,
      focusAssessed: 3,
      focusAssessedRate: 60,
      revisionsAfterSeeingOthers: 1,
    },
    {
      interviewerId: 'u2',
      name: 'Ivan Interviewer',
      role: 'interviewer',
      assigned: 4,
      submitted: 3,
      overdue: 1,
      ratings: ratings(1, 0, 1, 3),
      offset: 1.5,
      comparisons: 2,
      focusItems: 6,
      focusAssessed: 5,
      focusAssessedRate: 83.3,
      revisionsAfterSeeingOthers: 0,
    },
  ],
};

const search = 'jobId=j1&from=2026-01-01&to=2026-02-01';
/** The text of a table row's header and data cells, in order. */
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('reports', () => {
  it('shows the funnel of the job and dates in the address, with the exact numbers and a CSV download', async () => {
    const requests = mockFetch({
      'GET /api/jobs': { body: jobs },
      [`GET /api/reports/funnel?${search}`]: { body: funnel },
    });
    renderApp({ route: `/reports?${search}`, user: buildUser({ role: 'recruiter' }) });

    const table = await screen.findByRole('table', { name: 'Funnel by stage' }, LOADS);
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[1]!)).toEqual(['Applied', '6', '6', '0', '0', '1', '83.3%']);
    expect(cells(rows[3]!)).toEqual(['Coding', '4', '4', '1', '0', '1', '50.0%']);
    expect(cells(rows[4]!)).toEqual(['Hired', '1', '1', '0', '0', '0', '—']);
    expect(screen.getByRole('list', { name: 'Totals' })).toHaveTextContent('Applications6');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/reports/funnel.csv?${search}`,
    );
    // The chart draws a bar per stage for "Reached" beside the table's numbers.
    const chart = screen.getByRole('img', { name: /reached each stage/ });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(4));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Job' })).toHaveValue('Reports Engineer'));
    expect(screen.getByLabelText('Applied from')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('Applied before')).toHaveValue('2026-02-01');
    expect(requests.map((r) => r.url)).toContain(`/api/reports/funnel?${search}`);
  });

  it('says so when there are no applications in the range', async () => {
    mockFetch({
      'GET /api/jobs': { body: jobs },
      'GET /api/reports/funnel': {
        body: {
          ...funnel,
          scope: { ...scope, jobId: null, jobTitle: null },
          totals: { ...funnel.totals, applications: 0 },
        },
      },
    });
    renderApp({ route: '/reports', user: buildUser({ role: 'hiring_manager' }) });

    expect(await screen.findByRole('heading', { name: 'No applications in this range' }, LOADS)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens another report from its tab, from the keyboard, and keeps it in the address', async () => {
    mockFetch({
      'GET /api/jobs': { body: jobs },
      [`GET /api/reports/funnel?${search}`]: { body: funnel },
      [`GET /api/reports/calibration?${search}`]: { body: calibration },
    });
    const { router, user } = renderApp({ route: `/reports?${search}`, user: buildUser({ role: 'admin' }) });
    await screen.findByRole('table', { name: 'Funnel by stage' }, LOADS);

    screen.getByRole('tab', { name: 'Funnel' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');

    expect(screen.getByRole('tab', { name: 'Interviewers' })).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', { name: 'Interviewer calibration' }, LOADS);
    const [, iris, ivan] = within(table).getAllByRole('row');
    expect(cells(iris!)).toEqual([
      'Iris Interviewer',
      '4',
      '3',
      '0',
      '0 / 1 / 2 / 0',
      '−1.3 (3 compared)',
      '60.0% (3 of 5)',
      '1',
    ]);
    expect(cells(ivan!)).toEqual([
      'Ivan Interviewer',
      '4',
      '3',
      '1',
      '1 / 0 / 1 / 3',
      '+1.5 (2 compared)',
      '83.3% (5 of 6)',
      '0',
    ]);
    expect(router.state.location.search).toBe(`?${search}&report=calibration`);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/reports/calibration.csv?${search}`,
    );
  });

  it('does not ask for a range that ends before it starts', async () => {
    const requests = mockFetch({ 'GET /api/jobs': { body: jobs } });
    renderApp({ route: '/reports?from=2026-02-01&to=2026-01-01', user: buildUser({ role: 'recruiter' }) });

    expect(await screen.findByText('Must be after the start date', {}, LOADS)).toBeInTheDocument();
    expect(screen.getByText('Fix the filters above to see this report.')).toBeInTheDocument();
    expect(requests.filter((r) => r.url.startsWith('/api/reports'))).toEqual([]);
  });

  it('is not offered to interviewers', async () => {
    mockFetch({});
    renderApp({ route: '/reports', user: buildUser({ role: 'interviewer' }) });

    expect(await screen.findByRole('heading', { name: /access/i }, LOADS)).toBeInTheDocument();
  });
});
