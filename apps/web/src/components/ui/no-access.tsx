import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { EmptyState } from './empty-state';

export function NoAccess() {
  return (
    <EmptyState
      titleOrder={1}
      icon={<IconLock size={28} />}
      title="You don't have access to this page"
      description="Your role does not include this area. Ask an admin if you think you need it."
      action={
        <Button component={Link} to={paths.home} variant="light">
          Go to the dashboard
        </Button>
      }
    />
  );
}
