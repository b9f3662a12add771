import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@shortlist/contracts';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { splitFieldErrors } from '@/lib/form-errors';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** What to say above the form about a failure the inputs do not already show; undefined when they do. */
export function changePasswordErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError && error.status === 429) return 'Too many wrong passwords; try again later';
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    const { unmatched } = splitFieldErrors(error, FIELDS);
    if (unmatched.length === 0) return undefined;
  }
  return errorMessage(error);
}

export function ChangePasswordForm() {
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: isNotEmpty('Enter your current password'),
      newPassword: hasLength(
        { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
        `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
      ),
      confirmPassword: (value, values) => (value === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const mutation = useChangePassword();
  const message = changePasswordErrorMessage(mutation.error);

  const handleSubmit = form.onSubmit(({ currentPassword, newPassword }) =>
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => form.setErrors(splitFieldErrors(error, FIELDS).byField),
      },
    ),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={420}>
        {message && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} aria-hidden />}>
            {message}
          </Alert>
        )}
        {mutation.isSuccess && (
          <Alert color="green" variant="light" role="status" icon={<IconCircleCheck size={18} aria-hidden />}>
            Password changed. You stay signed in here; every other session has been signed out.
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters; not your email, nor a common password.`}
          autoComplete="new-password"
          required
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Repeat the new password"
          autoComplete="new-password"
          required
          key={form.key('confirmPassword')}
          {...form.getInputProps('confirmPassword')}
        />
        <Text size="sm" c="dimmed">
          Changing it signs you out everywhere else.
        </Text>
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}
