import type { JobTemplate } from '@shortlist/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function parseJobDescription(text: string): Promise<JobTemplate> {
  return api.post<JobTemplate>('/job-templates/parse', { text });
}

/** A mutation, not a query: every parse reads the text the user has in front of them now. */
export function useParseJobDescription() {
  return useMutation({ mutationFn: parseJobDescription });
}
