import { Outlet } from 'react-router-dom';
import { DashboardLayout } from '@/components/layouts/dashboard-layout';
import { ProtectedRoute } from '@/lib/auth';
import { useLiveUpdates } from '../live-updates';

/** Signed in: one live-changes stream keeps every open page current. */
function SignedInShell() {
  const liveStatus = useLiveUpdates();
  return (
    <DashboardLayout liveStatus={liveStatus}>
      <Outlet />
    </DashboardLayout>
  );
}

export function AppRoot() {
  return (
    <ProtectedRoute>
      <SignedInShell />
    </ProtectedRoute>
  );
}
