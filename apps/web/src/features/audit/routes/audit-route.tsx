import { Stack } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { VerificationBanner } from '../components/verification-banner';
import { type AuditSearch, searchFromParams, withParam } from '../utils/filters';

export function AuditRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  // Filters live in the address so a filtered log can be shared and survives a reload.
  const search = searchFromParams(searchParams);
  const handleChange = (name: keyof AuditSearch, value: string | undefined) =>
    setSearchParams((current) => withParam(current, name, value), { replace: true });
  const handleClear = () => setSearchParams(new URLSearchParams(), { replace: true });

  return (
    <ContentLayout
      title="Audit log"
      description="Every change, who made it and when, in a hash chain that shows any tampering."
    >
      <Stack gap="md">
        <VerificationBanner />
        <AuditFilters search={search} onChange={handleChange} onClear={handleClear} />
        <AuditTable search={search} onFilterEntity={(id) => handleChange('entity', id)} onClear={handleClear} />
      </Stack>
    </ContentLayout>
  );
}
