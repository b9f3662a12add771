import type { CandidateImportView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const IMPORT_POLL_MS = 1000;

export function getImport(importId: string): Promise<CandidateImportView> {
  return api.get<CandidateImportView>(`/candidates/imports/${encodeURIComponent(importId)}`);
}

export function isImportFinished(status: CandidateImportView['status']): boolean {
  return status === 'done' || status === 'failed';
}

export const importQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: ['candidate-imports', importId],
    queryFn: () => getImport(importId),
    // Polls until the import is done or failed.
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isImportFinished(status) ? false : IMPORT_POLL_MS;
    },
  });

export function useImport(importId: string | null) {
  return useQuery({ ...importQueryOptions(importId ?? ''), enabled: importId !== null });
}
