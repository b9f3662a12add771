import type { PublicJobPosting } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getPublicJob(slug: string): Promise<PublicJobPosting> {
  return api.get<PublicJobPosting>(`/public/jobs/${encodeURIComponent(slug)}`, { authRedirect: false });
}

export const publicJobQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['public-jobs', slug],
    queryFn: () => getPublicJob(slug),
  });

export function usePublicJob(slug: string) {
  return useQuery(publicJobQueryOptions(slug));
}
