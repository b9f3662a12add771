import type { CreateNoteRequest, NoteView } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notesQueryOptions } from './get-notes';

export interface AddNoteInput {
  applicationId: string;
  request: CreateNoteRequest;
}

export function addNote({ applicationId, request }: AddNoteInput): Promise<NoteView> {
  return api.post<NoteView>(`/applications/${encodeURIComponent(applicationId)}/notes`, request);
}

export function useAddNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addNote,
    onSuccess: async (_note, { applicationId }) => {
      await queryClient.invalidateQueries({ queryKey: notesQueryOptions(applicationId).queryKey });
    },
  });
}
