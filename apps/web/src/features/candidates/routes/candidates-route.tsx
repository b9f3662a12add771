import { Anchor, Badge, Group, Pagination, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { candidateHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { CANDIDATES_PAGE_SIZE, useCandidates } from '../api/get-candidates';
import { ImportCsvButton } from '../components/import-csv-button';
import { NewCandidateButton } from '../components/new-candidate-button';
import { dateFormat, SOURCE_LABELS } from '../utils/labels';

const TYPING_DELAY_MS = 300;

export function CandidatesRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const tag = searchParams.get('tag') ?? '';
  const skill = searchParams.get('skill') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const [typed, setTyped] = useState({ q, tag, skill });
  const { data, isPending, isError, error, refetch } = useCandidates({
    q: q || undefined,
    tag: tag || undefined,
    skill: skill || undefined,
    limit: CANDIDATES_PAGE_SIZE,
    offset: (page - 1) * CANDIDATES_PAGE_SIZE,
  });

  const setParams = (changes: Record<string, string>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  const commitLater = useDebouncedCallback(
    (name: string, value: string) => setParams({ [name]: value, page: '' }),
    TYPING_DELAY_MS,
  );

  const handleType = (name: 'q' | 'tag' | 'skill', value: string) => {
    setTyped((current) => ({ ...current, [name]: value }));
    commitLater(name, value.trim());
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / CANDIDATES_PAGE_SIZE)) : 1;

  return (
    <ContentLayout
      title="Candidates"
      actions={
        <Group gap="xs">
          <ImportCsvButton />
          <NewCandidateButton />
        </Group>
      }
    >
      <Group gap="sm" role="search" aria-label="Find candidates">
        <TextInput
          label="Search"
          placeholder="Name, email or résumé"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={typed.q}
          onChange={(e) => handleType('q', e.currentTarget.value)}
          w={260}
        />
        <TextInput label="Tag" value={typed.tag} onChange={(e) => handleType('tag', e.currentTarget.value)} w={160} />
        <TextInput
          label="Skill"
          placeholder="e.g. Postgres"
          value={typed.skill}
          onChange={(e) => handleType('skill', e.currentTarget.value)}
          w={160}
        />
      </Group>
      {isError ? (
        <ErrorState title="Could not load candidates" message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading candidates">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} h={36} />
          ))}
        </Stack>
      ) : data.items.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={28} />}
          title={q || tag || skill ? 'No candidates match' : 'No candidates yet'}
          description={
            q || tag || skill ? 'Try another search.' : 'Add a candidate, import a CSV, or share a job’s public link.'
          }
        />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover aria-label="Candidates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Tags</Table.Th>
                  <Table.Th>Applications</Table.Th>
                  <Table.Th>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((candidate) => (
                  <Table.Tr key={candidate.id}>
                    <Table.Td>
                      <Anchor component={Link} to={candidateHref(candidate.id)}>
                        {candidate.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{candidate.email}</Table.Td>
                    <Table.Td>{SOURCE_LABELS[candidate.source]}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {candidate.tags.map((t) => (
                          <Badge key={t} variant="light" size="sm" tt="none">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{candidate.applicationCount}</Table.Td>
                    <Table.Td>{dateFormat.format(new Date(candidate.updatedAt))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{`${data.total} ${data.total === 1 ? 'candidate' : 'candidates'}`}</Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={(value) => setParams({ page: value === 1 ? '' : String(value) })}
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
              />
            )}
          </Group>
        </Stack>
      )}
    </ContentLayout>
  );
}
