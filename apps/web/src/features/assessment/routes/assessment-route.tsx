import { Anchor, Grid, Stack } from '@mantine/core';
import { useParams, Link } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { candidateHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { useApplication } from '../api/get-application';
import { useAssessment } from '../api/get-assessment';
import { AgendaPanel, GatesPanel, ProposalPanel, RedFlagsPanel, ScorePanel } from '../components/assessment-panels';
import { DecisionForm } from '../components/decision-form';
import { RatingMatrix } from '../components/rating-matrix';

export function AssessmentRoute() {
  const { applicationId = '' } = useParams();
  const user = useCurrentUser();
  const assessmentQuery = useAssessment(applicationId);
  const applicationQuery = useApplication(applicationId);

  if (assessmentQuery.isError || applicationQuery.isError) {
    return (
      <ContentLayout title="Assessment">
        <ErrorState
          title="Could not load the assessment"
          message={errorMessage(assessmentQuery.error ?? applicationQuery.error)}
          onRetry={() => void assessmentQuery.refetch()}
        />
      </ContentLayout>
    );
  }
  if (!assessmentQuery.data || !applicationQuery.data) return <PageLoader />;

  const assessment = assessmentQuery.data;
  const application = applicationQuery.data;
  const names = new Map(assessment.interviewers.map((interviewer) => [interviewer.id, interviewer.name]));
  const nameOf = (id: string) => names.get(id) ?? 'Unknown interviewer';
  const canDecide = user.role === 'hiring_manager' || user.role === 'admin';

  return (
    <ContentLayout
      title={`Assessment: ${application.candidateName}`}
      description={`${application.jobTitle} · ${application.stageName}`}
      actions={
        user.role !== 'interviewer' && (
          <Anchor component={Link} to={candidateHref(application.candidateId)}>
            Candidate profile
          </Anchor>
        )
      }
    >
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ScorePanel assessment={assessment} />
            <RatingMatrix assessment={assessment} nameOf={nameOf} />
            <AgendaPanel assessment={assessment} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ProposalPanel assessment={assessment} />
            <GatesPanel assessment={assessment} nameOf={nameOf} />
            <RedFlagsPanel assessment={assessment} nameOf={nameOf} />
            {canDecide && <DecisionForm applicationId={applicationId} assessment={assessment} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </ContentLayout>
  );
}
