import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PipelineFilters as Filters } from '../api/get-pipeline';
import { SORTS, withParam } from '../utils/filters';

const TYPING_DELAY_MS = 300;

export function PipelineFilters({ filters }: { filters: Filters }) {
  const [, setSearchParams] = useSearchParams();
  // Typed text is kept here and written to the address once typing pauses (one request, not one per key).
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const [minScore, setMinScore] = useState<string | number>(filters.minScore ?? '');

  const setParam = (name: string, value: string | undefined) =>
    setSearchParams((current) => withParam(current, name, value), { replace: true });
  const commitLater = useDebouncedCallback(setParam, TYPING_DELAY_MS);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter the pipeline">
      <TextInput
        label="Search candidates"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitLater('q', event.currentTarget.value.trim());
        }}
        w={220}
      />
      <TextInput
        label="Tag"
        value={tag}
        onChange={(event) => {
          setTag(event.currentTarget.value);
          commitLater('tag', event.currentTarget.value.trim());
        }}
        w={140}
      />
      <NumberInput
        label="Minimum score"
        min={0}
        max={100}
        value={minScore}
        onChange={(value) => {
          setMinScore(value);
          commitLater('minScore', value === '' ? undefined : String(value));
        }}
        w={130}
      />
      <Checkbox
        label="Has red flags"
        checked={filters.hasRedFlags === true}
        onChange={(event) => setParam('hasRedFlags', event.currentTarget.checked ? 'true' : undefined)}
        mb={8}
      />
      <Checkbox
        label="Gate failed"
        checked={filters.gateFailed === true}
        onChange={(event) => setParam('gateFailed', event.currentTarget.checked ? 'true' : undefined)}
        mb={8}
      />
      <Select
        label="Sort by"
        data={[...SORTS]}
        value={filters.sort ?? 'score'}
        onChange={(value) => setParam('sort', value ?? undefined)}
        allowDeselect={false}
        w={160}
        comboboxProps={{ withinPortal: false }}
      />
    </Group>
  );
}
