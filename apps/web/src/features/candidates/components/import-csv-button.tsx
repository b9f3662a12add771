import { Alert, Button, FileInput, Group, List, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CandidateImportView } from '@shortlist/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { IconFileImport } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '@/lib/api-client';
import { candidatesQueryOptions } from '../api/get-candidates';
import { isImportFinished, useImport } from '../api/get-import';
import { useOpenJobs } from '../api/get-open-jobs';
import { useStartImport } from '../api/start-import';

const SHOWN_ERRORS = 100;

export function ImportCsvButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={open}>
        Import CSV
      </Button>
      {opened && <ImportCsvModal onClose={close} />}
    </>
  );
}

function ImportCsvModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const jobs = useOpenJobs();
  const start = useStartImport();
  const progress = useImport(importId);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV file');
      return;
    }
    start.mutate({ file, jobId }, { onSuccess: ({ id }) => setImportId(id) });
  };

  const handleClose = () => {
    if (progress.data?.status === 'done') {
      void queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) });
    }
    onClose();
  };

  return (
    <Modal opened onClose={handleClose} title="Import candidates from CSV" size="lg">
      {importId === null ? (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="sm">
            {start.isError && (
              <Alert color="red" variant="light" role="alert" title="The import did not start">
                {errorMessage(start.error)}
              </Alert>
            )}
            <FileInput
              label="CSV file"
              description="Columns: name, email, phone, source, tags, resume_text"
              accept=".csv,text/csv"
              required
              value={file}
              onChange={(value) => {
                setFile(value);
                setFileError(null);
              }}
              error={fileError}
              clearable
            />
            <Select
              label="Apply them to a job (optional)"
              data={(jobs.data ?? []).map((job) => ({ value: job.id, label: job.title }))}
              value={jobId}
              onChange={setJobId}
              clearable
              comboboxProps={{ withinPortal: false }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={handleClose}>
                Cancel
              </Button>
              <Button type="submit" loading={start.isPending}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          {progress.isError ? (
            <Alert color="red" variant="light" role="alert" title="Could not read the import's progress">
              {errorMessage(progress.error)}
            </Alert>
          ) : (
            <ImportProgress view={progress.data} />
          )}
          <Group justify="flex-end">
            <Button onClick={handleClose}>
              {progress.data && isImportFinished(progress.data.status) ? 'Close' : 'Hide (it keeps running)'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Validation and insertion each count every row once, so the whole job is 2 × total steps. */
function percentDone(view: CandidateImportView): number {
  if (view.status === 'done') return 100;
  return view.total === 0 ? 0 : Math.min(100, Math.round((view.processed / (2 * view.total)) * 100));
}

function ImportProgress({ view }: { view: CandidateImportView | undefined }) {
  if (!view || !isImportFinished(view.status)) {
    const percent = view ? percentDone(view) : 0;
    return (
      <Stack gap={4}>
        <Text size="sm">
          {view ? `${view.status === 'validating' ? 'Checking' : 'Importing'} ${view.total} rows…` : 'Starting…'}
        </Text>
        <Progress value={percent} animated aria-label="Import progress" />
        <Text size="xs" c="dimmed">{`${percent}%`}</Text>
      </Stack>
    );
  }
  if (view.status === 'done' && view.errors.length === 0) {
    const result = view.result;
    return (
      <Alert color="green" variant="light" title="Import finished" role="status">
        {result
          ? `${result.imported} candidates imported${result.applied > 0 ? `, ${result.applied} applied to the job` : ''}.`
          : `${view.total} candidates imported.`}
      </Alert>
    );
  }
  const shown = view.errors.slice(0, SHOWN_ERRORS);
  const rest = view.errors.length - shown.length;
  return (
    <Alert color="red" variant="light" title="Nothing was imported" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          {view.errors.length === 0
            ? 'The import failed. Nothing was imported; please try again.'
            : `The file has ${view.errors.length} ${view.errors.length === 1 ? 'problem' : 'problems'}. Fix them and import the file again.`}
        </Text>
        {shown.length > 0 && (
          <List size="sm" spacing={2} aria-label="Problems by row">
            {shown.map((error, index) => (
              <List.Item key={`${error.row}-${error.field}-${index}`}>
                {`Row ${error.row}, ${error.field}: ${error.message}`}
              </List.Item>
            ))}
          </List>
        )}
        {rest > 0 && <Text size="sm">{`…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`}</Text>}
      </Stack>
    </Alert>
  );
}
