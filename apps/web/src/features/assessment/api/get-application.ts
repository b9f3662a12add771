import type { ApplicationView, BlindApplicationView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Whom the assessment is about (the blind view never reaches here: the assessment needs a submitted scorecard). */
export type AssessedApplication = ApplicationView | BlindApplicationView;

export function getApplication(applicationId: string): Promise<AssessedApplication> {
  return api.get<AssessedApplication>(`/applications/${encodeURIComponent(applicationId)}`);
}

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId],
    queryFn: () => getApplication(applicationId),
  });

export function useApplication(applicationId: string) {
  return useQuery(applicationQueryOptions(applicationId));
}
