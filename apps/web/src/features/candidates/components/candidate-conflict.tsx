import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

const CONFLICT_NOTIFICATION = 'candidate-version-conflict';

/** Someone else saved the candidate first: keep the edits on the page until the user reloads. */
export function showCandidateConflict(onReload: () => Promise<unknown>) {
  const handleReload = async () => {
    await onReload();
    notifications.hide(CONFLICT_NOTIFICATION);
  };
  notifications.show({
    id: CONFLICT_NOTIFICATION,
    color: 'orange',
    autoClose: false,
    title: 'Someone else changed this candidate; reload',
    message: (
      <Stack gap={6}>
        <Text size="sm">Nothing was saved. Reload to see their version (your unsaved edits are then discarded).</Text>
        <Group>
          <Button size="xs" variant="light" color="orange" onClick={() => void handleReload()}>
            Reload
          </Button>
        </Group>
      </Stack>
    ),
  });
}
