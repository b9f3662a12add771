import type { AssessmentView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getAssessment(applicationId: string): Promise<AssessmentView> {
  return api.get<AssessmentView>(`/applications/${encodeURIComponent(applicationId)}/assessment`);
}

export const assessmentQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'assessment'],
    queryFn: () => getAssessment(applicationId),
  });

export function useAssessment(applicationId: string) {
  return useQuery(assessmentQueryOptions(applicationId));
}
