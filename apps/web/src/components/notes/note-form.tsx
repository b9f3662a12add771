import { Button, Select, Stack, Text, Textarea } from '@mantine/core';
import type { CreateNoteRequest, JobItem, RedFlagType } from '@shortlist/contracts';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '@/lib/api-client';
import { splitFieldErrors } from '@/lib/form-errors';

export const NOTE_MAX_LENGTH = 5000;

const FIELDS = ['body', 'itemId', 'redFlagTypeId'] as const;
type NoteField = (typeof FIELDS)[number];

export interface NoteFormProps {
  items: readonly Pick<JobItem, 'id' | 'label'>[];
  redFlagTypes: readonly Pick<RedFlagType, 'id' | 'label'>[];
  /** Resolves when the note is saved; rejects with the API error to show. */
  onSubmit: (request: CreateNoteRequest) => Promise<unknown>;
  compact?: boolean;
}

/** A timestamped note on an application, optionally about a checklist item or red flag. */
export function NoteForm({ items, redFlagTypes, onSubmit, compact = false }: NoteFormProps) {
  const [body, setBody] = useState('');
  const [itemId, setItemId] = useState<string | null>(null);
  const [redFlagTypeId, setRedFlagTypeId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<NoteField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const text = body.trim();
    if (text === '') {
      setErrors({ body: 'Write a note' });
      return;
    }
    if (text.length > NOTE_MAX_LENGTH) {
      setErrors({ body: `A note can be at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters` });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSubmit({
        body: text,
        ...(itemId ? { itemId } : {}),
        ...(redFlagTypeId ? { redFlagTypeId } : {}),
      });
      setBody('');
      setItemId(null);
      setRedFlagTypeId(null);
    } catch (error) {
      const { byField, unmatched } = splitFieldErrors(error, FIELDS);
      setErrors(byField);
      if (Object.keys(byField).length === 0) {
        setFormError(
          unmatched.length ? unmatched.map((e) => `${e.field} ${e.message}`).join('; ') : errorMessage(error),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  const size = compact ? 'xs' : 'sm';
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Add a note">
      <Stack gap="xs">
        <Textarea
          label="Note"
          required
          size={size}
          autosize
          minRows={compact ? 2 : 3}
          maxLength={NOTE_MAX_LENGTH}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setErrors((current) => ({ ...current, body: undefined }));
          }}
          error={errors.body}
          description={compact ? undefined : `${body.length} / ${NOTE_MAX_LENGTH.toLocaleString('en')}`}
        />
        <Select
          label="About item"
          placeholder="None"
          size={size}
          clearable
          data={items.map((item) => ({ value: item.id, label: item.label }))}
          value={itemId}
          onChange={setItemId}
          error={errors.itemId}
          comboboxProps={{ withinPortal: false }}
        />
        <Select
          label="About red flag"
          placeholder="None"
          size={size}
          clearable
          data={redFlagTypes.map((type) => ({ value: type.id, label: type.label }))}
          value={redFlagTypeId}
          onChange={setRedFlagTypeId}
          error={errors.redFlagTypeId}
          comboboxProps={{ withinPortal: false }}
        />
        {formError && (
          <Text size="sm" c="red" role="alert">
            {formError}
          </Text>
        )}
        <Button type="submit" size={size} loading={saving} w="fit-content">
          Add note
        </Button>
      </Stack>
    </form>
  );
}
