import { Paper } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';

export function InterviewsRoute() {
  return (
    <ContentLayout title="My interviews" description="Candidates you have been asked to interview.">
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconCalendarEvent size={28} />}
          title="No interviews assigned"
          description="When a recruiter assigns you to a candidate, they will appear here with the focus items for your stage and the scorecard to submit."
        />
      </Paper>
    </ContentLayout>
  );
}
