import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { CandidateApplicationSummary } from '@shortlist/contracts';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { assessmentHref, jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useApplication } from '../api/get-application';
import { useUndoRejection } from '../api/undo-rejection';
import { ApplicationScore } from './application-score';
import { AssignInterviewer } from './assign-interviewer';
import { dateFormat, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export interface ApplicationRowProps {
  candidateId: string;
  application: CandidateApplicationSummary;
  canUndo: boolean;
  /** Recruiters, hiring managers and admins put interviewers on the application. */
  canAssign: boolean;
}

export function ApplicationRow({ candidateId, application, canUndo, canAssign }: ApplicationRowProps) {
  const closed = application.status === 'rejected' || application.status === 'withdrawn';
  // The summary has no reason nor stored score: the application's view does (shared with the evidence view's query).
  const { data: view, isError: viewFailed } = useApplication(application.applicationId);
  const [assigning, setAssigning] = useState(false);
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
      <Table.Td>
        {view ? (
          <ApplicationScore score={view} />
        ) : (
          <Text size="xs" c="dimmed">
            {viewFailed ? 'Score unavailable' : 'Loading…'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{dateFormat.format(new Date(application.appliedAt))}</Table.Td>
      <Table.Td>
        {canAssign && !closed && (
          <Stack gap={4} align="flex-start">
            <Button size="xs" variant="default" aria-expanded={assigning} onClick={() => setAssigning((open) => !open)}>
              Assign interviewer
            </Button>
            {assigning && <AssignInterviewer applicationId={application.applicationId} jobId={application.jobId} />}
          </Stack>
        )}
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
