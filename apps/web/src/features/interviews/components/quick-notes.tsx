import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { JobView } from '@shortlist/contracts';
import { NoteForm } from '@/components/notes/note-form';
import { errorMessage } from '@/lib/api-client';
import { useAddNote } from '@/components/notes/add-note';
import { useNotes } from '@/components/notes/get-notes';

const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export interface QuickNotesProps {
  applicationId: string;
  job: JobView;
}

/** Notes taken during the interview, and the notes the interviewer may see (the API applies the blind rule). */
export function QuickNotes({ applicationId, job }: QuickNotesProps) {
  const notesQuery = useNotes(applicationId);
  const addNote = useAddNote();
  const itemLabel = new Map(job.items.map((item) => [item.id, item.label]));
  const flagLabel = new Map(job.redFlagTypes.map((type) => [type.id, type.label]));
  const notes = [...(notesQuery.data ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="quick-notes-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="quick-notes-title">
          Quick notes
        </Title>
        <NoteForm
          compact
          items={job.items}
          redFlagTypes={job.redFlagTypes}
          onSubmit={(request) => addNote.mutateAsync({ applicationId, request })}
        />
        {notesQuery.isError && (
          <Text size="xs" c="red" role="alert">{`Could not load the notes: ${errorMessage(notesQuery.error)}`}</Text>
        )}
        {notesQuery.isSuccess && notes.length === 0 && (
          <Text size="xs" c="dimmed">
            No notes yet.
          </Text>
        )}
        {notes.length > 0 && (
          <Stack gap={6} component="ul" aria-label="Notes" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {notes.map((note) => (
              <li key={note.id}>
                <Text
                  size="xs"
                  c="dimmed"
                >{`${note.authorName} · ${timeFormat.format(new Date(note.createdAt))}`}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.body}
                </Text>
                {(note.itemId || note.redFlagTypeId) && (
                  <Group gap={4}>
                    {note.itemId && (
                      <Badge
                        size="xs"
                        variant="light"
                      >{`Item: ${itemLabel.get(note.itemId) ?? 'Checklist item'}`}</Badge>
                    )}
                    {note.redFlagTypeId && (
                      <Badge size="xs" variant="light" color="red">
                        {`Red flag: ${flagLabel.get(note.redFlagTypeId) ?? 'Red flag'}`}
                      </Badge>
                    )}
                  </Group>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
