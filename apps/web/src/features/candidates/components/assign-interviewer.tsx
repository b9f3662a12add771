import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useAssignInterviewer } from '../api/assign-interviewer';
import { useJob } from '../api/get-job';
import { usePanel } from '../api/get-panel';

export interface AssignInterviewerProps {
  applicationId: string;
  jobId: string;
}

/** Puts someone from the panel on one of the job's interview stages for this application. */
export function AssignInterviewer({ applicationId, jobId }: AssignInterviewerProps) {
  const panel = usePanel();
  const job = useJob(jobId);
  const mutation = useAssignInterviewer();
  const [userId, setUserId] = useState<string | null>(null);
  const [stageId, setStageId] = useState<string | null>(null);

  const members = panel.data?.items ?? [];
  const stages = (job.data?.stages ?? []).filter((stage) => stage.kind === 'interview');
  const loadError = panel.error ?? job.error;

  const handleAssign = () => {
    if (!userId || !stageId) return;
    const name = members.find((m) => m.id === userId)?.name ?? 'The interviewer';
    const stage = stages.find((s) => s.id === stageId)?.name ?? 'the stage';
    mutation.mutate(
      { applicationId, request: { userId, stageId } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            title: 'Interviewer assigned',
            message: `${name} will interview at ${stage}`,
          });
          setUserId(null);
          setStageId(null);
        },
      },
    );
  };

  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          size="xs"
          label="Interviewer"
          placeholder={panel.isPending ? 'Loading…' : 'Choose'}
          data={members.map((m) => ({ value: m.id, label: m.name }))}
          value={userId}
          onChange={setUserId}
          searchable
          w={160}
        />
        <Select
          size="xs"
          label="Interview stage"
          placeholder={job.isPending ? 'Loading…' : 'Choose'}
          data={stages.map((s) => ({ value: s.id, label: s.name }))}
          value={stageId}
          onChange={setStageId}
          w={160}
        />
        <Button size="xs" disabled={!userId || !stageId} loading={mutation.isPending} onClick={handleAssign}>
          Assign
        </Button>
      </Group>
      {loadError && (
        <Text size="xs" c="red" role="alert">
          {errorMessage(loadError)}
        </Text>
      )}
      {mutation.isError && (
        <Text size="xs" c="red" role="alert">
          {errorMessage(mutation.error)}
        </Text>
      )}
    </Stack>
  );
}
