import { Stack, Text, Title } from '@mantine/core';
import type { JobView } from '@shortlist/contracts';
import { NoteForm } from '@/components/notes/note-form';
import { errorMessage } from '@/lib/api-client';
import { useAddNote } from '@/components/notes/add-note';

export interface ApplicationNotesProps {
  applicationId: string;
  job: JobView | undefined;
  notesError: unknown;
}

/** The form that logs a note on the application's timeline. */
export function ApplicationNotes({ applicationId, job, notesError }: ApplicationNotesProps) {
  const addNote = useAddNote();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Notes
      </Title>
      {notesError !== null && (
        <Text size="sm" c="red" role="alert">{`Could not load the notes: ${errorMessage(notesError)}`}</Text>
      )}
      <NoteForm
        key={applicationId}
        items={job?.items ?? []}
        redFlagTypes={job?.redFlagTypes ?? []}
        onSubmit={(request) => addNote.mutateAsync({ applicationId, request })}
      />
    </Stack>
  );
}
