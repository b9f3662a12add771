import { Button } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <>
      <title>Page not found · Shortlist</title>
      <EmptyState
        titleOrder={1}
        icon={<IconMapPinOff size={28} />}
        title="Page not found"
        description="There is nothing at this address. Check the link, or go back to the dashboard."
        action={
          <Button component={Link} to={paths.home} variant="light">
            Go to the dashboard
          </Button>
        }
      />
    </>
  );
}
