import type { CandidateView } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';

export interface UploadResumeInput {
  candidateId: string;
  file: File;
}

export function uploadResume({ candidateId, file }: UploadResumeInput): Promise<CandidateView> {
  const form = new FormData();
  form.append('file', file);
  return api.postForm<CandidateView>(`/candidates/${encodeURIComponent(candidateId)}/resume`, form);
}

/** A sentence for each way an upload is refused, so the recruiter knows what to do next. */
export function resumeUploadError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The upload failed. Please try again.';
  if (error.status === 413) return 'This file is too large. Résumés can be at most 5 MB.';
  if (error.status === 415 || error.code === 'UNSUPPORTED_RESUME_TYPE')
    return 'This type of file is not supported. Upload a .pdf, .docx or .txt file.';
  if (error.status === 422 || error.code === 'RESUME_UNREADABLE')
    return 'No text could be read from this file (a scanned image?). Paste the résumé text instead.';
  return error.detail ?? error.title;
}

export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadResume,
    onSuccess: (candidate) => queryClient.setQueryData(candidateQueryOptions(candidate.id).queryKey, candidate),
  });
}
