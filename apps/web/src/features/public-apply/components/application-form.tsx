import { Alert, Button, FileInput, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { PublicJobPosting } from '@shortlist/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useSubmitApplication } from '../api/submit-application';

type Errors = Partial<Record<string, string>>;

function submitErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'ALREADY_APPLIED') return 'You have already applied to this job.';
  if (error instanceof ApiError && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return `Too many applications from your network; try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
  }
  if (error instanceof ApiError && error.status === 413) return 'The résumé is too large (5 MB at most).';
  return errorMessage(error);
}

export function ApplicationForm({ posting, onSubmitted }: { posting: PublicJobPosting; onSubmitted: () => void }) {
  const submit = useSubmitApplication();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [resume, setResume] = useState<File | null>(null);
  const [answers, setAnswers] = useState<Record<string, 'yes' | 'no'>>({});
  const [errors, setErrors] = useState<Errors>({});

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!name.trim()) next.name = 'Enter your name';
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = 'Enter a valid email address';
    for (const question of posting.knockoutQuestions) {
      if (!answers[question.itemId]) next[question.itemId] = 'Answer yes or no';
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    submit.mutate(
      {
        slug: posting.slug,
        name: name.trim(),
        email: email.trim(),
        resume,
        knockoutAnswers: posting.knockoutQuestions.map((q) => ({ itemId: q.itemId, met: answers[q.itemId] === 'yes' })),
      },
      { onSuccess: onSubmitted },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Apply">
      <Stack gap="sm">
        {submit.isError && (
          <Alert color="red" variant="light" role="alert">
            {submitErrorMessage(submit.error)}
          </Alert>
        )}
        <TextInput
          label="Name"
          required
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <FileInput
          label="Résumé (optional)"
          description=".pdf, .docx or .txt, up to 5 MB"
          accept=".pdf,.docx,.txt"
          value={resume}
          onChange={setResume}
          clearable
        />
        {posting.knockoutQuestions.map((question) => (
          <Radio.Group
            key={question.itemId}
            label={question.question}
            required
            value={answers[question.itemId] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.itemId]: value as 'yes' | 'no' }))}
            error={errors[question.itemId]}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Group>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={submit.isPending}>
            Submit application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
