import { Stack, Switch, TagsInput } from '@mantine/core';
import { SectionCard } from '@/components/ui/section-card';
import type { JobForm } from './use-job-form';

export function RejectionsSection({ form }: { form: JobForm }) {
  return (
    <SectionCard
      title="Rejections"
      description="The reasons offered when you reject a candidate (a withdrawal offers its own), and what a failed knock-out does."
    >
      <Stack gap="md">
        <TagsInput
          key={form.key('rejectionReasons')}
          label="Rejection reasons"
          description="Press Enter after each reason. Free text is accepted when rejecting, too."
          placeholder="Add a reason"
          clearable
          comboboxProps={{ withinPortal: false }}
          {...form.getInputProps('rejectionReasons')}
        />
        <Switch
          key={form.key('autoRejectOnKnockout')}
          label="Reject automatically when a must-have knock-out is answered no"
          description="Off: the application is flagged for a person to decide"
          {...form.getInputProps('autoRejectOnKnockout', { type: 'checkbox' })}
        />
      </Stack>
    </SectionCard>
  );
}
