import type { UpdateJobRequest, UserView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { buildJobView, versionConflict } from '@/testing/job-fixtures';
import { mockFetch, problem, type RecordedRequest } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const job = buildJobView();
const owner = buildUser({ id: job.hiringManagerId, role: 'hiring_manager', name: 'Hana Manager' });
const jobUrl = `/api/jobs/${job.id}`;

type User = ReturnType<typeof renderApp>['user'];

function renderSettings(user: UserView = owner) {
  return renderApp({ route: `/jobs/${job.id}/settings`, user });
}

function patches(requests: RecordedRequest[]): UpdateJobRequest[] {
  return requests.filter((request) => request.method === 'PATCH').map((request) => request.body as UpdateJobRequest);
}

async function replaceText(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

const group = (name: string) => screen.getByRole('group', { name });

describe('job settings', () => {
  it('starts from the saved job and saves only what changed, with the version it was read at', async () => {
    const saved = buildJobView({ title: 'Backend Engineer Intern (Autumn)', version: 8, rubricVersion: 3 });
    const requests = mockFetch({
      [`GET ${jobUrl}`]: { body: job },
      [`PATCH ${jobUrl}`]: { body: saved },
    });
    const { user } = renderSettings();

    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Backend Engineer Intern');
    expect(screen.getByRole('heading', { name: 'Hard skills (1)' })).toBeInTheDocument();
    await replaceText(user, title, 'Backend Engineer Intern (Autumn)');
    await replaceText(user, within(group('Hard skill 1')).getByRole('textbox', { name: 'Weight' }), '1.5');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(screen.getByText(/now rubric v3/)).toBeInTheDocument();
    const [body] = patches(requests);
    expect(Object.keys(body).sort()).toEqual(['items', 'title', 'version']);
    expect(body.version).toBe(7);
    expect(body.title).toBe('Backend Engineer Intern (Autumn)');
    // Saved items keep their ids, so the API updates them rather than adding new ones.
    expect(body.items?.map((item) => [item.id, item.weight])).toEqual(
      job.items.map((item) => [item.id, item.id === job.items[2].id ? 1.5 : 1]),
    );
    expect(title).toHaveValue('Backend Engineer Intern (Autumn)');
  });

  it('edits the rejection reasons and the knock-out rule, sending only them when changed', async () => {
    const custom = buildJobView({ rejectionReasons: ['Not enough experience', 'No work permit'] });
    const requests = mockFetch({
      [`GET ${jobUrl}`]: { body: custom },
      [`PATCH ${jobUrl}`]: (request) => ({ body: { ...custom, ...(request.body as object), version: 8 } }),
    });
    const { user } = renderSettings();

    const section = await screen.findByRole('region', { name: 'Rejections' });
    expect(section).toHaveTextContent('Not enough experience');
    expect(section).toHaveTextContent('No work permit');
    const autoReject = within(section).getByRole('switch', {
      name: /^Reject automatically when a must-have knock-out is answered no/,
    });
    expect(autoReject).not.toBeChecked();

    await user.type(
      within(section).getByRole('textbox', { name: 'Rejection reasons' }),
      'Failed the assessment{Enter}',
    );
    await user.click(autoReject);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved');

    // A title change afterwards does not resend the (now saved) rejection settings.
    await replaceText(user, screen.getByRole('textbox', { name: 'Title' }), 'Backend Engineer');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches(requests)).toHaveLength(2));
    expect(patches(requests)).toEqual([
      {
        version: 7,
        rejectionReasons: ['Not enough experience', 'No work permit', 'Failed the assessment'],
        autoRejectOnKnockout: true,
      },
      { version: 8, title: 'Backend Engineer' },
    ]);
  });

  it('sends the next save with the version the last save returned', async () => {
    const requests = mockFetch({
      [`GET ${jobUrl}`]: { body: job },
      [`PATCH ${jobUrl}`]: (request) => ({
        body: { ...job, ...(request.body as object), version: (request.body as UpdateJobRequest).version + 1 },
      }),
    });
    const { user } = renderSettings();

    await replaceText(user, await screen.findByRole('textbox', { name: 'Location' }), 'Berlin');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved');
    await replaceText(user, screen.getByRole('textbox', { name: 'Location' }), 'Lisbon');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(patches(requests)).toHaveLength(2));
    expect(patches(requests)).toEqual([
      { version: 7, location: 'Berlin' },
      { version: 8, location: 'Lisbon' },
    ]);
  });

  it('keeps the edits on a version conflict, and reloads the latest job only when asked', async () => {
    const theirs = buildJobView({ title: 'Backend Engineer Intern (Spring)', version: 8 });
    const requests = mockFetch({
      [`GET ${jobUrl}`]: [{ body: job }, { body: theirs }],
      [`PATCH ${jobUrl}`]: versionConflict(),
    });
    const { user } = renderSettings();
    const title = await screen.findByRole('textbox', { name: 'Title' });

    await replaceText(user, title, 'My title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = (await screen.findByText('Someone else changed this job since you opened it')).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('My title');
    // Saving again without reloading still claims the version the edits were made on.
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches(requests)).toHaveLength(2));
    expect(patches(requests)[1]).toEqual({ version: 7, title: 'My title' });

    await user.click(within(notice).getByRole('button', { name: 'Reload' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Backend Engineer Intern (Spring)'),
    );
    await waitFor(() =>
      expect(screen.queryByText('Someone else changed this job since you opened it')).not.toBeInTheDocument(),
    );
    // The next save is made against their version.
    await replaceText(user, screen.getByRole('textbox', { name: 'Title' }), 'Merged title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches(requests)).toHaveLength(3));
    expect(patches(requests)[2]).toEqual({ version: 8, title: 'Merged title' });
  });

  it('puts field errors of the plan on the stage they are about', async () => {
    mockFetch({
      [`GET ${jobUrl}`]: { body: job },
      [`PATCH ${jobUrl}`]: problem(400, 'VALIDATION_FAILED', 'The job is not valid', {
        errors: [{ field: 'stages.2.name', message: 'A stage with this name is retired' }],
      }),
    });
    const { user } = renderSettings();

    await replaceText(
      user,
      within(await screen.findByRole('group', { name: 'Stage 3' })).getByRole('textbox', { name: 'Name' }),
      'Coding pairing',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const name = within(group('Stage 3')).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('A stage with this name is retired');
    expect(screen.getByRole('alert')).toHaveTextContent('1 field needs attention below.');
  });

  it('does not call the API when nothing changed', async () => {
    const requests = mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    const { user } = renderSettings();

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Nothing to save')).toBeInTheDocument();
    expect(patches(requests)).toHaveLength(0);
  });

  it('asks before leaving with unsaved changes', async () => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    const { user, router } = renderSettings();

    await replaceText(user, await screen.findByRole('textbox', { name: 'Title' }), 'Unsaved title');
    await user.click(screen.getByRole('link', { name: 'Back to job' }));

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/jobs/${job.id}/settings`);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Unsaved title');

    await user.click(screen.getByRole('link', { name: 'Back to job' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${job.id}`));
  });

  it.each([
    ['a recruiter', buildUser({ role: 'recruiter' })],
    ['another hiring manager', buildUser({ role: 'hiring_manager' })],
  ])('is refused to %s', async (_, viewer) => {
    mockFetch({ [`GET ${jobUrl}`]: { body: job } });
    renderSettings(viewer);

    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });
});
