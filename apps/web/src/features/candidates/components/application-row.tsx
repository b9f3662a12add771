import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { CandidateApplicationSummary } from '@shortlist/contracts';
import { IconArrowBackUp } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { assessmentHref, jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useApplication } from '../api/get-application';
import { useUndoRejection } from '../api/undo-rejection';
import { dateFormat, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export interface ApplicationRowProps {
  candidateId: string;
  application: CandidateApplicationSummary;
  canUndo: boolean;
}

export function ApplicationRow({ candidateId, application, canUndo }: ApplicationRowProps) {
  const closed = application.status === 'rejected' || application.status === 'withdrawn';
  // The summary has no reason: a closed application's view does (shared with the evidence view's query).
  const { data: view } = useApplication(closed ? application.applicationId : null);
  const undoMutation = useUndoRejection();
  const reason = closed ? view?.rejection?.reason : undefined;

  const handleUndo = () => undoMutation.mutate({ applicationId: application.applicationId, candidateId });

  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={jobHref(application.jobId)}>
          {application.jobTitle}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Text size="sm">{application.stageName}</Text>
          <Anchor component={Link} to={assessmentHref(application.applicationId)} size="xs">
            Assessment
          </Anchor>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge color={STATUS_COLORS[application.status]} variant="light">
            {STATUS_LABELS[application.status]}
          </Badge>
          {reason && <Text size="xs" c="dimmed">{`Reason: ${reason}`}</Text>}
        </Stack>
      </Table.Td>
      <Table.Td>{dateFormat.format(new Date(application.appliedAt))}</Table.Td>
      <Table.Td>
        {closed && canUndo && (
          <Stack gap={4} align="flex-start">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              loading={undoMutation.isPending}
              onClick={handleUndo}
            >
              Undo rejection
            </Button>
            {undoMutation.isError && (
              <Text size="xs" c="red" role="alert">
                {errorMessage(undoMutation.error)}
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
