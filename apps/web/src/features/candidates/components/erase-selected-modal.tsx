import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import type { EraseCandidatesResult } from '@shortlist/contracts';
import { errorMessage } from '@/lib/api-client';
import { useEraseCandidates } from '../api/erase-candidates';
import { ErasureSummary } from './erasure-summary';

export interface EraseSelectedModalProps {
  candidateIds: string[];
  opened: boolean;
  onClose: () => void;
  onErased: (result: EraseCandidatesResult) => void;
}

const plural = (n: number) => `${n} ${n === 1 ? 'candidate' : 'candidates'}`;

/** Confirms a bulk erasure; the API erases all of them in one transaction, or none. */
export function EraseSelectedModal({ candidateIds, opened, onClose, onErased }: EraseSelectedModalProps) {
  const erase = useEraseCandidates();

  const handleClose = () => {
    if (erase.isPending) return;
    erase.reset();
    onClose();
  };

  const handleErase = () =>
    erase.mutate(
      { candidateIds },
      {
        onSuccess: (result) => {
          erase.reset();
          onErased(result);
        },
      },
    );

  return (
    <Modal opened={opened} onClose={handleClose} title={`Erase ${plural(candidateIds.length)}?`} size="lg">
      <Stack gap="md">
        <Text size="sm">
          The personal data of the {plural(candidateIds.length)} you selected is erased in one go: all of them, or none
          if anything goes wrong. This cannot be undone.
        </Text>
        <ErasureSummary />
        {erase.isPending && (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{`Erasing ${plural(candidateIds.length)}…`}</Text>
          </Group>
        )}
        {erase.isError && (
          <Alert color="red" title="Nothing was erased" role="alert">
            {errorMessage(erase.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={handleClose} disabled={erase.isPending}>
            Cancel
          </Button>
          <Button color="red" onClick={handleErase} loading={erase.isPending}>
            {`Erase ${plural(candidateIds.length)}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
