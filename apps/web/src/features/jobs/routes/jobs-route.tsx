import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { canCreateJobs } from '@/lib/authorization';
import { useJobs } from '../api/get-jobs';
import { JobsTable } from '../components/jobs-table';

function NewJobButton() {
  return (
    <Button component={Link} to={paths.newJob} leftSection={<IconPlus size={16} aria-hidden />}>
      New job
    </Button>
  );
}

export function JobsRoute() {
  const user = useCurrentUser();
  const canCreate = canCreateJobs(user.role);
  const { data } = useJobs();
  // The empty state carries its own "New job"; one such button on the page at a time.
  const listIsEmpty = data?.items.length === 0;

  return (
    <ContentLayout
      title="Jobs"
      description="Open roles, their rubrics and interview plans."
      actions={canCreate && !listIsEmpty ? <NewJobButton /> : undefined}
    >
      <JobsTable
        emptyAction={canCreate ? <NewJobButton /> : undefined}
        emptyDescription={
          canCreate
            ? 'Create a job from its job description: Shortlist drafts the checklist, interview plan and red flags for you to review.'
            : 'A hiring manager creates each job from its job description. Jobs you work on will appear here with their checklist and interview plan.'
        }
      />
    </ContentLayout>
  );
}
