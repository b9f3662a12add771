import { Anchor, Badge, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { PipelineOverviewJob } from '@shortlist/contracts';
import { IconLayoutKanban } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { pipelineHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { usePipelineOverview } from '../api/get-pipeline-overview';

const STAGE_COLORS = ['blue', 'cyan', 'teal', 'green', 'lime', 'yellow', 'orange', 'grape', 'violet', 'indigo'];

export function RecruiterHomeRoute() {
  const { data, isPending, isError, error, refetch } = usePipelineOverview();

  return (
    <ContentLayout title="Pipelines" description="Every open job, by stage. Waiting: more than 7 days in a stage.">
      {isPending ? (
        <PageLoader label="Loading the pipelines" />
      ) : isError ? (
        <ErrorState title="Could not load the pipelines" message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : data.jobs.length === 0 ? (
        <EmptyState
          icon={<IconLayoutKanban size={28} />}
          title="No open jobs"
          description="Open a job to start receiving applications; its pipeline will show here."
        />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.jobs.map((job) => (
            <OverviewRow key={job.jobId} job={job} />
          ))}
        </Stack>
      )}
    </ContentLayout>
  );
}

function OverviewRow({ job }: { job: PipelineOverviewJob }) {
  const total = job.stages.reduce((sum, stage) => sum + stage.count, 0);
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4">
            <Anchor component={Link} to={pipelineHref(job.jobId)}>
              {job.title}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">{`${total} active`}</Text>
            <Badge color={job.waiting > 0 ? 'orange' : 'gray'} variant="light">
              {`${job.waiting} waiting`}
            </Badge>
          </Group>
        </Group>
        {total > 0 && (
          <Progress.Root size="lg" aria-hidden>
            {job.stages.map((stage, index) =>
              stage.count === 0 ? null : (
                <Tooltip key={stage.id} label={`${stage.name}: ${stage.count}`} withinPortal={false}>
                  <Progress.Section
                    value={(stage.count / total) * 100}
                    color={STAGE_COLORS[index % STAGE_COLORS.length]}
                  />
                </Tooltip>
              ),
            )}
          </Progress.Root>
        )}
        <Group
          gap="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={`${job.title} by stage`}
        >
          {job.stages.map((stage) => (
            <Text key={stage.id} component="li" size="xs">
              {`${stage.name}: ${stage.count}`}
            </Text>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
