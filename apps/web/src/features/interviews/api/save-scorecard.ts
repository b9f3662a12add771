import type { SaveScorecardRequest, ScorecardVersion } from '@shortlist/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface SaveScorecardInput {
  scorecardId: string;
  body: SaveScorecardRequest;
}

/** A stale `version` answers 409 VERSION_CONFLICT: the caller must reload, never overwrite. */
export function saveScorecard({ scorecardId, body }: SaveScorecardInput): Promise<ScorecardVersion> {
  return api.put<ScorecardVersion>(`/scorecards/${encodeURIComponent(scorecardId)}`, body);
}

export function useSaveScorecard() {
  return useMutation({ mutationFn: saveScorecard });
}
