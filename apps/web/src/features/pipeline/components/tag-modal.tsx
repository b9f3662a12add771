import { Button, Group, Modal, Stack, TagsInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface TagModalProps {
  subject: string;
  submitting: boolean;
  onSubmit: (tags: string[]) => void;
  onClose: () => void;
}

export function TagModal({ subject, submitting, onSubmit, onClose }: TagModalProps) {
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (tags.length === 0) {
      setError('Add at least one tag');
      return;
    }
    onSubmit(tags);
  };

  return (
    <Modal opened onClose={onClose} title={`Tag ${subject}`}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <TagsInput
            label="Tags"
            description="Press Enter after each tag"
            value={tags}
            onChange={(value) => {
              setTags(value);
              setError(null);
            }}
            error={error}
            comboboxProps={{ withinPortal: false }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Add tags
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
