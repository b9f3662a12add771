import type { RubricVersionView, UserView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { buildJobView, versionConflict } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const job = buildJobView();
const owner = buildUser({ id: job.hiringManagerId, role: 'hiring_manager', name: 'Hana Manager' });
const jobUrl = `/api/jobs/${job.id}`;

function renderJobPage(user: UserView) {
  return renderApp({ route: `/jobs/${job.id}`, user });
}

describe('job page', () => {
  it('shows the job, its checklist by category, interview plan and red flags', async () => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    const { user } = renderJobPage(buildUser({ role: 'recruiter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Backend Engineer Intern' })).toBeInTheDocument();
    expect(screen.getByText('Intern')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByText('Hybrid/Remote')).toBeInTheDocument();
    expect(screen.getByText('Rubric v2')).toBeInTheDocument();

    const hardSkills = screen.getByRole('region', { name: 'Hard skills (1)' });
    const item = within(hardSkills).getByRole('listitem');
    expect(item).toHaveTextContent('Programming Languages: Python, Java, Node.js');
    for (const keyword of ['Python', 'Java', 'Node.js']) expect(within(item).getByText(keyword)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Prerequisites (1)' })).toHaveTextContent('Must-have');

    const anchorsButton = within(item).getByRole('button', { name: /^Anchors of Programming Languages/ });
    expect(anchorsButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(anchorsButton);
    expect(anchorsButton).toHaveAttribute('aria-expanded', 'true');
    expect(within(item).getByText('4 · Strong yes')).toBeInTheDocument();
    expect(within(item).getByText(job.items[2].anchors['4'])).toBeInTheDocument();

    const plan = screen.getByRole('list', { name: 'Stages in order' });
    const stages = within(plan)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === plan);
    expect(stages.map((stage) => within(stage).getByRole('heading').textContent)).toEqual([
      'Applied',
      'Recruiter screen',
      'Coding assessment',
      'Hired',
    ]);
    expect(stages[2]).toHaveTextContent('Basic knowledge of databases and SQL');
    expect(stages[2]).toHaveTextContent('Ask about personal projects.');

    const redFlags = screen.getByRole('region', { name: 'Red flags' });
    expect(redFlags).toHaveTextContent('Poor communication skills');
    expect(redFlags).toHaveTextContent('Excellent written and verbal communication');
  });

  it.each([
    ['a recruiter', buildUser({ role: 'recruiter' })],
    ['an interviewer', buildUser({ role: 'interviewer' })],
    ['another hiring manager', buildUser({ role: 'hiring_manager' })],
  ])('offers %s neither settings nor status changes', async (_, viewer) => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    renderJobPage(viewer);

    await screen.findByRole('heading', { level: 1, name: 'Backend Engineer Intern' });
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open job' })).not.toBeInTheDocument();
  });

  it.each([
    ['its hiring manager', owner],
    ['an admin', buildUser({ role: 'admin' })],
  ])('offers %s the settings', async (_, viewer) => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    renderJobPage(viewer);

    expect(await screen.findByRole('link', { name: 'Settings' })).toHaveAttribute('href', `/jobs/${job.id}/settings`);
  });

  it('opens the job, sending the version it was read at', async () => {
    const opened = { ...job, status: 'open' as const, version: 8 };
    const requests = mockFetch({
      [`GET ${jobUrl}`]: { body: job },
      [`PATCH ${jobUrl}`]: { body: opened },
    });
    const { user } = renderJobPage(owner);

    await user.click(await screen.findByRole('button', { name: 'Open job' }));

    expect(await screen.findByText('Job opened')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ version: 7, status: 'open' });
    expect(screen.getByRole('button', { name: 'Close job' })).toBeInTheDocument();
    // An open job never goes back to draft.
    expect(screen.queryByRole('button', { name: /draft/i })).not.toBeInTheDocument();
  });

  it('refetches and says so when someone else changed the job first', async () => {
    const newer = { ...job, title: 'Backend Engineer Intern (Spring)', version: 8 };
    mockFetch({
      [`GET ${jobUrl}`]: [{ body: job }, { body: newer }],
      [`PATCH ${jobUrl}`]: versionConflict(),
    });
    const { user } = renderJobPage(owner);

    await user.click(await screen.findByRole('button', { name: 'Open job' }));

    expect(await screen.findByText('Someone else changed this job since you opened it')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Backend Engineer Intern (Spring)' }),
    ).toBeInTheDocument();
  });

  it('lists rubric versions with the labels each one added and removed', async () => {
    const [prerequisite, qualification, hardSkill] = job.items;
    const versions: RubricVersionView[] = [
      {
        version: 1,
        createdAt: '2025-03-01T09:00:00.000Z',
        createdById: owner.id,
        items: [prerequisite, qualification],
      },
      {
        version: 2,
        createdAt: '2025-03-04T09:00:00.000Z',
        createdById: owner.id,
        items: [prerequisite, { ...qualification, weight: 2 }, hardSkill],
      },
    ];
    const requests = mockFetch({
      [`GET ${jobUrl}`]: { body: job },
      [`GET ${jobUrl}/rubric-versions`]: { body: versions },
    });
    const { user } = renderJobPage(buildUser({ role: 'recruiter' }));

    await user.click(await screen.findByRole('button', { name: 'History' }));

    const drawer = await screen.findByRole('dialog', { name: 'Rubric history' });
    const entries = await within(drawer).findAllByRole('listitem');
    const [latest, first] = entries.filter((entry) => within(entry).queryByRole('heading'));
    expect(within(latest).getByRole('heading')).toHaveTextContent('Rubric v2');
    expect(latest).toHaveTextContent('Mar 4, 2025');
    expect(latest).toHaveTextContent('3 items');
    expect(latest).toHaveTextContent('AddedProgramming Languages: Python, Java, Node.js');
    expect(latest).toHaveTextContent('EditedBasic knowledge of databases and SQL');
    expect(latest).not.toHaveTextContent('Removed');
    expect(first).toHaveTextContent('2 items, first version');
    await waitFor(() => expect(requests.filter((r) => r.url.endsWith('/rubric-versions'))).toHaveLength(1));
  });

  it('says when the job does not exist or is not theirs', async () => {
    mockFetch({ [`GET ${jobUrl}`]: problem(404, 'NOT_FOUND', 'No such job') });
    renderJobPage(buildUser({ role: 'interviewer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Job not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to jobs' })).toHaveAttribute('href', '/jobs');
  });

  it('links the pipeline, and shares the public application link of an open job', async () => {
    mockFetch({ [`GET ${jobUrl}`]: { body: buildJobView({ status: 'open' }) } });
    renderJobPage(buildUser({ role: 'recruiter' }));

    expect(await screen.findByRole('link', { name: 'Pipeline' })).toHaveAttribute('href', `/jobs/${job.id}/pipeline`);
    expect(screen.getByText('Public application link')).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/apply/${job.slug}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy public application link' })).toBeInTheDocument();
  });

  it('offers no public link while the job is a draft', async () => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    renderJobPage(buildUser({ role: 'recruiter' }));

    await screen.findByRole('link', { name: 'Pipeline' });
    expect(screen.queryByText('Public application link')).not.toBeInTheDocument();
  });
});
