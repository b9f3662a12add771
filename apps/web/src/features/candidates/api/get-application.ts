import type { ApplicationView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getApplication(applicationId: string): Promise<ApplicationView> {
  return api.get<ApplicationView>(`/applications/${encodeURIComponent(applicationId)}`);
}

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId],
    queryFn: () => getApplication(applicationId),
  });

export function useApplication(applicationId: string | null) {
  return useQuery({ ...applicationQueryOptions(applicationId ?? ''), enabled: applicationId !== null });
}
