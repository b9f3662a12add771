import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** A UUID path parameter; anything else is a 400 that names the parameter. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new AppError('VALIDATION_FAILED', `${name} must be a UUID`, [{ field: name, message: 'must be a UUID' }]),
    }),
  );
