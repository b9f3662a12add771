import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { AUDIT_ACTIONS } from '@shortlist/contracts';
import { useState } from 'react';
import { useActors } from '../api/get-actors';
import { type AuditSearch, hasFilters, isBackwards } from '../utils/filters';
import { ACTION_LABELS } from '../utils/labels';

const TYPING_DELAY_MS = 300;

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: ACTION_LABELS[action] }));

export interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (name: keyof AuditSearch, value: string | undefined) => void;
  onClear: () => void;
}

export function AuditFilters({ search, onChange, onClear }: AuditFiltersProps) {
  const actors = useActors();
  // Typed text is held here until typing pauses, then written to the address (one request, not one per key);
  // otherwise the field shows the address, which a row's "show only this" button may also set.
  const [draft, setDraft] = useState<string | null>(null);
  const commitLater = useDebouncedCallback((value: string) => {
    onChange('entity', value.trim() || undefined);
    setDraft(null);
  }, TYPING_DELAY_MS);
  const actorOptions = (actors.data?.items ?? []).map((user) => ({
    value: user.id,
    label: user.active ? user.name : `${user.name} (inactive)`,
  }));

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter the audit log">
      <Select
        label="Action"
        placeholder="Any action"
        data={ACTION_OPTIONS}
        value={search.action ?? null}
        onChange={(value) => onChange('action', value ?? undefined)}
        clearable
        searchable
        w={220}
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        label="Actor"
        placeholder={actors.isError ? 'Could not load people' : 'Anyone'}
        data={actorOptions}
        value={search.actor ?? null}
        onChange={(value) => onChange('actor', value ?? undefined)}
        disabled={actors.isError}
        clearable
        searchable
        nothingFoundMessage="Nobody by that name"
        w={220}
        comboboxProps={{ withinPortal: false }}
      />
      <TextInput
        label="Entity id"
        placeholder="A user, job, application… id"
        value={draft ?? search.entity ?? ''}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          commitLater(event.currentTarget.value);
        }}
        w={260}
      />
      <TextInput
        type="date"
        label="From"
        value={search.from ?? ''}
        max={search.to}
        onChange={(event) => onChange('from', event.currentTarget.value || undefined)}
        w={160}
      />
      <TextInput
        type="date"
        label="To"
        value={search.to ?? ''}
        min={search.from}
        error={isBackwards(search) ? 'Must be on or after From' : undefined}
        onChange={(event) => onChange('to', event.currentTarget.value || undefined)}
        w={160}
      />
      {hasFilters(search) && (
        <Button
          variant="subtle"
          onClick={() => {
            setDraft(null);
            onClear();
          }}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
