import { Alert, Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { hasLength, isEmail, useForm } from '@mantine/form';
import {
  isRole,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type CreateUserRequest,
  type CreateUserResponse,
  type Role,
} from '@shortlist/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { splitFieldErrors } from '@/lib/form-errors';
import { useCreateUser } from '../api/create-user';
import { ROLE_OPTIONS } from './role-options';

interface CreateUserValues {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const FIELDS = ['email', 'name', 'role', 'password'] as const;

export interface CreateUserFormProps {
  onCreated: (user: CreateUserResponse) => void;
  onCancel: () => void;
}

export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const form = useForm<CreateUserValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', name: '', role: 'interviewer', password: '' },
    validate: {
      email: isEmail('Enter a valid email address'),
      name: hasLength({ min: 1, max: 200 }, 'Enter a name'),
      password: (value) =>
        value === '' || (value.length >= PASSWORD_MIN_LENGTH && value.length <= PASSWORD_MAX_LENGTH)
          ? null
          : `Use at least ${PASSWORD_MIN_LENGTH} characters, or leave empty to generate one`,
    },
  });
  const createMutation = useCreateUser();
  const generalError = createUserErrorMessage(createMutation.error);

  const handleSubmit = form.onSubmit((values) => {
    const request: CreateUserRequest = {
      email: values.email.trim(),
      name: values.name.trim(),
      role: values.role,
      ...(values.password ? { password: values.password } : {}),
    };
    createMutation.mutate(request, {
      onSuccess: onCreated,
      onError: (error) => form.setErrors(fieldErrorsOf(error)),
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {generalError && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={18} aria-hidden />}>
            {generalError}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          required
          data-autofocus
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          allowDeselect={false}
          required
          key={form.key('role')}
          {...form.getInputProps('role')}
          onChange={(value) => isRole(value) && form.setFieldValue('role', value)}
        />
        <PasswordInput
          label="Password"
          description={`Optional. At least ${PASSWORD_MIN_LENGTH} characters; leave empty and Shortlist generates one.`}
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={createMutation.isPending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function fieldErrorsOf(error: unknown): Partial<Record<(typeof FIELDS)[number], string>> {
  if (error instanceof ApiError && (error.code === 'EMAIL_TAKEN' || error.code === 'DUPLICATE')) {
    return { email: error.detail ?? 'A user with this email already exists' };
  }
  return splitFieldErrors(error, FIELDS).byField;
}

/** The message for the top of the form; undefined when the inputs already show the problem. */
function createUserErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  const shownOnFields =
    error instanceof ApiError &&
    (error.code === 'EMAIL_TAKEN' ||
      error.code === 'DUPLICATE' ||
      (error.code === 'VALIDATION_FAILED' && splitFieldErrors(error, FIELDS).unmatched.length === 0));
  return shownOnFields ? undefined : errorMessage(error);
}
