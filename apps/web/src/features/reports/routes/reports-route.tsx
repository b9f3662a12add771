import { Paper } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';

export function ReportsRoute() {
  return (
    <ContentLayout title="Reports" description="How candidates move through your hiring pipelines.">
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconChartBar size={28} />}
          title="No reports yet"
          description="Once candidates move through your jobs, the hiring funnel and time spent in each stage will appear here."
        />
      </Paper>
    </ContentLayout>
  );
}
