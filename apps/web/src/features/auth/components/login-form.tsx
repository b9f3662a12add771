import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import type { LoginRequest } from '@shortlist/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { useLogin } from '@/lib/auth';
import { splitFieldErrors } from '@/lib/form-errors';

const FIELDS = ['email', 'password'] as const;

/** What to tell the user about a failed sign-in; undefined when the inputs already say it. */
export function loginErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return errorMessage(error);
  if (error.code === 'INVALID_CREDENTIALS') return 'Invalid email or password';
  if (error.status === 429) return tooManyAttemptsMessage(error);
  if (error.code === 'VALIDATION_FAILED' && splitFieldErrors(error, FIELDS).unmatched.length === 0) {
    return undefined;
  }
  return errorMessage(error);
}

function tooManyAttemptsMessage(error: ApiError): string {
  // Prefer the Retry-After header; fall back to a number of minutes stated in the detail.
  const minutes =
    error.retryAfterSeconds !== undefined
      ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
      : Number(error.detail?.match(/(\d+)\s*min/i)?.[1] ?? NaN);
  if (!(minutes > 0)) return 'Too many attempts, try again in a few minutes';
  return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function LoginForm() {
  const form = useForm<LoginRequest>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail('Enter a valid email address'),
      password: isNotEmpty('Enter your password'),
    },
  });
  const loginMutation = useLogin();
  const message = loginErrorMessage(loginMutation.error);

  const handleSubmit = form.onSubmit((values) =>
    loginMutation.mutate(
      { email: values.email.trim(), password: values.password },
      { onError: (error) => form.setErrors(splitFieldErrors(error, FIELDS).byField) },
    ),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {message && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} aria-hidden />}>
            {message}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loginMutation.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
