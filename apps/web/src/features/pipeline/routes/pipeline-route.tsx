import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconLayoutKanban } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useJobPlan } from '../api/get-job-plan';
import { pipelineCsvHref, usePipeline } from '../api/get-pipeline';
import { PipelineFilters } from '../components/pipeline-filters';
import { PipelineWorkspace } from '../components/pipeline-workspace';
import { filtersFromSearch, hasActiveFilters, viewFromSearch, withParam } from '../utils/filters';

const VIEW_OPTIONS = [
  { value: 'board', label: 'Board' },
  { value: 'table', label: 'Table' },
];

export function PipelineRoute() {
  const { jobId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const view = viewFromSearch(searchParams);
  const job = useJobPlan(jobId);
  const pipeline = usePipeline(jobId, filters);

  if (job.isPending || pipeline.isPending) return <PageLoader label="Loading the pipeline" />;
  if (job.isError || pipeline.isError) {
    return (
      <ErrorState
        fullPage
        title="Could not load the pipeline"
        message={errorMessage(job.error ?? pipeline.error)}
        onRetry={() => {
          void job.refetch();
          void pipeline.refetch();
        }}
      />
    );
  }

  const { closed } = pipeline.data;
  const total = pipeline.data.stages.reduce((sum, stage) => sum + stage.count, 0);
  const filtered = hasActiveFilters(filters);

  return (
    <Stack gap="md">
      <title>{`${job.data.title} pipeline · Shortlist`}</title>
      <Stack gap="xs">
        <Anchor component={Link} to={jobHref(jobId)} size="sm" w="fit-content">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {job.data.title}
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {`${job.data.title}: pipeline`}
            </Title>
            <Group gap="xs" aria-label="Closed applications" role="group">
              <Text size="sm" c="dimmed">
                {`${total} active`}
              </Text>
              <Badge variant="light" color="red">{`Rejected ${closed.rejected}`}</Badge>
              <Badge variant="light" color="gray">{`Withdrawn ${closed.withdrawn}`}</Badge>
              <Badge variant="light" color="teal">{`Hired ${closed.hired}`}</Badge>
            </Group>
          </Stack>
          <Group gap="sm">
            <SegmentedControl
              aria-label="View"
              data={VIEW_OPTIONS}
              value={view}
              onChange={(value) =>
                setSearchParams((current) => withParam(current, 'view', value === 'table' ? 'table' : undefined), {
                  replace: true,
                })
              }
            />
            <Button
              component="a"
              href={pipelineCsvHref(jobId, filters)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export CSV
            </Button>
          </Group>
        </Group>
      </Stack>
      <PipelineFilters filters={filters} />
      {total === 0 && !filtered ? (
        <EmptyState
          icon={<IconLayoutKanban size={28} />}
          title="No applications yet"
          description="Candidates appear here once they apply or a recruiter adds them to this job."
        />
      ) : total === 0 ? (
        <EmptyState
          icon={<IconLayoutKanban size={28} />}
          title="No candidates match these filters"
          description="Loosen the filters to see more of the pipeline."
        />
      ) : (
        <PipelineWorkspace
          job={job.data}
          pipeline={pipeline.data}
          fetchedAt={pipeline.dataUpdatedAt}
          filters={filters}
          view={view}
        />
      )}
    </Stack>
  );
}
