import { Alert, List, Text } from '@mantine/core';
import type { FieldError } from '@shortlist/contracts';
import { IconAlertCircle } from '@tabler/icons-react';

export interface FormErrorsAlertProps {
  /** How many fields show an error of their own. */
  fieldCount: number;
  /** Errors no field shows. */
  unmatched: FieldError[];
  /** A failure that is not about fields. */
  message?: string | null;
  /** The alert's title when `message` is set. */
  failureTitle?: string;
}

export function FormErrorsAlert({
  fieldCount,
  unmatched,
  message,
  failureTitle = 'Could not save',
}: FormErrorsAlertProps) {
  if (fieldCount === 0 && unmatched.length === 0 && !message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={message ? failureTitle : 'Check the highlighted fields'}
      icon={<IconAlertCircle size={18} aria-hidden />}
    >
      {message && <Text size="sm">{message}</Text>}
      {fieldCount > 0 && (
        <Text size="sm">{`${fieldCount} ${fieldCount === 1 ? 'field needs' : 'fields need'} attention below.`}</Text>
      )}
      {unmatched.length > 0 && (
        <List size="sm" spacing={2} mt={4}>
          {unmatched.map((error) => (
            <List.Item key={`${error.field}:${error.message}`}>{`${error.field}: ${error.message}`}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
