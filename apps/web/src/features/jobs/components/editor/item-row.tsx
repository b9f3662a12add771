import {
  Button,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { anchorLevelsOf, CATEGORY_LABELS } from '../../utils/labels';
import { MAX_ITEM_WEIGHT, MIN_ITEM_WEIGHT, type ItemValues } from './form-values';
import { RowActions } from './row-actions';
import type { JobForm } from './use-job-form';

export interface ItemRowProps {
  form: JobForm;
  item: ItemValues;
  /** Place in the flat list (the form path). */
  index: number;
  /** 1-based place within its category (what people see). */
  position: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (index: number, direction: -1 | 1) => void;
  onRemove: (index: number) => void;
}

export function ItemRow({ form, item, index, position, canMoveUp, canMoveDown, onMove, onRemove }: ItemRowProps) {
  const [anchorsOpened, setAnchorsOpened] = useState(false);
  const panelId = useId();
  const name = `${CATEGORY_LABELS[item.category].singular} ${position}`;
  const lowerName = name.toLowerCase();
  const path = `items.${index}`;
  const isPrerequisite = item.category === 'prerequisite';
  // An anchor the server or the checks refused opens the panel, so its message is seen.
  const anchorsHaveErrors = Object.keys(form.errors).some((key) => key.startsWith(`${path}.anchors.`));
  const showAnchors = anchorsOpened || anchorsHaveErrors;

  return (
    <Fieldset legend={name} variant="default" p="sm">
      <Stack gap="sm">
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <TextInput
              label="Label"
              required
              key={form.key(`${path}.label`)}
              {...form.getInputProps(`${path}.label`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <NumberInput
              label="Weight"
              step={0.5}
              min={MIN_ITEM_WEIGHT}
              max={MAX_ITEM_WEIGHT}
              decimalScale={1}
              clampBehavior="blur"
              key={form.key(`${path}.weight`)}
              {...form.getInputProps(`${path}.weight`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }} pb={8}>
            <Switch
              label="Must-have"
              key={form.key(`${path}.mustHave`)}
              {...form.getInputProps(`${path}.mustHave`, { type: 'checkbox' })}
            />
          </Grid.Col>
        </Grid>
        <TagsInput
          label="Keywords"
          description="Terms résumé screening looks for. Press Enter after each."
          clearable
          key={form.key(`${path}.keywords`)}
          {...form.getInputProps(`${path}.keywords`)}
        />
        {isPrerequisite && (
          <TextInput
            label="Knock-out question"
            description="Asked on the application form; a “no” fails this gate."
            key={form.key(`${path}.knockoutQuestion`)}
            {...form.getInputProps(`${path}.knockoutQuestion`)}
          />
        )}
        <Group justify="space-between" gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={
              showAnchors ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />
            }
            aria-expanded={showAnchors}
            aria-controls={showAnchors ? panelId : undefined}
            aria-label={`Anchors of ${lowerName}`}
            onClick={() => setAnchorsOpened(!showAnchors)}
          >
            Anchors
          </Button>
          <RowActions
            name={lowerName}
            canMoveUp={canMoveUp}
            canMoveDown={canMoveDown}
            onMove={(direction) => onMove(index, direction)}
            onRemove={() => onRemove(index)}
          />
        </Group>
        {showAnchors && (
          <Stack gap="xs" id={panelId}>
            {anchorLevelsOf(item.category).map((level) => (
              <Textarea
                key={form.key(`${path}.anchors.${level.key}`)}
                label={level.label}
                autosize
                minRows={1}
                maxRows={4}
                {...form.getInputProps(`${path}.anchors.${level.key}`)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
