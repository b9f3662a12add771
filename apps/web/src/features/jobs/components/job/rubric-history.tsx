import { Badge, Button, Drawer, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { JobView } from '@shortlist/contracts';
import { IconHistory } from '@tabler/icons-react';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessage } from '@/lib/api-client';
import { useRubricVersions } from '../../api/get-rubric-versions';
import { dateFormat } from '../../utils/labels';
import { rubricChanges, type RubricChange } from '../../utils/rubric-history';

export function RubricHistory({ job }: { job: JobView }) {
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <Group gap="xs">
        <Badge variant="outline" color="indigo">{`Rubric v${job.rubricVersion}`}</Badge>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHistory size={14} aria-hidden />}
          onClick={open}
          aria-haspopup="dialog"
        >
          History
        </Button>
      </Group>
      <Drawer.Root opened={opened} onClose={close} position="right" size="md">
        <Drawer.Overlay />
        <Drawer.Content>
          {/* role="none": a header inside a dialog is not the page's banner landmark. */}
          <Drawer.Header role="none">
            <Drawer.Title fw={600} fz="lg">
              Rubric history
            </Drawer.Title>
            <Drawer.CloseButton aria-label="Close" />
          </Drawer.Header>
          <Drawer.Body>{opened && <VersionList jobId={job.id} />}</Drawer.Body>
        </Drawer.Content>
      </Drawer.Root>
    </>
  );
}

function VersionList({ jobId }: { jobId: string }) {
  const versionsQuery = useRubricVersions(jobId);

  if (versionsQuery.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">Loading versions…</Text>
      </Group>
    );
  }
  if (versionsQuery.isError) {
    return (
      <ErrorState
        title="Could not load the history"
        message={errorMessage(versionsQuery.error)}
        onRetry={() => void versionsQuery.refetch()}
      />
    );
  }
  return (
    <Stack gap="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rubricChanges(versionsQuery.data).map((change) => (
        <VersionEntry key={change.version} change={change} />
      ))}
    </Stack>
  );
}

function VersionEntry({ change }: { change: RubricChange }) {
  const unchanged = !change.isFirst && change.added.length + change.removed.length + change.edited.length === 0;
  return (
    <Stack gap={4} component="li">
      <Group gap="xs" align="baseline">
        <Title order={3} size="h5">{`Rubric v${change.version}`}</Title>
        <Text size="sm" c="dimmed" component="time" dateTime={change.createdAt}>
          {dateFormat.format(new Date(change.createdAt))}
        </Text>
      </Group>
      <Text size="sm">{`${change.itemCount} ${change.itemCount === 1 ? 'item' : 'items'}${change.isFirst ? ', first version' : ''}`}</Text>
      <ChangeList title="Added" labels={change.added} />
      <ChangeList title="Removed" labels={change.removed} />
      <ChangeList title="Edited" labels={change.edited} />
      {unchanged && (
        <Text size="sm" c="dimmed">
          Order of items changed only.
        </Text>
      )}
    </Stack>
  );
}

function ChangeList({ title, labels }: { title: string; labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {labels.map((label) => (
          <List.Item key={label}>{label}</List.Item>
        ))}
      </List>
    </div>
  );
}
