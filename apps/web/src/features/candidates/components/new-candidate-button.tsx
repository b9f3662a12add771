import { Alert, Anchor, Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CANDIDATE_SOURCES, type CandidateSource } from '@shortlist/contracts';
import { IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { candidateHref } from '@/config/paths';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useCreateCandidate } from '../api/create-candidate';
import { SOURCE_LABELS } from '../utils/labels';

const SOURCE_OPTIONS = CANDIDATE_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));

export function NewCandidateButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
        New candidate
      </Button>
      {opened && <NewCandidateModal onClose={close} />}
    </>
  );
}

function NewCandidateModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCandidate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [source, setSource] = useState<CandidateSource>('sourced');
  const [tags, setTags] = useState<string[]>([]);
  const [resumeText, setResumeText] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});

  const fieldError = (field: string) =>
    create.error instanceof ApiError ? create.error.fieldErrors.find((e) => e.field === field)?.message : undefined;
  const emailTaken = create.error instanceof ApiError && create.error.code === 'CANDIDATE_EMAIL_TAKEN';
  const existingId =
    emailTaken && create.error instanceof ApiError ? create.error.problem?.existingCandidateId : undefined;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: name.trim() ? undefined : 'Enter the candidate’s name',
      email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : 'Enter a valid email address',
    };
    setErrors(next);
    if (next.name || next.email) return;
    create.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        phone: phone.trim() || null,
        source,
        tags,
        resumeText: resumeText.trim() || null,
      },
      {
        onSuccess: (candidate) => {
          notifications.show({ color: 'green', message: `${candidate.name} added.` });
          onClose();
          void navigate(candidateHref(candidate.id));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="New candidate" size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {create.isError && (
            <Alert color="red" variant="light" role="alert" title="The candidate was not added">
              {errorMessage(create.error)}
              {existingId && (
                <>
                  {' '}
                  <Anchor component={Link} to={candidateHref(existingId)} onClick={onClose}>
                    Open the existing candidate
                  </Anchor>
                </>
              )}
            </Alert>
          )}
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name ?? fieldError('name')}
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email ?? fieldError('email')}
          />
          <Group grow>
            <TextInput label="Phone" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
            <Select
              label="Source"
              data={SOURCE_OPTIONS}
              value={source}
              onChange={(value) => value && setSource(value as CandidateSource)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
          </Group>
          <TagsInput label="Tags" value={tags} onChange={setTags} comboboxProps={{ withinPortal: false }} />
          <Textarea
            label="Résumé text"
            description="Optional: paste the résumé; you can also upload a file on the candidate's page."
            autosize
            minRows={4}
            maxRows={12}
            value={resumeText}
            onChange={(e) => setResumeText(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add candidate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
