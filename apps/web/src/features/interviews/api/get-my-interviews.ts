import type { MyInterview } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getMyInterviews(): Promise<MyInterview[]> {
  return api.get<MyInterview[]>('/me/interviews');
}

export const myInterviewsQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'interviews'],
    queryFn: getMyInterviews,
  });

export function useMyInterviews() {
  return useQuery(myInterviewsQueryOptions());
}
