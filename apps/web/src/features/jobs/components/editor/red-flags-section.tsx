import { ActionIcon, Button, Fieldset, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { newRedFlag } from './form-values';
import { SectionCard } from '@/components/ui/section-card';
import { itemOptions } from './item-options';
import { useFormSelector, type JobForm } from './use-job-form';

export function RedFlagsSection({ form }: { form: JobForm }) {
  const { redFlagTypes } = form.getValues();
  const options = useFormSelector(form, 'items', itemOptions);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  const handleAdd = () => {
    const at = form.getValues().redFlagTypes.length;
    form.insertListItem('redFlagTypes', newRedFlag(), at);
    requestAnimationFrame(() => form.getInputNode(`redFlagTypes.${at}.label`)?.focus());
  };

  const handleRemove = (index: number) => {
    form.removeListItem('redFlagTypes', index);
    addButtonRef.current?.focus();
  };

  return (
    <SectionCard
      title="Red flags"
      description="Concerns interviewers can raise on a scorecard, linked to the items they bear on. Raised by two interviewers independently, a red flag turns “advance” into “discuss”."
      actions={
        <Button ref={addButtonRef} variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={handleAdd}>
          Add red flag
        </Button>
      }
    >
      {redFlagTypes.length === 0 && (
        <Text size="sm" c="dimmed">
          No red flags yet.
        </Text>
      )}
      {redFlagTypes.map((flag, index) => {
        const name = `Red flag ${index + 1}`;
        const path = `redFlagTypes.${index}`;
        return (
          <Fieldset key={flag.key} legend={name} p="sm">
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <Stack gap="sm" style={{ flex: 1 }}>
                <TextInput
                  label="Label"
                  required
                  key={form.key(`${path}.label`)}
                  {...form.getInputProps(`${path}.label`)}
                />
                <MultiSelect
                  label="Linked items"
                  data={options}
                  searchable
                  clearable
                  hidePickedOptions
                  nothingFoundMessage="No item matches"
                  key={form.key(`${path}.linked`)}
                  {...form.getInputProps(`${path}.linked`)}
                />
              </Stack>
              <ActionIcon
                title="Remove"
                variant="subtle"
                color="red"
                mt={28}
                aria-label={`Remove ${name.toLowerCase()}`}
                onClick={() => handleRemove(index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
    </SectionCard>
  );
}
