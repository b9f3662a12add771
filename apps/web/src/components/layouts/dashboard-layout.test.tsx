import type { Role } from '@shortlist/contracts';
import { screen, within } from '@testing-library/react';
import { reloadTo } from '@/lib/browser';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { DashboardLayout } from './dashboard-layout';

jest.mock('@/lib/browser', () => ({ reloadTo: jest.fn() }));

function renderShell(role: Role, route = '/jobs') {
  const signedIn = buildUser({ role, name: 'Grace Hopper', email: 'grace@example.test' });
  return renderWithProviders(
    <DashboardLayout>
      <p>Page content</p>
    </DashboardLayout>,
    { user: signedIn, route },
  );
}

function navLinkNames(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('DashboardLayout', () => {
  it.each<[Role, string[]]>([
    ['admin', ['Home', 'Jobs', 'Candidates', 'My interviews', 'Reports', 'Users', 'Audit log', 'Data retention']],
    ['recruiter', ['Home', 'Jobs', 'Candidates', 'Reports']],
    ['hiring_manager', ['Home', 'Jobs', 'Candidates', 'Reports']],
    ['interviewer', ['Jobs', 'My interviews']],
  ])('shows %s the areas of their role', (role, expected) => {
    renderShell(role);

    expect(navLinkNames()).toEqual(expected);
  });

  it('offers the Admin section only to admins', () => {
    renderShell('admin');
    expect(screen.getByRole('group', { name: 'Admin' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(screen.getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/admin/audit');
    expect(screen.getByRole('link', { name: 'Data retention' })).toHaveAttribute('href', '/admin/retention');
  });

  it('hides the Admin section from everyone else', () => {
    renderShell('hiring_manager');
    expect(screen.queryByRole('group', { name: 'Admin' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Data retention' })).not.toBeInTheDocument();
  });

  it('marks the current area', () => {
    renderShell('admin', '/reports');
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Jobs' })).not.toHaveAttribute('aria-current');
  });

  it('starts with a skip link to the main content', async () => {
    const { user } = renderShell('recruiter');

    await user.tab();

    const skipLink = screen.getByRole('link', { name: 'Skip to content' });
    expect(skipLink).toHaveFocus();
    const target = skipLink.getAttribute('href')?.slice(1) ?? '';
    expect(screen.getByRole('main')).toHaveAttribute('id', target);
    expect(screen.getByRole('banner')).toHaveTextContent('Shortlist');
  });

  it('shows who is signed in and signs out through the user menu', async () => {
    const requests = mockFetch({ 'POST /api/auth/logout': { status: 204 } });
    const { user } = renderShell('hiring_manager');

    await user.click(screen.getByRole('button', { name: 'Account menu for Grace Hopper, Hiring manager' }));
    const menu = await screen.findByRole('menu');
    expect(menu).toHaveTextContent('grace@example.test');
    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/auth/logout']);
    expect(reloadTo).toHaveBeenCalledWith('/login');
  });

  it('keeps the user signed in and says so when sign-out fails', async () => {
    mockFetch({
      'POST /api/auth/logout': problem(503, 'SERVICE_UNAVAILABLE', 'Try again in a moment'),
    });
    const { user } = renderShell('interviewer');

    await user.click(screen.getByRole('button', { name: /account menu/i }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('Could not sign out')).toBeInTheDocument();
    expect(screen.getByText('Try again in a moment')).toBeInTheDocument();
    expect(reloadTo).not.toHaveBeenCalled();
  });
});
