import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

/** May be left out, but not sent as null (the field has no "none" value). */
export const Optional = () => ValidateIf((_, value) => value !== undefined);

/** May be left out or sent as null (null clears it). */
export const Nullable = () => applyDecorators(IsOptional());

/** A flat object of strings, e.g. anchors: { "1": "…", "2": "…" }. */
export function IsStringRecord(limits: { maxKeys: number; maxLength: number }, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isStringRecord',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= limits.maxKeys &&
          Object.entries(value).every(
            ([key, text]) => key.length <= 20 && typeof text === 'string' && text.length <= limits.maxLength,
          ),
        defaultMessage: () =>
          `must be an object of at most ${limits.maxKeys} strings of at most ${limits.maxLength} characters`,
      },
    },
    options,
  );
}

/** An array of at most maxItems strings of at most maxLength characters each. */
export const IsStringList = (maxItems: number, maxLength: number) =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), MaxLength(maxLength, { each: true }));

// ValidateNested alone lets an array through where an object belongs ([] or [[]] pass, then reach the services).
/** A nested object validated as `type`. */
export const NestedObject = (type: () => new () => object) =>
  applyDecorators(ValidateNested(), Type(type), IsObject({ message: 'must be an object' }));

/** An array of at most maxItems objects, each validated as `type`. */
export const NestedList = (type: () => new () => object, maxItems: number) =>
  applyDecorators(
    ValidateNested({ each: true }),
    Type(type),
    IsObject({ each: true, message: 'must hold objects only' }),
    ArrayMaxSize(maxItems),
    IsArray(),
  );
