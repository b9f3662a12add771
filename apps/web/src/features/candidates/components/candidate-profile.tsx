import { Anchor, Badge, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView } from '@shortlist/contracts';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useUpdateCandidate } from '../api/update-candidate';
import { SOURCE_LABELS } from '../utils/labels';

export function CandidateProfile({ candidate }: { candidate: CandidateView }) {
  const update = useUpdateCandidate();
  const [tags, setTags] = useState(candidate.tags);
  const changed = tags.join('\n') !== candidate.tags.join('\n');

  const handleSaveTags = () =>
    update.mutate(
      { candidateId: candidate.id, changes: { tags, version: candidate.version } },
      {
        onSuccess: () => notifications.show({ color: 'green', message: 'Tags saved.' }),
        onError: (error) => notifications.show({ color: 'red', title: 'Tags not saved', message: errorMessage(error) }),
      },
    );

  return (
    <Stack gap="sm">
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
        <Text component="dt" size="sm" c="dimmed">
          Email
        </Text>
        <Text component="dd" size="sm" m={0}>
          <Anchor href={`mailto:${candidate.email}`}>{candidate.email}</Anchor>
        </Text>
        <Text component="dt" size="sm" c="dimmed">
          Phone
        </Text>
        <Text component="dd" size="sm" m={0}>
          {candidate.phone ?? '—'}
        </Text>
        <Text component="dt" size="sm" c="dimmed">
          Source
        </Text>
        <Text component="dd" size="sm" m={0}>
          <Badge variant="outline" color="gray" tt="none">
            {SOURCE_LABELS[candidate.source]}
          </Badge>
        </Text>
        {candidate.links.length > 0 && (
          <>
            <Text component="dt" size="sm" c="dimmed">
              Links
            </Text>
            <Group component="dd" gap="sm" m={0}>
              {candidate.links.map((link) => (
                <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer" size="sm">
                  {link.label}
                </Anchor>
              ))}
            </Group>
          </>
        )}
      </dl>
      <Group align="flex-end" gap="xs">
        <TagsInput label="Tags" value={tags} onChange={setTags} w={360} comboboxProps={{ withinPortal: false }} />
        <Button variant="default" onClick={handleSaveTags} disabled={!changed} loading={update.isPending}>
          Save tags
        </Button>
      </Group>
    </Stack>
  );
}
