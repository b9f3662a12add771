import type { AuditVerification } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function verifyAudit(): Promise<AuditVerification> {
  return api.get<AuditVerification>('/audit/verify');
}

export const auditVerificationQueryOptions = () =>
  queryOptions({
    queryKey: ['audit', 'verification'],
    queryFn: verifyAudit,
  });

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
