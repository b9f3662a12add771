import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView, Role } from '@shortlist/contracts';
import { IconDownload, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useExportCandidate } from '../api/export-candidate';
import { canEraseCandidates, canExportCandidates } from '../utils/data-rights';
import { EraseCandidateModal } from './erase-candidate-modal';

export interface CandidateDataRightsProps {
  candidate: Pick<CandidateView, 'id' | 'name'>;
  role: Role;
}

/** "Export data" for recruiters and admins, "Erase personal data" for admins. */
export function CandidateDataRights({ candidate, role }: CandidateDataRightsProps) {
  const exportMutation = useExportCandidate();
  const [erasing, setErasing] = useState(false);
  if (!canExportCandidates(role) && !canEraseCandidates(role)) return null;

  const handleExport = () =>
    exportMutation.mutate(candidate.id, {
      onError: (error) => notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(error) }),
    });

  return (
    <Group gap="xs">
      {canExportCandidates(role) && (
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={handleExport}
          loading={exportMutation.isPending}
        >
          Export data
        </Button>
      )}
      {canEraseCandidates(role) && (
        <>
          <Button
            color="red"
            variant="light"
            leftSection={<IconEraser size={16} aria-hidden />}
            onClick={() => setErasing(true)}
          >
            Erase personal data
          </Button>
          <EraseCandidateModal candidate={candidate} opened={erasing} onClose={() => setErasing(false)} />
        </>
      )}
    </Group>
  );
}
