import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FieldError, JobView } from '@shortlist/contracts';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { NoAccess } from '@/components/ui/no-access';
import { PageLoader } from '@/components/ui/page-loader';
import { jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { canEditJob } from '@/lib/authorization';
import { useJob } from '../api/get-job';
import { isVersionConflict, useUpdateJob } from '../api/update-job';
import { changedJobFields, jobToFormValues } from '../components/editor/form-values';
import { FormErrorsAlert } from '../components/editor/form-errors-alert';
import { JobEditor } from '../components/editor/job-editor';
import { applyServerErrors, focusFirstError, useJobForm } from '../components/editor/use-job-form';
import { JobLoadError } from '../components/job-load-error';
import { StickyActions } from '../components/sticky-actions';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';

const CONFLICT_NOTIFICATION = 'job-version-conflict';

export function JobSettingsRoute() {
  const { jobId = '' } = useParams();
  const user = useCurrentUser();
  const { data: job, isPending, isError, error, refetch } = useJob(jobId);

  if (isPending) return <PageLoader label="Loading the job" />;
  if (isError) return <JobLoadError error={error} onRetry={() => void refetch()} />;
  if (!canEditJob(user, job)) return <NoAccess />;

  const handleReload = async () => (await refetch()).data;
  return <JobSettingsForm job={job} onReload={handleReload} />;
}

interface JobSettingsFormProps {
  /** The job as first loaded; later refetches do not touch the form until the user reloads. */
  job: JobView;
  onReload: () => Promise<JobView | undefined>;
}

function JobSettingsForm({ job, onReload }: JobSettingsFormProps) {
  const [initialValues] = useState(() => jobToFormValues(job));
  const form = useJobForm(initialValues);
  const updateMutation = useUpdateJob();
  // The version the form's values came from: sent with every save, moved on by save and reload.
  const [version, setVersion] = useState(job.version);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const saving = useRef(false);
  const fieldErrorCount = Object.keys(form.errors).length;

  const hasChanges = () => Object.keys(changedJobFields(form.getValues(), form.getInitialValues())).length > 0;

  const resetTo = (saved: JobView) => {
    form.setInitialValues(jobToFormValues(saved));
    form.reset();
    setVersion(saved.version);
    setUnmatched([]);
    setSaveError(null);
  };

  const handleReload = async () => {
    const latest = await onReload();
    if (!latest) return;
    resetTo(latest);
    notifications.hide(CONFLICT_NOTIFICATION);
    notifications.show({
      title: 'Reloaded',
      message: `You are now editing the latest version of ${latest.title}.`,
    });
  };

  const showConflict = () =>
    notifications.show({
      id: CONFLICT_NOTIFICATION,
      color: 'orange',
      autoClose: false,
      title: 'Someone else changed this job since you opened it',
      message: (
        <Stack gap={6}>
          <Text size="sm">
            Your edits are still on this page and nothing was saved. Reload to edit their version (your edits are then
            discarded).
          </Text>
          <Group>
            <Button size="xs" variant="light" color="orange" onClick={() => void handleReload()}>
              Reload
            </Button>
          </Group>
        </Stack>
      ),
    });

  const handleSave = () => {
    setUnmatched([]);
    setSaveError(null);
    const { hasErrors, errors } = form.validate();
    if (hasErrors) {
      focusFirstError(form, Object.keys(errors));
      return;
    }
    const changes = changedJobFields(form.getValues(), form.getInitialValues());
    if (Object.keys(changes).length === 0) {
      notifications.show({ title: 'Nothing to save', message: 'You have not changed anything yet.' });
      return;
    }
    saving.current = true;
    updateMutation.mutate(
      { jobId: job.id, changes: { version, ...changes } },
      {
        onSuccess: (saved) => {
          resetTo(saved);
          notifications.show({
            color: 'green',
            title: 'Changes saved',
            message:
              saved.rubricVersion !== job.rubricVersion
                ? `The checklist is now rubric v${saved.rubricVersion}; scorecards already submitted keep the version they rated.`
                : `${saved.title} is up to date.`,
          });
        },
        onError: (error) => {
          if (isVersionConflict(error)) {
            showConflict();
            return;
          }
          const fieldErrors = applyServerErrors(form, error);
          if (!fieldErrors) {
            setSaveError(errorMessage(error));
            return;
          }
          setUnmatched(fieldErrors.unmatched);
          focusFirstError(form, fieldErrors.matched);
        },
        onSettled: () => {
          saving.current = false;
        },
      },
    );
  };

  return (
    <ContentLayout
      title="Job settings"
      description={`${job.title}: checklist, interview plan, red flags and scoring.`}
      actions={
        <Button
          component={Link}
          to={jobHref(job.id)}
          variant="default"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          Back to job
        </Button>
      }
    >
      <UnsavedChangesGuard
        when={() => !saving.current && hasChanges()}
        message="You have changes that are not saved. If you leave, they are lost."
      />
      <FormErrorsAlert fieldCount={fieldErrorCount} unmatched={unmatched} message={saveError} />
      <JobEditor form={form} />
      <StickyActions
        start={
          <Text size="sm" c="dimmed">
            {`Rubric v${job.rubricVersion}. Changing the checklist creates a new rubric version.`}
          </Text>
        }
      >
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          loading={updateMutation.isPending}
          onClick={handleSave}
        >
          Save changes
        </Button>
      </StickyActions>
    </ContentLayout>
  );
}
