import type { Page, PanelMember } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Who can be assigned to interview (active interviewers, hiring managers, admins). */
export function getPanel(): Promise<Page<PanelMember>> {
  return api.get<Page<PanelMember>>('/users/panel');
}

export const panelQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'panel'],
    queryFn: getPanel,
    staleTime: 60_000,
  });

export function usePanel() {
  return useQuery(panelQueryOptions());
}
