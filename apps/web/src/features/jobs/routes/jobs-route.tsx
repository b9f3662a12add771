import { Paper } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';

export function JobsRoute() {
  return (
    <ContentLayout title="Jobs" description="Open roles, their rubrics and interview plans.">
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconBriefcase size={28} />}
          title="No jobs yet"
          description="Jobs created or imported from a job description will appear here, each with its checklist, interview stages and candidate pipeline."
        />
      </Paper>
    </ContentLayout>
  );
}
