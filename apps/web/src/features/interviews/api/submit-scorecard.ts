import type { ScorecardVersion } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationQueryOptions } from './get-application';
import { myInterviewsQueryOptions } from './get-my-interviews';
import { scorecardsQueryOptions } from './get-scorecards';

export interface SubmitScorecardInput {
  applicationId: string;
  scorecardId: string;
  version: number;
}

export function submitScorecard({ scorecardId, version }: SubmitScorecardInput): Promise<ScorecardVersion> {
  return api.post<ScorecardVersion>(`/scorecards/${encodeURIComponent(scorecardId)}/submit`, { version });
}

export function useSubmitScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitScorecard,
    onSuccess: (_data, { applicationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: scorecardsQueryOptions(applicationId).queryKey }),
        queryClient.invalidateQueries({ queryKey: applicationQueryOptions(applicationId).queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: myInterviewsQueryOptions().queryKey }),
      ]),
  });
}
