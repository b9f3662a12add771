import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CandidateLink } from '@shortlist/contracts';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';

export const URL_ERROR = 'Enter a web address starting with http:// or https://';

/** True for an absolute http(s) address, the only links the profile offers to open. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface LinksEditorProps {
  links: CandidateLink[];
  onChange: (links: CandidateLink[]) => void;
}

export function LinksEditor({ links, onChange }: LinksEditorProps) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);

  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    const nextLabel = label.trim();
    const nextUrl = url.trim();
    const nextLabelError = nextLabel ? null : 'Enter a label';
    const nextUrlError = !isWebUrl(nextUrl)
      ? URL_ERROR
      : links.some((link) => link.url === nextUrl)
        ? 'This link is already listed'
        : null;
    setLabelError(nextLabelError);
    setUrlError(nextUrlError);
    if (nextLabelError || nextUrlError) return;
    onChange([...links, { label: nextLabel, url: nextUrl }]);
    setLabel('');
    setUrl('');
  };

  return (
    <Stack gap="xs">
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          No links yet.
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Links">
          {links.map((link) => (
            <Group component="li" key={link.url} gap="xs" wrap="nowrap">
              <Anchor href={link.url} target="_blank" rel="noreferrer" size="sm">
                {link.label}
              </Anchor>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Remove link ${link.label}`}
                onClick={() => onChange(links.filter((other) => other.url !== link.url))}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <form onSubmit={handleAdd} noValidate aria-label="Add a link">
        <Group align="flex-start" gap="xs">
          <TextInput
            label="Link label"
            placeholder="GitHub"
            value={label}
            onChange={(event) => {
              setLabel(event.currentTarget.value);
              setLabelError(null);
            }}
            error={labelError}
            w={160}
          />
          <TextInput
            label="Link URL"
            placeholder="https://"
            value={url}
            onChange={(event) => {
              setUrl(event.currentTarget.value);
              setUrlError(null);
            }}
            error={urlError}
            w={280}
          />
          <Button type="submit" variant="default" mt={25} leftSection={<IconPlus size={14} aria-hidden />}>
            Add link
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
