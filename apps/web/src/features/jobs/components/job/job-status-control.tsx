import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { JobStatus, JobView } from '@shortlist/contracts';
import { errorMessage } from '@/lib/api-client';
import { isVersionConflict, useUpdateJob } from '../../api/update-job';

interface Transition {
  to: JobStatus;
  label: string;
  done: string;
  message: (title: string) => string;
}

/** Once a job has left draft it never returns (candidates may have applied): libs/rubric, status.ts. */
const TRANSITIONS: Record<JobStatus, Transition[]> = {
  draft: [{ to: 'open', label: 'Open job', done: 'Job opened', message: (title) => `${title} now takes candidates.` }],
  open: [
    { to: 'closed', label: 'Close job', done: 'Job closed', message: (title) => `${title} takes no new candidates.` },
  ],
  closed: [
    { to: 'open', label: 'Reopen job', done: 'Job reopened', message: (title) => `${title} takes candidates again.` },
  ],
};

export function JobStatusControl({ job }: { job: JobView }) {
  const updateMutation = useUpdateJob();
  const pendingStatus = updateMutation.isPending ? updateMutation.variables?.changes.status : undefined;

  const handleChange = (transition: Transition) =>
    updateMutation.mutate(
      { jobId: job.id, changes: { version: job.version, status: transition.to } },
      {
        onSuccess: (updated) =>
          notifications.show({ color: 'green', title: transition.done, message: transition.message(updated.title) }),
        onError: (error) =>
          notifications.show(
            isVersionConflict(error)
              ? {
                  color: 'orange',
                  title: 'Someone else changed this job since you opened it',
                  message: 'The page now shows their version. Check it, then change the status again.',
                }
              : { color: 'red', title: 'Could not change the status', message: errorMessage(error) },
          ),
      },
    );

  return (
    <Group gap="xs">
      {TRANSITIONS[job.status].map((transition) => (
        <Button
          key={transition.to}
          variant={transition.to === 'open' ? 'filled' : 'default'}
          loading={pendingStatus === transition.to}
          disabled={updateMutation.isPending && pendingStatus !== transition.to}
          onClick={() => handleChange(transition)}
        >
          {transition.label}
        </Button>
      ))}
    </Group>
  );
}
