import fc from 'fast-check';
import { type OpenApiLike, resolveSchema, type Schema } from './openapi-checker';
import { PRIVILEGED } from './fuzz-mutators';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema?: unknown;
}

/** A bad value, already encoded for the URL (some are deliberately malformed encodings). */
export interface BadValue {
  kind: string;
  encoded: string;
}

const enc =
  (kind: string) =>
  (value: string): BadValue => ({ kind, encoded: encodeURIComponent(value) });
const raw =
  (kind: string) =>
  (encoded: string): BadValue => ({ kind, encoded });

const COMMON_BAD: fc.Arbitrary<BadValue> = fc.oneof(
  fc
    .constantFrom('', ' ', '0', '-1', '1.5', '1e309', 'NaN', 'Infinity', 'null', 'undefined', 'true', '[]', '{}')
    .map(enc('wrong-type')),
  fc
    .constantFrom("1' OR '1'='1", '1; DROP TABLE jobs', '../../etc/passwd', '<script>', '${7*7}', '\u202e', 'a\u0000b')
    .map(enc('nasty')),
  fc
    .constantFrom('%ED%A0%80', '%ED%BF%BF', '%C3%28', '%FF', '%', '%zz', '%00', '%2e%2e%2f', '%E2%80%AE')
    .map(raw('malformed-encoding')),
  fc.constantFrom(10_001, 100_000).map((n) => enc('huge')('x'.repeat(n))),
  fc
    .string({ maxLength: 60, unit: 'binary' })
    .filter((s) => s.isWellFormed())
    .map(enc('random')),
);

function badFor(document: OpenApiLike, param: Parameter): fc.Arbitrary<BadValue> {
  const s: Schema = resolveSchema(document, param.schema ?? {});
  const specific: BadValue[] = [];
  if (param.in === 'path' || s.format === 'uuid') {
    specific.push(
      ...[
        'not-a-uuid',
        '00000000-0000-0000-0000-000000000000',
        '{8b3e1f2a-0c4d-4e5f-9a6b-7c8d9e0f1a2b}',
        '8b3e1f2a0c4d4e5f9a6b7c8d9e0f1a2b',
        '8b3e1f2a-0c4d-4e5f-9a6b-7c8d9e0f1a2bX',
      ].map(enc('bad-uuid')),
      enc('unknown-uuid')('6a1e6f0e-3c9b-4c47-9a55-0c5d1f0e9b21'),
    );
  }
  if (s.type === 'number' || s.type === 'integer') {
    specific.push(
      ...['-1', '0', '1.5', '1e3', '0x10', '999999999999999999999', '-0', ' 5', '5abc'].map(enc('bad-number')),
    );
  }
  if (s.type === 'boolean') specific.push(...['maybe', '2', 'TRUE', 'yes', 'on', ''].map(enc('bad-boolean')));
  if (Array.isArray(s.enum)) specific.push(...['unknown', 'SCORE', ' score'].map(enc('bad-enum')));
  if (/from|to|date/i.test(param.name)) {
    specific.push(
      ...['2026-13-45', 'yesterday', '99999-01-01', '2026-02-30', '0000-00-00', '2026-01-01T25:00'].map(
        enc('bad-date'),
      ),
    );
  }
  return specific.length ? fc.oneof(fc.constantFrom(...specific), COMMON_BAD) : COMMON_BAD;
}

/** Extra query keys nobody documents, some of them privileged-sounding. */
const EXTRA_QUERY: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PRIVILEGED.map((p) => `${p.key}=${encodeURIComponent(String(p.value))}`)),
  fc.constantFrom('__proto__[isAdmin]=1', 'constructor[prototype][isAdmin]=1', '__proto__=1', 'a[b][c]=1'),
);

export interface ParamCase {
  url: string;
  label: string;
}

/**
 * Cases for one operation: one parameter at a time gets a bad value (or is
 * repeated, or unknown keys are added), the others keep valid ones.
 */
export function paramCases(
  document: OpenApiLike,
  path: string,
  parameters: Parameter[],
  validPath: Record<string, string>,
): fc.Arbitrary<ParamCase> {
  const build = (pathValues: Record<string, string>, query: string[]) => {
    const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name]);
    return query.length ? `${filled}?${query.join('&')}` : filled;
  };
  const valid = Object.fromEntries(Object.entries(validPath).map(([k, v]) => [k, encodeURIComponent(v)]));
  const options: fc.Arbitrary<ParamCase>[] = parameters.map((param) =>
    badFor(document, param).map((bad) => {
      const label = `${param.in} ${param.name} = ${bad.encoded.slice(0, 80)} [${bad.kind}]`;
      return param.in === 'path'
        ? { url: build({ ...valid, [param.name]: bad.encoded }, []), label }
        : { url: build(valid, [`${param.name}=${bad.encoded}`]), label };
    }),
  );
  const query = parameters.filter((p) => p.in === 'query');
  if (query.length) {
    options.push(
      fc
        .constantFrom(...query)
        .map((p) => ({ url: build(valid, [`${p.name}=1`, `${p.name}=2`]), label: `query ${p.name} repeated` })),
    );
  }
  options.push(EXTRA_QUERY.map((extra) => ({ url: build(valid, [extra]), label: `extra query ${extra}` })));
  return fc.oneof(...options);
}
