import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@shortlist/contracts';
import { AppError } from './app-error';
import { inspectBody } from './body-guard';

/** Flattens class-validator's tree into dotted field paths, one message per constraint. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // class-validator prefixes the property name; the field already says it.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * The global pipe: refuses hostile shapes (depth, malformed unicode) before
 * class-transformer sees them, then validates with whitelist and
 * forbidNonWhitelisted, reporting every offending field.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fieldErrors = fieldErrorsOf(errors);
        const fields = [...new Set(fieldErrors.map((e) => e.field))];
        return new AppError('VALIDATION_FAILED', `Invalid value for: ${fields.join(', ')}`, fieldErrors);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problem = inspectBody(value);
      if (problem) throw new AppError('VALIDATION_FAILED', `${problem.field} ${problem.message}`, [problem]);
      if (metadata.type === 'body' && metadata.metatype && !isPlainObject(value)) {
        throw new AppError('VALIDATION_FAILED', 'The request body must be a JSON object', [
          { field: '(body)', message: 'must be a JSON object' },
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
