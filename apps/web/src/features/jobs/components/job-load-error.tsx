import { Button } from '@mantine/core';
import { IconBriefcaseOff } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { paths } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api-client';

/** A job that failed to load: "not found" (missing, or not yours to see) or a retryable error. */
export function JobLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <>
        <title>Job not found · Shortlist</title>
        <EmptyState
          titleOrder={1}
          icon={<IconBriefcaseOff size={28} />}
          title="Job not found"
          description="This job does not exist, or it is not one you work on."
          action={
            <Button component={Link} to={paths.jobs} variant="light">
              Back to jobs
            </Button>
          }
        />
      </>
    );
  }
  return <ErrorState fullPage title="Could not load this job" message={errorMessage(error)} onRetry={onRetry} />;
}
