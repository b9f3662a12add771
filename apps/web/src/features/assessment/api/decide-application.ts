import type { DecisionRequest, DecisionView } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationQueryOptions } from './get-application';
import { assessmentQueryOptions } from './get-assessment';

export interface DecideApplicationInput {
  applicationId: string;
  request: DecisionRequest;
}

/** 400 (reason required) and 409 GATE_UNVERIFIED are the form's to show. */
export function decideApplication({ applicationId, request }: DecideApplicationInput): Promise<DecisionView> {
  return api.post<DecisionView>(`/applications/${encodeURIComponent(applicationId)}/decision`, request);
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    onSuccess: (_data, { applicationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(applicationId).queryKey }),
        queryClient.invalidateQueries({ queryKey: applicationQueryOptions(applicationId).queryKey, exact: true }),
      ]),
  });
}
