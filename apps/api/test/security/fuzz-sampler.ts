import fc from 'fast-check';
import { type OpenApiLike, resolveSchema, type Schema } from './openapi-checker';

const MAX_DEPTH = 5;

/**
 * A fast-check arbitrary of values that satisfy an OpenAPI schema: the
 * "valid" bodies the mutators start from. Sizes are kept small; the mutators
 * add the huge ones.
 */
export function sampleOf(document: OpenApiLike, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(document, schema);
  const base = plainSampleOf(document, s, depth);
  return s.nullable === true
    ? fc.oneof({ arbitrary: base, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 })
    : base;
}

function plainSampleOf(document: OpenApiLike, s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...(s.enum as unknown[]));
  switch (s.type) {
    case 'string':
      return stringOf(s);
    case 'integer':
    case 'number':
      return fc.integer({
        min: numberOr(s.minimum, 0),
        max: numberOr(s.maximum, Math.max(numberOr(s.minimum, 0), 1000)),
      });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = numberOr(s.minItems, 0);
      const maxLength = Math.max(minLength, Math.min(numberOr(s.maxItems, 3), depth >= MAX_DEPTH ? minLength : 3));
      const items = sampleOf(document, s.items ?? { type: 'string' }, depth + 1);
      return s.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
    default:
      return objectOf(document, s, depth);
  }
}

function objectOf(document: OpenApiLike, s: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required ?? []) as string[]);
  const keys = Object.keys(properties).filter((key) => required.has(key) || depth < MAX_DEPTH);
  if (!keys.length)
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 2 });
  const model = Object.fromEntries(keys.map((key) => [key, sampleOf(document, properties[key], depth + 1)]));
  return fc.record(model, { requiredKeys: keys.filter((key) => required.has(key)) });
}

function stringOf(s: Schema): fc.Arbitrary<string> {
  const minLength = numberOr(s.minLength, 0);
  const maxLength = Math.max(minLength, Math.min(numberOr(s.maxLength, 40), 40));
  switch (s.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= numberOr(s.maxLength, 320));
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    default:
      return fc
        .string({ minLength, maxLength, unit: 'grapheme' })
        .filter((text) => text.length >= minLength && text.length <= maxLength);
  }
}

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
