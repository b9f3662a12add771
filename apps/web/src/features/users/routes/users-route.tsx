import { ContentLayout } from '@/components/layouts/content-layout';
import { CreateUserButton } from '../components/create-user-button';
import { UsersTable } from '../components/users-table';

export function UsersRoute() {
  return (
    <ContentLayout
      title="Users"
      description="Who can sign in to Shortlist, and what their role lets them do."
      actions={<CreateUserButton />}
    >
      <UsersTable />
    </ContentLayout>
  );
}
