import { Alert, List, Stack } from '@mantine/core';
import type { LadderLevel } from '@shortlist/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ChecklistSection } from './checklist-section';
import { DetailsSection } from './details-section';
import { PlanSection } from './plan-section';
import { RedFlagsSection } from './red-flags-section';
import { RejectionsSection } from './rejections-section';
import { ScoringSection } from './scoring-section';
import type { JobForm } from './use-job-form';

export interface JobEditorProps {
  form: JobForm;
  levels?: LadderLevel[];
  /** What the importer could not read (new jobs only). */
  warnings?: string[];
}

/** The rubric and plan of a job, edited in place: used to review a new job and in a job's settings. */
export function JobEditor({ form, levels = [], warnings = [] }: JobEditorProps) {
  return (
    <Stack gap="lg">
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title="What we could not read"
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <DetailsSection form={form} levels={levels} />
      <ChecklistSection form={form} />
      <PlanSection form={form} />
      <RedFlagsSection form={form} />
      <ScoringSection form={form} />
      <RejectionsSection form={form} />
    </Stack>
  );
}
