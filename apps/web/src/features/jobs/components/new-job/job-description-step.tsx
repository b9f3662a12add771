import { Alert, Button, FileButton, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import type { JobTemplate } from '@shortlist/contracts';
import { IconAlertCircle, IconFileUpload, IconWand } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useParseJobDescription } from '../../api/parse-job-description';
import { MAX_DESCRIPTION_CHARS, readTextFile } from './read-text-file';

export interface JobDescriptionStepProps {
  text: string;
  onTextChange: (text: string) => void;
  onParsed: (template: JobTemplate) => void;
  /** A reviewed draft exists, which parsing again replaces. */
  hasDraft: boolean;
}

export function JobDescriptionStep({ text, onTextChange, onParsed, hasDraft }: JobDescriptionStepProps) {
  const parseMutation = useParseJobDescription();
  const [textError, setTextError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const resetFileRef = useRef<() => void>(null);

  const handleFile = async (file: File | null) => {
    // Cleared so that choosing the same file again still reports a change.
    resetFileRef.current?.();
    if (!file) return;
    const result = await readTextFile(file);
    if (!result.ok) {
      setFileError(result.message);
      return;
    }
    setFileError(null);
    setTextError(null);
    onTextChange(result.text);
  };

  const handleParse = () => {
    if (!text.trim()) {
      setTextError('Paste a job description, or upload a .txt file');
      return;
    }
    if (text.length > MAX_DESCRIPTION_CHARS) {
      setTextError('This text is longer than 1,000,000 characters. Paste only the job description.');
      return;
    }
    setTextError(null);
    parseMutation.mutate(text, { onSuccess: onParsed });
  };

  return (
    <Stack gap="md">
      <Textarea
        label="Job description"
        description="Paste the whole page: title, responsibilities, qualifications, skills, FAQ. Shortlist drafts the checklist, interview plan and red flags from it for you to review."
        autosize
        minRows={12}
        maxRows={24}
        value={text}
        onChange={(event) => {
          onTextChange(event.currentTarget.value);
          setTextError(null);
        }}
        error={textError}
        required
      />
      {fileError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title="Could not use this file"
          icon={<IconAlertCircle size={18} aria-hidden />}
        >
          {fileError}
        </Alert>
      )}
      {parseMutation.isError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title="Could not read the job description"
          icon={<IconAlertCircle size={18} aria-hidden />}
        >
          {errorMessage(parseMutation.error)}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <FileButton onChange={(file) => void handleFile(file)} accept=".txt,text/plain" resetRef={resetFileRef}>
          {(props) => (
            <Button variant="default" leftSection={<IconFileUpload size={16} aria-hidden />} {...props}>
              Upload .txt
            </Button>
          )}
        </FileButton>
        <Group gap="sm">
          {parseMutation.isPending && (
            <Group gap="xs" role="status">
              <Loader size="sm" aria-hidden />
              <Text size="sm">Reading the job description…</Text>
            </Group>
          )}
          {hasDraft && !parseMutation.isPending && (
            <Text size="sm" c="dimmed">
              Parsing again replaces the draft you reviewed.
            </Text>
          )}
          <Button
            leftSection={<IconWand size={16} aria-hidden />}
            loading={parseMutation.isPending}
            onClick={handleParse}
          >
            Parse
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
