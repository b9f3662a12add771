import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { errorMessage } from '@/lib/api-client';
import { useApplication, type InterviewApplication } from '../api/get-application';
import { useJob } from '../api/get-job';
import { scorecardsQueryOptions, useScorecards } from '../api/get-scorecards';
import { startScorecardQueryOptions, useStartScorecard } from '../api/start-scorecard';
import { QuickNotes } from '../components/quick-notes';
import { ScorecardEditor } from '../components/scorecard-editor';

/** The blind rule: before submitting, an interviewer gets no stored score. */
function scoreText(application: InterviewApplication): string {
  if ('scoreHidden' in application) return 'Score: Hidden until you submit';
  return `Score: ${application.score === null ? '—' : application.score.toFixed(1)}`;
}

export function ScorecardRoute() {
  const { applicationId = '', stageId = '' } = useParams();
  const queryClient = useQueryClient();
  const [reloads, setReloads] = useState(0);

  const startQuery = useStartScorecard(applicationId, stageId);
  const applicationQuery = useApplication(applicationId);
  const scorecardsQuery = useScorecards(applicationId, startQuery.isSuccess);
  const jobQuery = useJob(applicationQuery.data?.jobId);

  const handleReload = async () => {
    await Promise.all([
      queryClient.refetchQueries({ queryKey: startScorecardQueryOptions(applicationId, stageId).queryKey }),
      queryClient.refetchQueries({ queryKey: scorecardsQueryOptions(applicationId).queryKey }),
    ]);
    setReloads((count) => count + 1);
  };

  const failed = [startQuery, applicationQuery, scorecardsQuery, jobQuery].find((query) => query.isError);
  if (failed) {
    return (
      <ContentLayout title="Scorecard">
        <ErrorState title="Could not open the scorecard" message={errorMessage(failed.error)} />
      </ContentLayout>
    );
  }
  if (!startQuery.data || !applicationQuery.data || !scorecardsQuery.data || !jobQuery.data) return <PageLoader />;

  const job = jobQuery.data;
  const started = startQuery.data;
  const stageName = job.stages.find((stage) => stage.id === stageId)?.name ?? 'Interview';
  const view = scorecardsQuery.data.find((card) => card.id === started.id);

  return (
    <ContentLayout
      title={`Scorecard: ${applicationQuery.data.candidateName}`}
      description={`${job.title} · ${stageName} · ${scoreText(applicationQuery.data)}`}
    >
      <Stack gap="md">
        <ScorecardEditor
          key={`${started.id}:${reloads}`}
          applicationId={applicationId}
          stageId={stageId}
          job={job}
          scorecardId={started.id}
          version={started.version}
          status={started.status}
          view={view}
          onReload={() => void handleReload()}
        />
        <QuickNotes applicationId={applicationId} job={job} />
      </Stack>
    </ContentLayout>
  );
}
