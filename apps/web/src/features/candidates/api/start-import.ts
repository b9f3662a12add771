import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface StartImportInput {
  file: File;
  jobId: string | null;
}

/** Answers 202 with the import's id; its progress is polled (get-import.ts). */
export function startImport({ file, jobId }: StartImportInput): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file);
  if (jobId) form.append('jobId', jobId);
  return api.postForm<{ id: string }>('/candidates/imports', form);
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
