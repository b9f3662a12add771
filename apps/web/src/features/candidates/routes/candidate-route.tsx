import { Anchor, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { canAccess, canMoveApplications } from '@/lib/authorization';
import { useApplication } from '../api/get-application';
import { useCandidate } from '../api/get-candidate';
import { useJob } from '../api/get-job';
import { useNotes } from '@/components/notes/get-notes';
import { ApplicationHistory } from '../components/application-history';
import { ApplicationNotes } from '../components/application-notes';
import { ApplicationRow } from '../components/application-row';
import { ApplyToJob } from '../components/apply-to-job';
import { CandidateDataRights } from '../components/candidate-data-rights';
import { CandidateProfile } from '../components/candidate-profile';
import { ErasedCandidate } from '../components/erased-candidate';
import { EvidenceView } from '../components/evidence-view';
import { ResumeSection } from '../components/resume-section';
import { SectionCard } from '@/components/ui/section-card';

export function CandidateRoute() {
  const { candidateId = '' } = useParams();
  const user = useCurrentUser();
  const { data: candidate, isPending, isError, error, refetch } = useCandidate(candidateId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  // The first application is shown until another is chosen; an erased candidate's are listed only.
  const applicationId = candidate?.erasedAt ? null : (chosenId ?? candidate?.applications[0]?.applicationId ?? null);
  const application = useApplication(applicationId);
  const notes = useNotes(applicationId);
  const job = useJob(application.data?.jobId);

  if (isPending) return <PageLoader label="Loading the candidate" />;
  if (isError) {
    return (
      <ErrorState
        fullPage
        title="Could not load the candidate"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  }

  if (candidate.erasedAt) return <ErasedCandidate candidate={candidate} />;

  return (
    <Stack gap="lg">
      <title>{`${candidate.name} · Shortlist`}</title>
      <Stack gap="xs">
        <Anchor component={Link} to={paths.candidates} size="sm" w="fit-content">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All candidates
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2">
            {candidate.name}
          </Title>
          <CandidateDataRights candidate={candidate} role={user.role} />
        </Group>
      </Stack>
      <SectionCard title="Profile">
        <CandidateProfile key={candidate.version} candidate={candidate} />
      </SectionCard>
      <SectionCard title="Applications">
        {candidate.applications.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not applied to any job yet.
          </Text>
        ) : (
          <Table aria-label="Applications">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Score</Table.Th>
                <Table.Th>Applied</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidate.applications.map((a) => (
                <ApplicationRow
                  key={a.applicationId}
                  candidateId={candidate.id}
                  application={a}
                  canUndo={canMoveApplications(user.role)}
                  canAssign={canAccess(user.role, 'pipeline')}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SectionCard title="Apply to a job">
        <ApplyToJob candidate={candidate} />
      </SectionCard>
      <SectionCard title="Résumé">
        <Stack gap="md">
          <ResumeSection key={candidate.version} candidate={candidate} />
          <EvidenceView
            candidate={candidate}
            applicationId={applicationId}
            application={application.data}
            onSelectApplication={setChosenId}
          />
        </Stack>
      </SectionCard>
      {application.data && (
        <SectionCard title={`Application: ${application.data.jobTitle}`}>
          <Stack gap="md">
            <ApplicationHistory application={application.data} notes={notes.data} job={job.data} />
            <ApplicationNotes applicationId={application.data.id} job={job.data} notesError={notes.error} />
          </Stack>
        </SectionCard>
      )}
      {application.isError && (
        <ErrorState title="Could not load the application" message={errorMessage(application.error)} />
      )}
    </Stack>
  );
}
