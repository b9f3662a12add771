import type { ApplicationView, BlindApplicationView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** An interviewer who has not submitted gets the blind view (no stored score). */
export type InterviewApplication = ApplicationView | BlindApplicationView;

export function getApplication(applicationId: string): Promise<InterviewApplication> {
  return api.get<InterviewApplication>(`/applications/${encodeURIComponent(applicationId)}`);
}

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId],
    queryFn: () => getApplication(applicationId),
  });

export function useApplication(applicationId: string) {
  return useQuery(applicationQueryOptions(applicationId));
}
