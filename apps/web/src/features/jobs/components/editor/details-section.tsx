import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { LEVELS, type LadderLevel } from '@shortlist/contracts';
import { isLevel } from './form-values';
import { changeLevel, useFormSelector, type JobForm } from './use-job-form';
import { SectionCard } from '@/components/ui/section-card';

export interface DetailsSectionProps {
  form: JobForm;
  /** Career-ladder descriptions, shown under the level when known. */
  levels: LadderLevel[];
}

export function DetailsSection({ form, levels }: DetailsSectionProps) {
  const level = useFormSelector(form, 'level', (values) => values.level);
  const ladderDescription = levels.find((entry) => entry.name === level)?.description;

  const handleLevelChange = (value: string | null) => {
    if (isLevel(value)) changeLevel(form, value);
  };

  return (
    <SectionCard title="Details" description="What candidates and colleagues see first.">
      <Stack gap="md">
        <TextInput label="Title" required key={form.key('title')} {...form.getInputProps('title')} />
        <Select
          label="Level"
          description={ladderDescription}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={LEVELS}
          allowDeselect={false}
          required
          key={form.key('level')}
          {...form.getInputProps('level')}
          onChange={handleLevelChange}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Location" key={form.key('location')} {...form.getInputProps('location')} />
          <TextInput
            label="Employment type"
            placeholder="Full-time, internship…"
            key={form.key('employmentType')}
            {...form.getInputProps('employmentType')}
          />
        </SimpleGrid>
        <Textarea
          label="Summary"
          autosize
          minRows={3}
          maxRows={10}
          key={form.key('summary')}
          {...form.getInputProps('summary')}
        />
      </Stack>
    </SectionCard>
  );
}
