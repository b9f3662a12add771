import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { JobView } from '@shortlist/contracts';
import { IconArrowLeft, IconLayoutKanban, IconMapPin, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { jobSettingsHref, paths, pipelineHref } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { canAccess, canEditJob } from '@/lib/authorization';
import { CATEGORY_LABELS, RATED_CATEGORIES, THRESHOLD_LABELS } from '../../utils/labels';
import { JobStatusBadge } from '../job-status-badge';
import { SectionCard } from '@/components/ui/section-card';
import { ChecklistView } from './checklist-view';
import { JobStatusControl } from './job-status-control';
import { PlanView } from './plan-view';
import { PublicLink } from './public-link';
import { RubricHistory } from './rubric-history';

export function JobDetails({ job }: { job: JobView }) {
  const user = useCurrentUser();
  const canEdit = canEditJob(user, job);
  const labelOf = new Map(job.items.map((item) => [item.id, item.label]));

  return (
    <Stack gap="lg">
      <title>{`${job.title} · Shortlist`}</title>
      <Stack gap="xs">
        <Anchor component={Link} to={paths.jobs} size="sm" w="fit-content">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All jobs
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={6}>
            <Title order={1} size="h2">
              {job.title}
            </Title>
            <Group gap="xs">
              <Badge variant="outline" color="gray">
                {job.level}
              </Badge>
              <JobStatusBadge status={job.status} />
              {job.location && (
                <Group gap={4}>
                  <IconMapPin size={14} aria-hidden />
                  <Text size="sm">{job.location}</Text>
                </Group>
              )}
              {job.employmentType && <Text size="sm">{`· ${job.employmentType}`}</Text>}
            </Group>
            <RubricHistory job={job} />
          </Stack>
          <Group gap="xs">
            {canAccess(user.role, 'pipeline') && (
              <Button
                component={Link}
                to={pipelineHref(job.id)}
                variant="default"
                leftSection={<IconLayoutKanban size={16} aria-hidden />}
              >
                Pipeline
              </Button>
            )}
            {canEdit && <JobStatusControl job={job} />}
            {canEdit && (
              <Button
                component={Link}
                to={jobSettingsHref(job.id)}
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                Settings
              </Button>
            )}
          </Group>
        </Group>
        {job.status === 'open' && canAccess(user.role, 'pipeline') && <PublicLink slug={job.slug} />}
      </Stack>

      {job.summary && (
        <SectionCard title="Summary">
          <Text>{job.summary}</Text>
        </SectionCard>
      )}
      {(job.responsibilities.length > 0 || job.perks.length > 0) && (
        <SimpleGrid cols={{ base: 1, md: job.perks.length > 0 && job.responsibilities.length > 0 ? 2 : 1 }}>
          {job.responsibilities.length > 0 && (
            <SectionCard title="Responsibilities">
              <TextList entries={job.responsibilities} />
            </SectionCard>
          )}
          {job.perks.length > 0 && (
            <SectionCard title="Perks">
              <TextList entries={job.perks} />
            </SectionCard>
          )}
        </SimpleGrid>
      )}
      <SectionCard
        title="Checklist"
        description={`${job.items.length} ${job.items.length === 1 ? 'item' : 'items'}, each rated on its own against its anchors.`}
      >
        <ChecklistView items={job.items} />
      </SectionCard>
      <SectionCard title="Interview plan">
        <PlanView stages={job.stages} items={job.items} />
      </SectionCard>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SectionCard title="Red flags">
          {job.redFlagTypes.length === 0 ? (
            <Text size="sm" c="dimmed">
              No red flags defined.
            </Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {job.redFlagTypes.map((flag) => (
                <Stack key={flag.id} gap={4} component="li">
                  <Text fw={500} size="sm">
                    {flag.label}
                  </Text>
                  {flag.linkedItemIds.length > 0 && (
                    <Group gap={4}>
                      {flag.linkedItemIds.flatMap((id) =>
                        labelOf.has(id)
                          ? [
                              <Badge key={id} variant="light" color="gray" size="sm" tt="none">
                                {labelOf.get(id)}
                              </Badge>,
                            ]
                          : [],
                      )}
                    </Group>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </SectionCard>
        <SectionCard title="Scoring">
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              {RATED_CATEGORIES.map((category) => (
                <Table.Tr key={category}>
                  <Table.Th scope="row">{`${CATEGORY_LABELS[category].plural} weight`}</Table.Th>
                  <Table.Td>{job.categoryWeights[category]}</Table.Td>
                </Table.Tr>
              ))}
              {(['advance', 'discuss', 'minCoverage'] as const).map((key) => (
                <Table.Tr key={key}>
                  <Table.Th scope="row">{THRESHOLD_LABELS[key].label}</Table.Th>
                  <Table.Td>{job.thresholds[key]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SectionCard>
      </SimpleGrid>
      {job.tools.length > 0 && (
        <SectionCard title="Tools">
          <Stack gap="xs">
            {job.tools.map((group) => (
              <Group key={group.category} gap="xs" align="baseline">
                <Text size="sm" fw={600} w={160}>
                  {group.category}
                </Text>
                <Group gap={4}>
                  {group.items.map((tool) => (
                    <Badge key={tool} variant="default" size="sm" tt="none">
                      {tool}
                    </Badge>
                  ))}
                </Group>
              </Group>
            ))}
          </Stack>
        </SectionCard>
      )}
      {job.guidance.length > 0 && (
        <SectionCard title="Guidance for interviewers">
          <TextList entries={job.guidance} />
        </SectionCard>
      )}
    </Stack>
  );
}

function TextList({ entries }: { entries: string[] }) {
  return (
    <List size="sm" spacing={4}>
      {entries.map((entry) => (
        <List.Item key={entry}>{entry}</List.Item>
      ))}
    </List>
  );
}
