import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy, type ValidationArguments } from 'class-validator';

/** A calendar date, or a date-time to the minute, second or millisecond, with an optional offset. */
// eslint-disable-next-line security/detect-unsafe-regex -- nested optionals of fixed-width parts, anchored: at most one way to match
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const INSTANT_MESSAGE = 'must be an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z';

/** The instant a query date names: a date alone is midnight UTC, a date-time without an offset is UTC. */
export function instantOf(value: string): Date {
  return new Date(/T/.test(value) && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value);
}

/** A query parameter naming an instant (see INSTANT). */
export const IsQueryInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: INSTANT_MESSAGE }),
    Matches(INSTANT, { message: INSTANT_MESSAGE }),
  );

/** The `to` of a half-open [from, to) range: later than the object's valid `from`, when both are given. */
export const IsAfterFrom = () =>
  ValidateBy({
    name: 'isAfterFrom',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const from = (args?.object as { from?: unknown } | undefined)?.from;
        if (typeof value !== 'string' || typeof from !== 'string' || !INSTANT.test(from)) return true;
        return instantOf(value).getTime() > instantOf(from).getTime();
      },
      defaultMessage: () => 'must be after from (the range is [from, to))',
    },
  });
