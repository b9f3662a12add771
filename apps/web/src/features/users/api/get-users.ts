import type { Page, UserView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getUsers(): Promise<Page<UserView>> {
  return api.get<Page<UserView>>('/users');
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: getUsers,
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
