import type { CandidateExport } from '@shortlist/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function exportCandidate(candidateId: string): Promise<CandidateExport> {
  return api.get<CandidateExport>(`/candidates/${encodeURIComponent(candidateId)}/export`);
}

export const exportFileName = (candidateId: string) => `candidate-${candidateId}.json`;

/** Hands the document to the browser as a download, the way the API's Content-Disposition names it. */
export function saveAsJson(document: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A mutation, not a query: every export is recorded in the audit log, so it runs only when asked. */
export function useExportCandidate() {
  return useMutation({
    mutationFn: async (candidateId: string) => {
      saveAsJson(await exportCandidate(candidateId), exportFileName(candidateId));
    },
  });
}
