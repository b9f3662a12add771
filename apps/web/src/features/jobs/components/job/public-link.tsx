import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { publicApplyHref } from '@/config/paths';

/** The address recruiters share: candidates apply there without an account. */
export function PublicLink({ slug }: { slug: string }) {
  const url = `${window.location.origin}${publicApplyHref(slug)}`;
  return (
    <Group gap="xs">
      <Text size="sm" fw={500} id="public-link-label">
        Public application link
      </Text>
      <Text size="sm" c="dimmed" aria-labelledby="public-link-label" style={{ wordBreak: 'break-all' }}>
        {url}
      </Text>
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withinPortal={false}>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={copied ? 'Link copied' : 'Copy public application link'}
            >
              {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
