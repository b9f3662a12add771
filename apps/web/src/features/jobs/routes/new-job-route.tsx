import { Button, Stack, Stepper, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FieldError, JobTemplate } from '@shortlist/contracts';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { NoAccess } from '@/components/ui/no-access';
import { jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { canCreateJobs } from '@/lib/authorization';
import { useCreateJob } from '../api/create-job';
import { emptyJobFormValues, templateToFormValues, toJobFields } from '../components/editor/form-values';
import { FormErrorsAlert } from '../components/editor/form-errors-alert';
import { JobEditor } from '../components/editor/job-editor';
import { applyServerErrors, focusFirstError, useJobForm } from '../components/editor/use-job-form';
import { CreateSummary } from '../components/new-job/create-summary';
import { JobDescriptionStep } from '../components/new-job/job-description-step';
import { StickyActions } from '../components/sticky-actions';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';

const STEPS = ['Job description', 'Review', 'Create'] as const;
const REVIEW = 1;
const CREATE = 2;

export function NewJobRoute() {
  const user = useCurrentUser();
  if (!canCreateJobs(user.role)) return <NoAccess />;
  return <NewJobWizard />;
}

function NewJobWizard() {
  const navigate = useNavigate();
  const [initialValues] = useState(emptyJobFormValues);
  const form = useJobForm(initialValues);
  const createMutation = useCreateJob();
  const [active, setActive] = useState(0);
  const [text, setText] = useState('');
  const [template, setTemplate] = useState<JobTemplate | null>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [createError, setCreateError] = useState<string | null>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const created = useRef(false);
  const fieldErrorCount = Object.keys(form.errors).length;

  const goTo = (step: number) => {
    setActive(step);
    // Keyboard and screen-reader users start the new step at its top.
    requestAnimationFrame(() => stepHeadingRef.current?.focus());
  };

  const handleParsed = (parsed: JobTemplate) => {
    form.setInitialValues(templateToFormValues(parsed));
    form.reset();
    setTemplate(parsed);
    setUnmatched([]);
    setCreateError(null);
    goTo(REVIEW);
  };

  const handleContinue = () => {
    setUnmatched([]);
    const { hasErrors, errors } = form.validate();
    if (hasErrors) {
      focusFirstError(form, Object.keys(errors));
      return;
    }
    goTo(CREATE);
  };

  const handleCreate = () => {
    if (!template) return;
    setUnmatched([]);
    setCreateError(null);
    createMutation.mutate(
      { template, ...toJobFields(form.getValues()) },
      {
        onSuccess: (job) => {
          created.current = true;
          notifications.show({
            color: 'green',
            title: 'Job created',
            message: `${job.title} has its checklist and interview plan.`,
          });
          void navigate(jobHref(job.id));
        },
        onError: (error) => {
          const fieldErrors = applyServerErrors(form, error);
          if (!fieldErrors) {
            setCreateError(errorMessage(error));
            return;
          }
          setUnmatched(fieldErrors.unmatched);
          if (fieldErrors.matched.length > 0) {
            goTo(REVIEW);
            focusFirstError(form, fieldErrors.matched);
          }
        },
      },
    );
  };

  const stepHeading = (
    <VisuallyHidden>
      <Title order={2} ref={stepHeadingRef} tabIndex={-1}>
        {`Step ${active + 1} of ${STEPS.length}: ${STEPS[active]}`}
      </Title>
    </VisuallyHidden>
  );

  return (
    <ContentLayout
      title="New job"
      description="Paste a job description; Shortlist drafts the checklist, interview plan and red flags for you to review."
    >
      <UnsavedChangesGuard
        when={() => template !== null && !created.current}
        message="The job has not been created yet. If you leave, the reviewed draft is lost."
      />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false}>
        <Stepper.Step label={STEPS[0]} description="Paste or upload" aria-current={active === 0 ? 'step' : undefined}>
          {stepHeading}
          <JobDescriptionStep text={text} onTextChange={setText} onParsed={handleParsed} hasDraft={template !== null} />
        </Stepper.Step>
        <Stepper.Step
          label={STEPS[1]}
          description="Edit the draft"
          allowStepSelect={template !== null && active !== REVIEW}
          aria-current={active === REVIEW ? 'step' : undefined}
        >
          {stepHeading}
          <Stack gap="lg">
            <FormErrorsAlert fieldCount={fieldErrorCount} unmatched={unmatched} />
            {template && <JobEditor form={form} levels={template.levels} warnings={template.warnings} />}
            <StickyActions
              start={
                <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => goTo(0)}>
                  Back
                </Button>
              }
            >
              <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={handleContinue}>
                Continue
              </Button>
            </StickyActions>
          </Stack>
        </Stepper.Step>
        <Stepper.Step
          label={STEPS[2]}
          description="Check and save"
          allowStepSelect={false}
          aria-current={active === CREATE ? 'step' : undefined}
        >
          {stepHeading}
          <Stack gap="lg">
            <FormErrorsAlert
              fieldCount={0}
              unmatched={unmatched}
              message={createError}
              failureTitle="Could not create the job"
            />
            <CreateSummary values={form.getValues()} />
            <StickyActions
              start={
                <Button
                  variant="default"
                  leftSection={<IconArrowLeft size={16} aria-hidden />}
                  onClick={() => goTo(REVIEW)}
                >
                  Back
                </Button>
              }
            >
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={createMutation.isPending}
                onClick={handleCreate}
              >
                Create job
              </Button>
            </StickyActions>
          </Stack>
        </Stepper.Step>
      </Stepper>
    </ContentLayout>
  );
}
