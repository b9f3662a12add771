import { Alert, Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CandidateView } from '@shortlist/contracts';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { candidateQueryOptions } from '../api/get-candidate';
import { isVersionConflict, useUpdateCandidate } from '../api/update-candidate';
import { showCandidateConflict } from './candidate-conflict';
import { resumeUploadError, useUploadResume } from '../api/upload-resume';

export function ResumeSection({ candidate }: { candidate: CandidateView }) {
  const upload = useUploadResume();
  const queryClient = useQueryClient();
  const update = useUpdateCandidate();
  const [file, setFile] = useState<File | null>(null);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState(candidate.resumeText ?? '');

  const handleUpload = () => {
    if (!file) return;
    upload.mutate(
      { candidateId: candidate.id, file },
      {
        onSuccess: () => {
          setFile(null);
          notifications.show({ color: 'green', message: 'Résumé uploaded and read.' });
        },
      },
    );
  };

  const handleSaveText = () =>
    update.mutate(
      { candidateId: candidate.id, changes: { resumeText: text.trim() || null, version: candidate.version } },
      {
        onSuccess: () => {
          setPasting(false);
          notifications.show({ color: 'green', message: 'Résumé text saved.' });
        },
        onError: (error) => {
          if (!isVersionConflict(error)) return;
          showCandidateConflict(() =>
            queryClient.invalidateQueries({ queryKey: candidateQueryOptions(candidate.id).queryKey }),
          );
        },
      },
    );

  return (
    <Stack gap="sm">
      {candidate.resumeFile && <Text size="sm" c="dimmed">{`Current file: ${candidate.resumeFile.fileName}`}</Text>}
      <Group align="flex-end" gap="xs">
        <FileInput
          label="Upload a résumé"
          description=".pdf, .docx or .txt, up to 5 MB"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          value={file}
          onChange={(value) => {
            setFile(value);
            upload.reset();
          }}
          clearable
          w={320}
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          onClick={handleUpload}
          disabled={!file}
          loading={upload.isPending}
        >
          Upload
        </Button>
        <Button variant="subtle" onClick={() => setPasting((value) => !value)}>
          {pasting ? 'Cancel pasting' : 'Paste text instead'}
        </Button>
      </Group>
      {upload.isError && (
        <Alert color="red" variant="light" role="alert" title="The résumé was not uploaded">
          {resumeUploadError(upload.error)}
        </Alert>
      )}
      {pasting && (
        <Stack gap="xs">
          <Textarea
            label="Résumé text"
            autosize
            minRows={6}
            maxRows={20}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {update.isError && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {errorMessage(update.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={handleSaveText} loading={update.isPending}>
              Save résumé text
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
