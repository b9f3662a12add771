import {
  ActionIcon,
  Badge,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { STAGE_KIND_COLORS, STAGE_KIND_LABELS } from '../../utils/labels';
import { ASSESSING_STAGE_KINDS, newGuidance, type StageValues } from './form-values';
import type { ItemOptionGroup } from './item-options';
import { RowActions } from './row-actions';
import type { JobForm } from './use-job-form';

export interface StageRowProps {
  form: JobForm;
  stage: StageValues;
  index: number;
  itemOptions: ItemOptionGroup[];
  /** People who can interview, as select options. */
  panelOptions: { value: string; label: string }[];
  panelError?: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (index: number, direction: -1 | 1) => void;
  onRemove: (index: number) => void;
}

function KindBadge({ stage }: { stage: StageValues }) {
  return (
    <Badge variant="light" color={STAGE_KIND_COLORS[stage.kind]} size="sm">
      {STAGE_KIND_LABELS[stage.kind]}
    </Badge>
  );
}

export function StageRow(props: StageRowProps) {
  const { stage, index } = props;
  if (!ASSESSING_STAGE_KINDS.includes(stage.kind)) {
    // Applied, Decision, Offer, Hired: steps of the pipeline with nothing to assess.
    return (
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">{`${index + 1}. ${stage.name}`}</Text>
          <KindBadge stage={stage} />
        </Group>
      </Paper>
    );
  }
  return <AssessingStageRow {...props} />;
}

function AssessingStageRow({
  form,
  stage,
  index,
  itemOptions,
  panelOptions,
  panelError,
  canMoveUp,
  canMoveDown,
  onMove,
  onRemove,
}: StageRowProps) {
  const path = `stages.${index}`;
  const isInterview = stage.kind === 'interview';
  const name = `Stage ${index + 1}`;
  const lowerName = name.toLowerCase();

  const handleAddGuidance = () => {
    const at = stage.guidance.length;
    form.insertListItem(`${path}.guidance`, newGuidance(), at);
    requestAnimationFrame(() => form.getInputNode(`${path}.guidance.${at}.text`)?.focus());
  };

  return (
    <Fieldset p="sm" legend={isInterview ? name : `${name}: ${stage.name}`}>
      <Stack gap="sm">
        <KindBadge stage={stage} />
        {isInterview && (
          <TextInput label="Name" required key={form.key(`${path}.name`)} {...form.getInputProps(`${path}.name`)} />
        )}
        <MultiSelect
          label="Focus items"
          description="The checklist items this stage assesses."
          data={itemOptions}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage="No item matches"
          key={form.key(`${path}.focus`)}
          {...form.getInputProps(`${path}.focus`)}
        />
        {isInterview && (
          <MultiSelect
            label="Interviewers"
            description="Who interviews at this stage; they see only the candidates they interview."
            data={panelOptions}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage="No one matches"
            error={panelError ? 'Could not load the people who can interview' : undefined}
            key={form.key(`${path}.interviewerIds`)}
            {...form.getInputProps(`${path}.interviewerIds`)}
          />
        )}
        <Stack gap="xs">
          {stage.guidance.map((entry, entryIndex) => (
            <Group key={entry.key} align="flex-start" gap="xs" wrap="nowrap">
              <Textarea
                label={`Guidance ${entryIndex + 1}`}
                autosize
                minRows={1}
                maxRows={6}
                style={{ flex: 1 }}
                key={form.key(`${path}.guidance.${entryIndex}.text`)}
                {...form.getInputProps(`${path}.guidance.${entryIndex}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={28}
                aria-label={`Remove guidance ${entryIndex + 1} of ${lowerName}`}
                onClick={() => form.removeListItem(`${path}.guidance`, entryIndex)}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Group justify="space-between" gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={`Add guidance to ${lowerName}`}
            onClick={handleAddGuidance}
          >
            Add guidance
          </Button>
          {isInterview && (
            <RowActions
              name={lowerName}
              canMoveUp={canMoveUp}
              canMoveDown={canMoveDown}
              onMove={(direction) => onMove(index, direction)}
              onRemove={() => onRemove(index)}
            />
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
