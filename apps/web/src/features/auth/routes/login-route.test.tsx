import { screen } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

async function fillAndSubmit(
  user: ReturnType<typeof renderApp>['user'],
  email = 'ada@example.test',
  password = 'correct horse battery',
) {
  await user.type(await screen.findByLabelText(/email/i), email);
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login page', () => {
  it('shows "Invalid email or password" when the API rejects the credentials', async () => {
    mockFetch({
      'POST /api/auth/login': problem(401, 'INVALID_CREDENTIALS', 'Email or password is wrong'),
    });
    const { user } = renderApp({ route: '/login', user: null });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
    expect(screen.getByRole('heading', { name: 'Sign in to Shortlist' })).toBeInTheDocument();
  });

  it('puts the server field errors of a 400 on the matching inputs', async () => {
    mockFetch({
      'POST /api/auth/login': problem(400, 'VALIDATION_FAILED', 'Invalid value for: email', {
        errors: [{ field: 'email', message: 'email must be a known domain' }],
      }),
    });
    const { user } = renderApp({ route: '/login', user: null });

    await fillAndSubmit(user);

    const emailInput = screen.getByLabelText(/email/i);
    expect(await screen.findByText('email must be a known domain')).toBeInTheDocument();
    expect(emailInput).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput).toHaveAccessibleDescription('email must be a known domain');
    // Everything the server said is on the input, so no general alert repeats it.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells the user how long to wait after too many attempts', async () => {
    mockFetch({
      'POST /api/auth/login': problem(
        429,
        'TOO_MANY_REQUESTS',
        'Too many failed sign-ins',
        {},
        { 'Retry-After': '300' },
      ),
    });
    const { user } = renderApp({ route: '/login', user: null });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 5 minutes');
  });

  it('falls back to the minutes stated in the detail when there is no Retry-After', async () => {
    mockFetch({
      'POST /api/auth/login': problem(429, 'TOO_MANY_REQUESTS', 'Try again in 15 minutes'),
    });
    const { user } = renderApp({ route: '/login', user: null });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 15 minutes');
  });

  it('validates the form before calling the API', async () => {
    const requests = mockFetch({});
    const { user } = renderApp({ route: '/login', user: null });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('signs in and returns to the page in `next`', async () => {
    const admin = buildUser({ role: 'admin', name: 'Ada Admin' });
    const requests = mockFetch({
      'POST /api/auth/login': {
        body: { accessToken: 'token', expiresAt: '2030-01-01T00:00:00.000Z', user: admin },
      },
      'GET /api/users': { body: { items: [admin], total: 1 } },
    });
    const { user, router } = renderApp({ route: '/login?next=%2Fadmin%2Fusers', user: null });

    await fillAndSubmit(user, 'ada@example.test', 'correct horse battery');

    expect(await screen.findByRole('heading', { name: 'Users', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(requests[0].body).toEqual({
      email: 'ada@example.test',
      password: 'correct horse battery',
    });
  });

  it('ignores an off-site `next` and goes to the dashboard (a recruiter lands on their pipelines)', async () => {
    const recruiter = buildUser({ role: 'recruiter' });
    mockFetch({
      'POST /api/auth/login': {
        body: { accessToken: 't', expiresAt: '2030-01-01T00:00:00.000Z', user: recruiter },
      },
      'GET /api/pipeline/overview': { body: { jobs: [] } },
    });
    const { user, router } = renderApp({
      route: `/login?next=${encodeURIComponent('//evil.example')}`,
      user: null,
    });

    await fillAndSubmit(user);

    expect(await screen.findByRole('heading', { name: 'Pipelines', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/home');
  });
});
