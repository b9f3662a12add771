import { screen } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const user = buildUser({ role: 'recruiter', name: 'Rae Recruiter', email: 'rae@example.test' });

async function fill(
  ui: ReturnType<typeof renderApp>['user'],
  {
    current = 'my-old-passphrase',
    next = 'a-new-long-passphrase',
    repeat,
  }: Partial<Record<'current' | 'next' | 'repeat', string>> = {},
) {
  await ui.type(await screen.findByLabelText(/^current password/i), current);
  await ui.type(screen.getByLabelText(/^new password/i), next);
  await ui.type(screen.getByLabelText(/^repeat the new password/i), repeat ?? next);
  await ui.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('account page: changing your password', () => {
  it('is reached from the account menu', async () => {
    mockFetch({});
    const { user: ui, router } = renderApp({ route: '/', user });
    await ui.click(await screen.findByRole('button', { name: /account menu for rae recruiter/i }));
    await ui.click(await screen.findByRole('menuitem', { name: 'Change password' }));
    expect(router.state.location.pathname).toBe('/account');
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeInTheDocument();
  });

  it('sends the current and the new password, then says the other sessions ended and clears the form', async () => {
    const requests = mockFetch({ 'POST /api/me/password': { status: 204 } });
    const { user: ui } = renderApp({ route: '/account', user });
    await fill(ui);
    expect(await screen.findByRole('status')).toHaveTextContent(/every other session has been signed out/);
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      expect.objectContaining({
        url: '/api/me/password',
        body: { currentPassword: 'my-old-passphrase', newPassword: 'a-new-long-passphrase' },
      }),
    ]);
    expect(screen.getByLabelText(/^current password/i)).toHaveValue('');
  });

  it('checks the length and the repetition before calling the API', async () => {
    const requests = mockFetch({});
    const { user: ui } = renderApp({ route: '/account', user });
    await fill(ui, { next: 'too-short', repeat: 'too-short' });
    expect(await screen.findByText('Use 12 to 256 characters')).toBeInTheDocument();
    await ui.clear(screen.getByLabelText(/^new password/i));
    await ui.type(screen.getByLabelText(/^new password/i), 'a-new-long-passphrase');
    await ui.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The passwords do not match')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it("puts the server's answer on the field it names", async () => {
    mockFetch({
      'POST /api/me/password': problem(400, 'VALIDATION_FAILED', 'Password is one of the most common passwords', {
        errors: [{ field: 'newPassword', message: 'is one of the most common passwords; choose another' }],
      }),
    });
    const { user: ui } = renderApp({ route: '/account', user });
    await fill(ui, { next: 'password1234' });
    expect(await screen.findByText('is one of the most common passwords; choose another')).toBeInTheDocument();
    expect(screen.getByLabelText(/^new password/i)).toHaveAccessibleDescription(
      expect.stringContaining('is one of the most common passwords'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
