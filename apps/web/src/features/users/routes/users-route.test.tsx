import type { UserView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem, type RecordedRequest } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { UsersRoute } from './users-route';

const admin = buildUser({
  role: 'admin',
  name: 'Ada Admin',
  email: 'ada@example.test',
  createdAt: '2025-03-04T09:00:00.000Z',
});
const interviewer = buildUser({
  role: 'interviewer',
  name: 'Ivan Interviewer',
  email: 'ivan@example.test',
  active: false,
});

function page(items: UserView[]) {
  return { body: { items, total: items.length } };
}

function renderUsersPage() {
  return renderWithProviders(<UsersRoute />, { user: admin, route: '/admin/users' });
}

function calls(requests: RecordedRequest[], method: string, url: string) {
  return requests.filter((request) => request.method === method && request.url === url);
}

describe('users page', () => {
  it('lists users with their role, status and creation date', async () => {
    mockFetch({ 'GET /api/users': page([admin, interviewer]) });
    renderUsersPage();

    const adaRow = (await screen.findByText('Ada Admin')).closest('tr')!;
    const [name, email, role, status, created] = within(adaRow).getAllByRole('cell');
    expect(name).toHaveTextContent(/^Ada AdminYou$/);
    expect(email).toHaveTextContent(/^ada@example\.test$/);
    expect(role).toHaveTextContent(/^Admin$/);
    expect(status).toHaveTextContent(/^Active$/);
    expect(created).toHaveTextContent(/^Mar 4, 2025$/);

    const ivanRow = screen.getByText('Ivan Interviewer').closest('tr')!;
    const ivanCells = within(ivanRow).getAllByRole('cell');
    expect(ivanCells[2]).toHaveTextContent(/^Interviewer$/);
    expect(ivanCells[3]).toHaveTextContent(/^Inactive$/);
    expect(within(ivanRow).getByRole('switch', { name: 'Ivan Interviewer can sign in' })).not.toBeChecked();
    expect(within(ivanRow).getByRole('textbox', { name: 'Role of Ivan Interviewer' })).toHaveValue('Interviewer');
    expect(screen.getByText('2 users')).toBeInTheDocument();
  });

  it('shows an empty state when there are no users', async () => {
    mockFetch({ 'GET /api/users': page([]) });
    renderUsersPage();

    expect(await screen.findByRole('heading', { name: 'No users yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the problem detail when loading fails, and retries on request', async () => {
    mockFetch({
      'GET /api/users': [problem(503, 'SERVICE_UNAVAILABLE', 'The database is not reachable'), page([admin])],
    });
    const { user } = renderUsersPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load users');
    expect(alert).toHaveTextContent('The database is not reachable');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Ada Admin')).toBeInTheDocument();
  });

  it('creates a user and shows the generated password once', async () => {
    const created = buildUser({
      name: 'Rita Recruiter',
      email: 'rita@example.test',
      role: 'recruiter',
    });
    const requests = mockFetch({
      'GET /api/users': [page([admin]), page([admin, created])],
      'POST /api/users': {
        status: 201,
        body: { ...created, generatedPassword: 'Zq7-horse-Battery-9' },
      },
    });
    const { user } = renderUsersPage();
    await screen.findByText('Ada Admin');

    await user.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'rita@example.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Rita Recruiter');
    await user.click(within(dialog).getByRole('textbox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Recruiter' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));

    expect(await screen.findByTestId('generated-password')).toHaveTextContent('Zq7-horse-Battery-9');
    expect(screen.getByText('Copy this password now')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy password' })).toBeInTheDocument();
    // No password typed, so none is sent and the server generates one.
    expect(calls(requests, 'POST', '/api/users')[0].body).toEqual({
      email: 'rita@example.test',
      name: 'Rita Recruiter',
      role: 'recruiter',
    });
    // The list refetches through the query's own key.
    await waitFor(() => expect(calls(requests, 'GET', '/api/users')).toHaveLength(2));
    expect(await screen.findByText('Rita Recruiter', { selector: 'td *' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('generated-password')).not.toBeInTheDocument();
  });

  it('rejects a short password before calling the API', async () => {
    const requests = mockFetch({ 'GET /api/users': page([admin]) });
    const { user } = renderUsersPage();
    await screen.findByText('Ada Admin');

    await user.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'new@example.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'New Person');
    await user.type(within(dialog).getByLabelText('Password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));

    expect(within(dialog).getByText('Use at least 12 characters, or leave empty to generate one')).toBeInTheDocument();
    expect(calls(requests, 'POST', '/api/users')).toHaveLength(0);
  });

  it('puts server field errors on the form inputs', async () => {
    mockFetch({
      'GET /api/users': page([admin]),
      'POST /api/users': problem(409, 'EMAIL_TAKEN', 'A user with this email already exists'),
    });
    const { user } = renderUsersPage();
    await screen.findByText('Ada Admin');

    await user.click(screen.getByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ada@example.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ada Again');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));

    expect(await within(dialog).findByText('A user with this email already exists')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('changes a role and confirms it', async () => {
    const promoted = { ...interviewer, role: 'hiring_manager' as const };
    const requests = mockFetch({
      'GET /api/users': [page([admin, interviewer]), page([admin, promoted])],
      [`PATCH /api/users/${interviewer.id}`]: { body: promoted },
    });
    const { user } = renderUsersPage();
    await screen.findByText('Ivan Interviewer');

    await user.click(screen.getByRole('textbox', { name: 'Role of Ivan Interviewer' }));
    await user.click(await screen.findByRole('option', { name: 'Hiring manager' }));

    expect(await screen.findByText('Role changed')).toBeInTheDocument();
    expect(screen.getByText('Ivan Interviewer is now Hiring manager.')).toBeInTheDocument();
    expect(calls(requests, 'PATCH', `/api/users/${interviewer.id}`)[0].body).toEqual({
      role: 'hiring_manager',
    });
  });

  it('shows the problem detail when the server refuses a change', async () => {
    mockFetch({
      'GET /api/users': page([admin, interviewer]),
      [`PATCH /api/users/${admin.id}`]: problem(
        409,
        'CANNOT_DEMOTE_LAST_ADMIN',
        'At least one active admin must remain',
      ),
    });
    const { user } = renderUsersPage();
    await screen.findByText('Ada Admin');

    await user.click(screen.getByRole('switch', { name: 'Ada Admin can sign in' }));

    expect(await screen.findByText('Could not update Ada Admin')).toBeInTheDocument();
    expect(screen.getByText('At least one active admin must remain')).toBeInTheDocument();
    // Nothing optimistic: the row still shows what the server holds.
    expect(screen.getByRole('switch', { name: 'Ada Admin can sign in' })).toBeChecked();
  });
});
