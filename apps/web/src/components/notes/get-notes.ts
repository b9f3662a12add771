import type { NoteView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The application's notes the caller may see (the API applies the blind rule). */
export function getNotes(applicationId: string): Promise<NoteView[]> {
  return api.get<NoteView[]>(`/applications/${encodeURIComponent(applicationId)}/notes`);
}

export const notesQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'notes'],
    queryFn: () => getNotes(applicationId),
  });

export function useNotes(applicationId: string | null) {
  return useQuery({ ...notesQueryOptions(applicationId ?? ''), enabled: applicationId !== null });
}
