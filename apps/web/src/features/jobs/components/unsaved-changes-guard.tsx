import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useBeforeUnload, useBlocker } from 'react-router-dom';

export interface UnsavedChangesGuardProps {
  /** Asked at the moment the user leaves, so it can read uncontrolled form state. */
  when: () => boolean;
  message: string;
}

/** Asks before an in-app navigation (and lets the browser ask before unloading) loses edits. */
export function UnsavedChangesGuard({ when, message }: UnsavedChangesGuardProps) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && when(),
  );
  useBeforeUnload((event) => {
    if (when()) event.preventDefault();
  });

  const handleStay = () => blocker.reset?.();
  const handleLeave = () => blocker.proceed?.();

  return (
    <Modal.Root opened={blocker.state === 'blocked'} onClose={handleStay} centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* role="none": a header inside a dialog is not the page's banner landmark. */}
        <Modal.Header role="none">
          <Modal.Title fw={600}>Leave without saving?</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Text size="sm">{message}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={handleStay} data-autofocus>
                Stay on this page
              </Button>
              <Button color="red" onClick={handleLeave}>
                Leave
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
