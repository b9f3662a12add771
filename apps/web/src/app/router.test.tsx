import { screen } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

describe('app routes', () => {
  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    mockFetch({ 'GET /api/me': problem(401, 'UNAUTHENTICATED', 'Sign in first') });
    const { router } = renderApp({ route: '/reports?range=30d' });

    expect(await screen.findByRole('heading', { name: 'Sign in to Shortlist' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/reports?range=30d');
  });

  it('returns to the login page, with next, when the session expires mid-use', async () => {
    const admin = buildUser({ role: 'admin' });
    mockFetch({ 'GET /api/users': problem(401, 'UNAUTHENTICATED', 'Your session has ended') });
    const { router, queryClient } = renderApp({ route: '/admin/users', user: admin });

    expect(await screen.findByRole('heading', { name: 'Sign in to Shortlist' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/users');
    // The cached user is gone, so nothing of the old session can render.
    expect(queryClient.getQueryData(['me'])).toBeNull();
  });

  it('opens the jobs area from the root path', async () => {
    mockFetch({ 'GET /api/jobs': { body: { items: [], total: 0 } } });
    const { router } = renderApp({ route: '/', user: buildUser({ role: 'interviewer' }) });

    expect(await screen.findByRole('heading', { name: 'No jobs yet' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/jobs');
  });

  it.each([['/interviews', 'No interviews assigned']])(
    'shows an explanatory empty state for %s',
    async (route, heading) => {
      mockFetch({ 'GET /api/me/interviews': { body: [] } });
      renderApp({ route, user: buildUser({ role: 'admin' }) });

      expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    },
  );

  it('shows a 404 page inside the shell for unknown paths', async () => {
    renderApp({ route: '/no/such/page', user: buildUser({ role: 'recruiter' }) });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('refuses the admin area to non-admins without calling the API', async () => {
    const requests = mockFetch({});
    renderApp({ route: '/admin/users', user: buildUser({ role: 'recruiter' }) });

    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('keeps reports away from interviewers', async () => {
    renderApp({ route: '/reports', user: buildUser({ role: 'interviewer' }) });

    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
  });
});
