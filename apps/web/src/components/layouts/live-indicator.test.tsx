import { screen } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { DashboardLayout } from './dashboard-layout';

const renderShell = (liveStatus?: 'live' | 'reconnecting' | 'off') =>
  renderWithProviders(
    <DashboardLayout liveStatus={liveStatus}>
      <p>Page content</p>
    </DashboardLayout>,
    { user: buildUser({ role: 'recruiter' }) },
  );

describe('the live indicator in the header', () => {
  it('says when pages update by themselves', () => {
    renderShell('live');
    expect(screen.getByRole('status', { name: 'Live updates: on' })).toHaveTextContent('Live');
  });

  it('says when the stream is reconnecting', () => {
    renderShell('reconnecting');
    expect(screen.getByRole('status', { name: 'Live updates: Reconnecting…' })).toHaveTextContent('Reconnecting…');
  });

  it('shows nothing where the browser cannot listen', () => {
    renderShell();
    expect(screen.queryByRole('status', { name: /Live updates/ })).not.toBeInTheDocument();
  });
});
