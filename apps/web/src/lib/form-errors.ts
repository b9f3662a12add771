import type { FieldError } from '@shortlist/contracts';
import { ApiError } from './api-client';

export interface SplitFieldErrors<F extends string> {
  /** First message per form field, ready for `form.setErrors`. */
  byField: Partial<Record<F, string>>;
  /** Errors about fields the form does not show; display them as a general message. */
  unmatched: FieldError[];
}

/** Maps a 400 VALIDATION_FAILED problem's field errors onto the fields a form has. */
export function splitFieldErrors<F extends string>(error: unknown, fields: readonly F[]): SplitFieldErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  const unmatched: FieldError[] = [];
  if (!(error instanceof ApiError)) return { byField, unmatched };

  for (const fieldError of error.fieldErrors) {
    const field = fields.find((name) => name === fieldError.field);
    if (!field) unmatched.push(fieldError);
    else byField[field] ??= fieldError.message;
  }
  return { byField, unmatched };
}
