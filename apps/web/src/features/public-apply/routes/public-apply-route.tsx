import { Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { ApiError, errorMessage } from '@/lib/api-client';
import { usePublicJob } from '../api/get-public-job';
import { ApplicationForm } from '../components/application-form';

/** Outside the signed-in shell: candidates apply here without an account. */
export function PublicApplyRoute() {
  const { slug = '' } = useParams();
  const { data: posting, isPending, isError, error, refetch } = usePublicJob(slug);
  const [submitted, setSubmitted] = useState(false);

  if (isPending) return <PageLoader label="Loading the job" />;
  if (isError) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <ErrorState
        fullPage
        title={notFound ? 'This job is not open for applications' : 'Could not load the job'}
        message={notFound ? 'The link may be old, or the job has closed.' : errorMessage(error)}
        onRetry={notFound ? undefined : () => void refetch()}
      />
    );
  }

  return (
    <Container size="sm" py="xl" component="main">
      <title>{`Apply: ${posting.title}`}</title>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{posting.title}</Title>
          <Text c="dimmed">{[posting.location, posting.employmentType].filter(Boolean).join(' · ')}</Text>
        </Stack>
        {posting.summary && <Text>{posting.summary}</Text>}
        {posting.responsibilities.length > 0 && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              Responsibilities
            </Title>
            <List size="sm">
              {posting.responsibilities.map((entry) => (
                <List.Item key={entry}>{entry}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {posting.perks.length > 0 && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              Perks
            </Title>
            <List size="sm">
              {posting.perks.map((entry) => (
                <List.Item key={entry}>{entry}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="apply-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="apply-heading">
              {submitted ? 'Thank you' : 'Apply'}
            </Title>
            {submitted ? (
              <Text role="status">{`Your application for ${posting.title} was received. We will be in touch by email.`}</Text>
            ) : (
              <ApplicationForm posting={posting} onSubmitted={() => setSubmitted(true)} />
            )}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
