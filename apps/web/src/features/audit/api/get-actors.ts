import type { Page, UserView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Everyone who may appear as an actor: every user, deactivated ones included. */
export function getActors(): Promise<Page<UserView>> {
  return api.get<Page<UserView>>('/users');
}

export const actorsQueryOptions = () =>
  queryOptions({
    queryKey: ['audit', 'actors'],
    queryFn: getActors,
  });

export function useActors() {
  return useQuery(actorsQueryOptions());
}
