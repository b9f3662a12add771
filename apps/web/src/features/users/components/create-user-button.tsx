import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CreateUserResponse } from '@shortlist/contracts';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { CreateUserForm } from './create-user-form';
import { GeneratedPasswordAlert } from './generated-password-alert';

export function CreateUserButton() {
  const [opened, { open, close }] = useDisclosure(false);
  // Holds the new user only while its one-time password is on screen.
  const [created, setCreated] = useState<CreateUserResponse | null>(null);

  const handleClose = () => {
    close();
    setCreated(null);
  };

  const handleCreated = (user: CreateUserResponse) => {
    notifications.show({
      color: 'green',
      title: 'User created',
      message: `${user.name} can now sign in.`,
    });
    if (user.generatedPassword) setCreated(user);
    else handleClose();
  };

  return (
    <>
      <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
        New user
      </Button>
      <Modal.Root opened={opened} onClose={handleClose} closeOnClickOutside={!created}>
        <Modal.Overlay />
        <Modal.Content>
          {/* role="none": a header inside a dialog is not the page's banner landmark. */}
          <Modal.Header role="none">
            <Modal.Title fw={600}>{created ? 'User created' : 'New user'}</Modal.Title>
            <Modal.CloseButton aria-label="Close" />
          </Modal.Header>
          <Modal.Body>
            {created?.generatedPassword ? (
              <Stack gap="md">
                <GeneratedPasswordAlert name={created.name} password={created.generatedPassword} />
                <Group justify="flex-end">
                  <Button onClick={handleClose}>Done</Button>
                </Group>
              </Stack>
            ) : (
              <CreateUserForm onCreated={handleCreated} onCancel={handleClose} />
            )}
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
