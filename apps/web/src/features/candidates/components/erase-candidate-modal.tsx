import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView } from '@shortlist/contracts';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useEraseCandidate } from '../api/erase-candidate';
import { ErasureSummary } from './erasure-summary';

export interface EraseCandidateModalProps {
  candidate: Pick<CandidateView, 'id' | 'name'>;
  opened: boolean;
  onClose: () => void;
}

/** The admin types the candidate's name to confirm: erasure cannot be undone. */
export function EraseCandidateModal({ candidate, opened, onClose }: EraseCandidateModalProps) {
  const erase = useEraseCandidate();
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim() === candidate.name.trim();

  const handleClose = () => {
    setTyped('');
    erase.reset();
    onClose();
  };

  const handleErase = () =>
    erase.mutate(candidate.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: 'Personal data erased.' });
        handleClose();
      },
    });

  return (
    <Modal opened={opened} onClose={handleClose} title="Erase personal data" size="lg">
      <Stack gap="md">
        <Text size="sm">
          This erases everything that identifies <strong>{candidate.name}</strong>. It cannot be undone; export their
          data first if they asked for a copy.
        </Text>
        <ErasureSummary />
        <TextInput
          label="Type the candidate's name to confirm"
          description={candidate.name}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {erase.isError && (
          <Alert color="red" title="Nothing was erased" role="alert">
            {errorMessage(erase.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={handleClose}>
            Cancel
          </Button>
          <Button color="red" onClick={handleErase} disabled={!confirmed} loading={erase.isPending}>
            Erase personal data
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
