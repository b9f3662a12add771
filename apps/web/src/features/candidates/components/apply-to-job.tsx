import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView } from '@shortlist/contracts';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useApplyToJob } from '../api/apply-to-job';
import { useApplyJob, useOpenJobs } from '../api/get-open-jobs';

export function ApplyToJob({ candidate }: { candidate: CandidateView }) {
  const jobs = useOpenJobs();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useApplyJob(jobId);
  const apply = useApplyToJob();
  const [answers, setAnswers] = useState<Record<string, 'yes' | 'no'>>({});
  const [missing, setMissing] = useState(false);
  const appliedTo = new Set(candidate.applications.map((a) => a.jobId));
  const questions = (job.data?.items ?? []).filter((item) => item.category === 'prerequisite' && item.knockoutQuestion);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!jobId) return;
    if (questions.some((q) => !answers[q.id])) {
      setMissing(true);
      return;
    }
    apply.mutate(
      {
        jobId,
        request: {
          candidateId: candidate.id,
          knockoutAnswers: questions.map((q) => ({ itemId: q.id, met: answers[q.id] === 'yes' })),
        },
      },
      {
        onSuccess: (application) => {
          notifications.show({ color: 'green', message: `${candidate.name} applied to ${application.jobTitle}.` });
          setJobId(null);
          setAnswers({});
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Select
          label="Job"
          placeholder="Choose an open job"
          data={(jobs.data ?? []).map((j) => ({ value: j.id, label: j.title, disabled: appliedTo.has(j.id) }))}
          value={jobId}
          onChange={(value) => {
            setJobId(value);
            setAnswers({});
            setMissing(false);
            apply.reset();
          }}
          w={360}
          comboboxProps={{ withinPortal: false }}
        />
        {questions.map((question) => (
          <Radio.Group
            key={question.id}
            label={question.knockoutQuestion}
            required
            value={answers[question.id] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value as 'yes' | 'no' }))}
            error={missing && !answers[question.id] ? 'Answer yes or no' : undefined}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Group>
          </Radio.Group>
        ))}
        {jobId && job.isSuccess && questions.length === 0 && (
          <Text size="sm" c="dimmed">
            This job asks no knock-out questions.
          </Text>
        )}
        {apply.isError && (
          <Alert color="red" variant="light" role="alert" title="Not applied">
            {errorMessage(apply.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!jobId || job.isPending} loading={apply.isPending}>
            Apply to job
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
