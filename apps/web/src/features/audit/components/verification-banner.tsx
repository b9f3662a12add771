import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessage } from '@/lib/api-client';
import { useAuditVerification } from '../api/verify-audit';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Recomputes the whole hash chain on the server and says whether it holds. */
export function VerificationBanner() {
  const { data, isPending, isError, error, refetch, isFetching } = useAuditVerification();
  const verifyAgain = (
    <Button variant="subtle" size="compact-sm" onClick={() => void refetch()} loading={isFetching}>
      Verify again
    </Button>
  );

  if (isPending) {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<Loader size={16} aria-hidden />}
        title="Verifying the chain…"
        role="status"
      />
    );
  }
  if (isError) {
    return (
      <ErrorState
        title="Could not verify the audit chain"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (data.ok) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconShieldCheck size={18} aria-hidden />}
        title={`Chain verified — ${plural(data.checked, 'event')}`}
        role="status"
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm">Every event matches its hash and links to the one before it.</Text>
          {verifyAgain}
        </Group>
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconShieldX size={18} aria-hidden />}
      title={`Tampering detected at event ${data.brokenAtSeq}: ${data.reason}`}
      role="alert"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {data.checked === 0
            ? 'No event before it could be trusted either.'
            : `Events 1 to ${data.checked} are intact; the log from event ${data.brokenAtSeq} on cannot be trusted.`}
        </Text>
        {verifyAgain}
      </Group>
    </Alert>
  );
}
