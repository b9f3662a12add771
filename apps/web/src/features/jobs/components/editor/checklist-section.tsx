import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { CHECKLIST_CATEGORIES, type ChecklistCategory } from '@shortlist/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { CATEGORY_LABELS } from '../../utils/labels';
import type { ItemValues } from './form-values';
import { SectionCard } from '@/components/ui/section-card';
import { ItemRow } from './item-row';
import { addItem, moveItem, neighbourOf, removeItem, useFormSelector, type JobForm } from './use-job-form';

export function ChecklistSection({ form }: { form: JobForm }) {
  const { items } = form.getValues();
  const mustHaveCount = useFormSelector(form, 'items', (values) => values.items.filter((item) => item.mustHave).length);
  const listError = form.errors.items;

  return (
    <SectionCard
      title="Checklist"
      description={`${items.length} ${items.length === 1 ? 'item' : 'items'}, ${mustHaveCount} must-have. Each is rated on its own, with an anchor sentence per level so interviewers mean the same thing by a “3”.`}
    >
      {listError && (
        <Alert color="red" variant="light" role="alert">
          {listError}
        </Alert>
      )}
      {CHECKLIST_CATEGORIES.map((category) => (
        <CategoryGroup key={category} form={form} category={category} items={items} />
      ))}
    </SectionCard>
  );
}

interface CategoryGroupProps {
  form: JobForm;
  category: ChecklistCategory;
  items: ItemValues[];
}

function CategoryGroup({ form, category, items }: CategoryGroupProps) {
  const labels = CATEGORY_LABELS[category];
  const headingId = useId();
  const addInputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const entries = items.flatMap((item, index) => (item.category === category ? [{ item, index }] : []));
  const singular = labels.singular.toLowerCase();

  const handleAdd = () => {
    const label = draft.trim();
    if (!label) {
      setDraftError(`Type the new ${singular} first`);
      return;
    }
    const index = addItem(form, category, label);
    setDraft('');
    setDraftError(null);
    requestAnimationFrame(() => form.getInputNode(`items.${index}.label`)?.focus());
  };

  const handleDraftKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    handleAdd();
  };

  const handleMove = (index: number, direction: -1 | 1) => moveItem(form, index, direction);

  const handleRemove = (index: number) => {
    removeItem(form, index);
    addInputRef.current?.focus();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} size="h4" id={headingId}>
          {`${labels.plural} (${entries.length})`}
        </Title>
        <Text size="sm" c="dimmed">
          {labels.hint}
        </Text>
      </div>
      {entries.map(({ item, index }, position) => (
        <ItemRow
          key={item.key}
          form={form}
          item={item}
          index={index}
          position={position + 1}
          canMoveUp={neighbourOf(form, index, -1) >= 0}
          canMoveDown={neighbourOf(form, index, 1) >= 0}
          onMove={handleMove}
          onRemove={handleRemove}
        />
      ))}
      <Group align="flex-start" gap="xs">
        <TextInput
          ref={addInputRef}
          label={`New ${singular}`}
          placeholder="Label of the new item"
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={handleDraftKeyDown}
          error={draftError}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          mt={25}
          leftSection={<IconPlus size={16} aria-hidden />}
          aria-label={`Add ${singular}`}
          onClick={handleAdd}
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}
