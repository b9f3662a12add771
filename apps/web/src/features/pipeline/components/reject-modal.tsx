import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import type { RejectionKind } from '@shortlist/contracts';
import { useState, type FormEvent } from 'react';

export interface RejectRequest {
  kind: RejectionKind;
  reason: string;
  note: string;
}

export interface RejectModalProps {
  /** Whom the reason is for: one candidate's name or "3 candidates". */
  subject: string;
  initialKind: RejectionKind;
  /** Bulk rejection records our decision only; withdrawing is one candidate's act. */
  allowWithdraw: boolean;
  reasonsFor: (kind: RejectionKind) => string[];
  submitting: boolean;
  onSubmit: (request: RejectRequest) => void;
  onClose: () => void;
}

const KIND_OPTIONS = [
  { value: 'rejected_by_us', label: 'We rejected them' },
  { value: 'withdrew', label: 'They withdrew' },
];

export function RejectModal({
  subject,
  initialKind,
  allowWithdraw,
  reasonsFor,
  submitting,
  onSubmit,
  onClose,
}: RejectModalProps) {
  const [kind, setKind] = useState<RejectionKind>(allowWithdraw ? initialKind : 'rejected_by_us');
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setReasonError('Choose a reason');
      return;
    }
    onSubmit({ kind, reason, note: note.trim() });
  };

  return (
    <Modal opened onClose={onClose} title={`Close the application of ${subject}`}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {allowWithdraw ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rejection-kind-label">
                Who ended it
              </Text>
              <SegmentedControl
                aria-labelledby="rejection-kind-label"
                data={KIND_OPTIONS}
                value={kind}
                onChange={(value) => {
                  const next = value as RejectionKind;
                  setKind(next);
                  // The reasons differ by who ended it; keep a chosen one only if it is still offered.
                  if (reason && !reasonsFor(next).includes(reason)) setReason(null);
                }}
              />
            </Stack>
          ) : (
            <Text size="sm">The applications will be rejected.</Text>
          )}
          <Select
            label="Reason"
            placeholder="Choose a reason"
            data={reasonsFor(kind)}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError(null);
            }}
            error={reasonError}
            required
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          <Textarea
            label="Note (optional)"
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {kind === 'withdrew' ? 'Record withdrawal' : 'Reject'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
