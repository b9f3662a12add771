import type { Page, PanelMember } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** People who can sit on an interview panel. */
export function getPanel(): Promise<Page<PanelMember>> {
  return api.get<Page<PanelMember>>('/users/panel');
}

export const panelQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'panel'],
    queryFn: getPanel,
  });

export function usePanel() {
  return useQuery(panelQueryOptions());
}
