import { Badge, Button, Paper, Table, VisuallyHidden } from '@mantine/core';
import type { MyInterview } from '@shortlist/contracts';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { scorecardHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useMyInterviews } from '../api/get-my-interviews';

const STATE: Record<MyInterview['scorecard'], { label: string; color: string; action: string }> = {
  due: { label: 'Scorecard due', color: 'orange', action: 'Fill scorecard' },
  draft: { label: 'Draft', color: 'blue', action: 'Continue' },
  submitted: { label: 'Submitted', color: 'teal', action: 'View' },
};

export function InterviewsRoute() {
  const interviewsQuery = useMyInterviews();

  return (
    <ContentLayout title="My interviews" description="Candidates you have been asked to interview.">
      {interviewsQuery.isPending ? (
        <PageLoader />
      ) : interviewsQuery.isError ? (
        <ErrorState
          title="Could not load your interviews"
          message={errorMessage(interviewsQuery.error)}
          onRetry={() => void interviewsQuery.refetch()}
        />
      ) : interviewsQuery.data.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconCalendarEvent size={28} />}
            title="No interviews assigned"
            description="When a recruiter assigns you to a candidate, they will appear here with the focus items for your stage and the scorecard to submit."
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Assigned interviews" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Candidate</Table.Th>
                  <Table.Th>Job</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Scorecard</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Action</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {interviewsQuery.data.map((interview) => {
                  const state = STATE[interview.scorecard];
                  return (
                    <Table.Tr key={`${interview.applicationId}|${interview.stageId}`}>
                      <Table.Td fw={500}>{interview.candidateName}</Table.Td>
                      <Table.Td>{interview.jobTitle}</Table.Td>
                      <Table.Td>{interview.stageName}</Table.Td>
                      <Table.Td>
                        <Badge color={state.color} variant="light">
                          {state.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          component={Link}
                          to={scorecardHref(interview.applicationId, interview.stageId)}
                          size="xs"
                          variant={interview.scorecard === 'submitted' ? 'default' : 'filled'}
                          aria-label={`${state.action}: ${interview.candidateName}, ${interview.stageName}`}
                        >
                          {state.action}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </ContentLayout>
  );
}
