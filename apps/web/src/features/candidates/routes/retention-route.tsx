import { Alert, Button, Group, Pagination, Paper, Skeleton, Stack, Text } from '@mantine/core';
import type { EraseCandidatesResult } from '@shortlist/contracts';
import { IconClockCheck, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessage } from '@/lib/api-client';
import { RETENTION_PAGE_SIZE, useRetention } from '../api/get-retention';
import { EraseSelectedModal } from '../components/erase-selected-modal';
import { RetentionTable } from '../components/retention-table';

/** Admins review candidates nobody has touched for longer than the retention period, and erase them in bulk. */
export function RetentionRoute() {
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<EraseCandidatesResult | null>(null);
  const { data, isPending, isError, error, refetch } = useRetention({
    limit: RETENTION_PAGE_SIZE,
    offset: (page - 1) * RETENTION_PAGE_SIZE,
  });

  const handleToggle = (candidateId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(candidateId)) next.delete(candidateId);
      else next.add(candidateId);
      return next;
    });

  const handleToggleAll = (select: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const candidate of data?.items ?? []) {
        if (select) next.add(candidate.id);
        else next.delete(candidate.id);
      }
      return next;
    });

  const handleErased = (erased: EraseCandidatesResult) => {
    setConfirming(false);
    setSelected(new Set());
    setResult(erased);
    setPage(1);
  };

  const description = data
    ? `Candidates with no activity for more than ${data.retentionDays} days and no active application, oldest first. Review them, then erase their personal data.`
    : 'Candidates with no recent activity and no active application, oldest first.';

  return (
    <ContentLayout
      title="Data retention"
      description={description}
      actions={
        <Button
          color="red"
          leftSection={<IconEraser size={16} aria-hidden />}
          disabled={selected.size === 0}
          onClick={() => setConfirming(true)}
        >
          {`Erase selected (${selected.size})`}
        </Button>
      }
    >
      {result && (
        <Alert color="green" title="Erased" withCloseButton onClose={() => setResult(null)} role="status">
          {`The personal data of ${result.erased} ${result.erased === 1 ? 'candidate was' : 'candidates were'} erased.`}
        </Alert>
      )}
      {isError ? (
        <ErrorState
          title="Could not load the candidates for review"
          message={errorMessage(error)}
          onRetry={() => void refetch()}
        />
      ) : isPending ? (
        <Paper withBorder p="md" aria-busy>
          <Stack gap="sm">
            {Array.from({ length: 4 }, (_, row) => (
              <Skeleton key={row} height={18} radius="sm" />
            ))}
          </Stack>
        </Paper>
      ) : data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconClockCheck size={28} />}
            title={`No candidate has been inactive for more than ${data.retentionDays} days`}
            description="Candidates appear here once nothing has happened on their profile or applications for longer than the retention period, and none of their applications is active."
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <RetentionTable
            candidates={data.items}
            selected={selected}
            onToggle={handleToggle}
            onToggleAll={handleToggleAll}
          />
          <Group justify="space-between" p="sm">
            <Text size="sm" c="dimmed">
              {`${data.total} ${data.total === 1 ? 'candidate' : 'candidates'} for review`}
            </Text>
            {data.total > RETENTION_PAGE_SIZE && (
              <Pagination
                total={Math.ceil(data.total / RETENTION_PAGE_SIZE)}
                value={page}
                onChange={setPage}
                aria-label="Pages"
              />
            )}
          </Group>
        </Paper>
      )}
      <EraseSelectedModal
        candidateIds={[...selected]}
        opened={confirming}
        onClose={() => setConfirming(false)}
        onErased={handleErased}
      />
    </ContentLayout>
  );
}
