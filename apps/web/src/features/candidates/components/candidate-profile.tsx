import { Anchor, Badge, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView } from '@shortlist/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { candidateQueryOptions } from '../api/get-candidate';
import { isVersionConflict, useUpdateCandidate } from '../api/update-candidate';
import { SOURCE_LABELS } from '../utils/labels';
import { showCandidateConflict } from './candidate-conflict';
import { LinksEditor } from './links-editor';

export function CandidateProfile({ candidate }: { candidate: CandidateView }) {
  const queryClient = useQueryClient();
  const update = useUpdateCandidate();
  const [tags, setTags] = useState(candidate.tags);
  const [links, setLinks] = useState(candidate.links);
  const changed = tags.join('\n') !== candidate.tags.join('\n');
  const linksChanged = JSON.stringify(links) !== JSON.stringify(candidate.links);

  const handleReload = () => queryClient.invalidateQueries({ queryKey: candidateQueryOptions(candidate.id).queryKey });

  const handleSaveError = (title: string) => (error: Error) => {
    if (isVersionConflict(error)) showCandidateConflict(handleReload);
    else notifications.show({ color: 'red', title, message: errorMessage(error) });
  };

  const handleSaveTags = () =>
    update.mutate(
      { candidateId: candidate.id, changes: { tags, version: candidate.version } },
      {
        onSuccess: () => notifications.show({ color: 'green', message: 'Tags saved.' }),
        onError: handleSaveError('Tags not saved'),
      },
    );

  const handleSaveLinks = () =>
    update.mutate(
      { candidateId: candidate.id, changes: { links, version: candidate.version } },
      {
        onSuccess: () => notifications.show({ color: 'green', message: 'Links saved.' }),
        onError: handleSaveError('Links not saved'),
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
      </dl>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Links
        </Text>
        <LinksEditor links={links} onChange={setLinks} />
        <Group>
          <Button variant="default" onClick={handleSaveLinks} disabled={!linksChanged} loading={update.isPending}>
            Save links
          </Button>
        </Group>
      </Stack>
      <Group align="flex-end" gap="xs">
        <TagsInput label="Tags" value={tags} onChange={setTags} w={360} comboboxProps={{ withinPortal: false }} />
        <Button variant="default" onClick={handleSaveTags} disabled={!changed} loading={update.isPending}>
          Save tags
        </Button>
      </Group>
    </Stack>
  );
}
