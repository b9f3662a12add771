import fc from 'fast-check';

/** What the fuzz sends as a body: the raw bytes and how they are labelled. */
export interface FuzzBody {
  kind: string;
  payload: string | Buffer | undefined;
  contentType: string | undefined;
  /** The field the mutation touched, when it touched one (e.g. ['items', '0', 'label']). */
  path?: string[];
  /** Set when no route may accept this body (for kinds the JSON mutators do not cover). */
  mustRefuse?: boolean;
  /** Set when the mutation added a key the client must not be able to set. */
  injected?: { path: string[]; key: string; value: unknown };
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys a client must never set by sending them, with values that stand out if they stick. */
export const PRIVILEGED: ReadonlyArray<{ key: string; value: Json }> = [
  { key: 'id', value: '0f0f0f0f-0000-4000-8000-00000000f00d' },
  { key: 'role', value: 'admin' },
  { key: 'version', value: 987_654 },
  { key: 'ownerId', value: '0f0f0f0f-0000-4000-8000-00000000beef' },
  { key: 'hiringManagerId', value: '0f0f0f0f-0000-4000-8000-00000000cafe' },
  { key: 'createdAt', value: '1999-09-09T09:09:09.000Z' },
  { key: 'updatedAt', value: '1999-09-09T09:09:09.000Z' },
  { key: 'createdById', value: '0f0f0f0f-0000-4000-8000-00000000face' },
  { key: 'authorId', value: '0f0f0f0f-0000-4000-8000-00000000a11c' },
  { key: 'passwordHash', value: '$argon2id$v=19$m=1,t=1,p=1$AAAA$AAAA' },
  { key: 'submittedAt', value: '1999-09-09T09:09:09.000Z' },
  { key: 'score', value: 100 },
  { key: 'erasedAt', value: '1999-09-09T09:09:09.000Z' },
  { key: 'isAdmin', value: true },
];

const RAW = '__fuzz_raw_7f3a__';
const RAW_KEY = '__fuzz_raw_key_7f3a__';

/** Lone surrogates, NUL, bidi overrides and other strings that break naive storage or rendering. */
const NASTY_STRINGS = [
  '\ud800',
  'ok\udfffok',
  '\udc00\ud800',
  'a\u0000b',
  '\u0000',
  '\u202eevil',
  '\ufeff',
  "' OR 1=1 --",
  '"; DROP TABLE candidates; --',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '%00%ff',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '🧑🏽‍💻'.repeat(500),
  '   ',
  '',
  'NaN',
  'null',
  'true',
  '1e309',
];

/** JSON number tokens JSON.stringify cannot write but a client can send. */
const RAW_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '9007199254740993',
  '1e-400',
  '0.1e1',
  '123456789012345678901234567890',
  '-2147483649',
];

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** A value of some other type than `current`. */
const wrongTypeOf = (current: unknown): fc.Arbitrary<Json> =>
  fc
    .constantFrom<Json>(null, true, false, 0, -1, 1.5, 2 ** 31, '', 'x', '1', [], [1, 'a'], {}, { a: 1 }, ['x'])
    .filter((value) => typeOfJson(value) !== typeOfJson(current));

const typeOfJson = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every path into a JSON value (root excluded), objects and arrays alike. */
export function pathsOf(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (value === null || typeof value !== 'object' || depth > 8) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [...prefix, key],
    ...pathsOf(child, [...prefix, key], depth + 1),
  ]);
}

/** Paths of every object (root included), where a key can be added. */
function objectPathsOf(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (value === null || typeof value !== 'object' || depth > 8) return [];
  const own = Array.isArray(value) ? [] : [prefix];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, child]) => objectPathsOf(child, [...prefix, key], depth + 1)),
  ];
}

function setAt(root: Json, path: string[], value: Json | undefined): Json {
  const copy = structuredClone(root);
  if (!path.length) return value as Json;
  let node = copy as Record<string, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, Json>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const getAt = (root: unknown, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);

const json = (kind: string, body: Json, extra: Partial<FuzzBody> = {}): FuzzBody => ({
  kind,
  payload: JSON.stringify(body),
  contentType: 'application/json',
  ...extra,
});

/** Replaces the value at `path` with raw JSON text (numbers JSON.stringify cannot write, hostile nesting). */
function withRaw(kind: string, base: Json, path: string[], raw: string): FuzzBody {
  const text = JSON.stringify(setAt(base, path, RAW));
  return { kind, payload: text.replace(`"${RAW}"`, () => raw), contentType: 'application/json', path };
}

/**
 * Mutations of a valid body: wrong types, missing and extra fields (the
 * privileged ones), huge and malformed strings, hostile nesting, broken JSON
 * and the wrong content type.
 */
export function mutationsOf(base: Json): fc.Arbitrary<FuzzBody> {
  const paths = pathsOf(base);
  const objectPaths = objectPathsOf(base);
  const anyPath = paths.length ? fc.constantFrom(...paths) : fc.constant<string[]>([]);
  const text = JSON.stringify(base);
  const options: Array<fc.WeightedArbitrary<FuzzBody>> = [
    { weight: 2, arbitrary: fc.constant(json('valid', base)) },
    {
      weight: 10,
      arbitrary: anyPath.chain((path) =>
        wrongTypeOf(getAt(base, path)).map((value) => json('wrong-type', setAt(base, path, value), { path })),
      ),
    },
    { weight: 6, arbitrary: anyPath.map((path) => json('missing-field', setAt(base, path, undefined), { path })) },
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...(objectPaths.length ? objectPaths : [[]])), fc.constantFrom(...PRIVILEGED))
        .map(([path, { key, value }]) => {
          const target = getAt(base, path);
          const extended =
            target && typeof target === 'object' && !Array.isArray(target)
              ? { ...target, [key]: value }
              : { [key]: value };
          return json('privileged', setAt(base, path, extended as Json), {
            path: [...path, key],
            injected: { path, key, value },
          });
        }),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...(objectPaths.length ? objectPaths : [[]])),
          fc.constantFrom('__proto__', 'constructor'),
        )
        .map(([path, key]) => {
          const raw = key === '__proto__' ? '{"role":"admin","isAdmin":true}' : '{"prototype":{"isAdmin":true}}';
          const target = getAt(base, path);
          const extended =
            target && typeof target === 'object' && !Array.isArray(target) ? { ...target, [RAW_KEY]: RAW } : {};
          const body = JSON.stringify(setAt(base, path, extended as Json))
            .replace(`"${RAW_KEY}"`, JSON.stringify(key))
            .replace(`"${RAW}"`, raw);
          return { kind: 'prototype-key', payload: body, contentType: 'application/json', path: [...path, key] };
        }),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(anyPath, fc.constantFrom(10_001, 100_000, 1_100_000), fc.constantFrom('x', 'é', '🙂'))
        .map(([path, length, unit]) => json('huge-string', setAt(base, path, unit.repeat(length)), { path })),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(anyPath, fc.constantFrom(...NASTY_STRINGS))
        .map(([path, value]) => json('nasty-string', setAt(base, path, value), { path })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...(objectPaths.length ? objectPaths : [[]])),
          fc.constantFrom('\ud800', 'a\udfff', '\u0000'),
        )
        .map(([path, key]) => {
          const target = getAt(base, path);
          const extended =
            target && typeof target === 'object' && !Array.isArray(target) ? { ...target, [key]: 'x' } : { [key]: 'x' };
          return json('nasty-key', setAt(base, path, extended as Json), { path: [...path, key] });
        }),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(anyPath, fc.constantFrom(...RAW_NUMBERS))
        .map(([path, raw]) => withRaw('raw-number', base, path, raw)),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(anyPath, fc.constantFrom(deepArray(6000), deepObject(6000), deepArray(40), deepObject(40)))
        .map(([path, raw]) => withRaw('deep-nesting', base, path, raw)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom<Json>([], [base], 'text', 0, null, true).map((root) => json('wrong-root', root)),
    },
    {
      weight: 5,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '',
            '{',
            '}',
            '{"a":}',
            "{'a':1}",
            '{"a":1,}',
            '[1,]',
            'NaN',
            'undefined',
            '{"a":1}{"b":2}',
            '{"a":"\\ud800"}',
            '{"a":"\\x00"}',
            deepArray(6000),
            deepObject(6000),
            '{"__proto__":{"isAdmin":true}}',
            '{"constructor":{"prototype":{"isAdmin":true}}}',
          ),
          fc.nat({ max: Math.max(text.length - 1, 0) }).map((cut) => text.slice(0, cut)),
          fc
            .tuple(fc.nat({ max: text.length }), fc.constantFrom('"', '{', ']', ',', ':', '\\', '\u0000'))
            .map(([at, ch]) => text.slice(0, at) + ch + text.slice(at)),
        )
        // A cut or an inserted character can still leave valid JSON; only what JSON.parse refuses must be refused.
        .map((payload) => ({
          kind: parses(payload) ? 'reshaped-json' : 'malformed-json',
          payload,
          contentType: 'application/json',
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constant(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]))
        .map((payload): FuzzBody => ({ kind: 'invalid-utf8', payload, contentType: 'application/json' })),
    },
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'multipart/form-data',
          'multipart/form-data; boundary=zzz',
          'text/csv',
          'application/json; charset=utf-16',
          'application/jsonx',
          undefined,
        )
        .map((contentType) => ({ kind: 'content-type', payload: text, contentType })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('', '{}')
        .map((payload): FuzzBody => ({ kind: 'empty', payload, contentType: 'application/json' })),
    },
  ];
  return fc.oneof(...options);
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A short, printable description of a body for failure reports. */
export function describeBody(body: FuzzBody): string {
  const payload =
    body.payload === undefined ? '(none)' : Buffer.isBuffer(body.payload) ? body.payload.toString('hex') : body.payload;
  const shown = payload.length > 400 ? `${payload.slice(0, 400)}… (${payload.length} chars)` : payload;
  return `[${body.kind}${body.path ? ` at ${body.path.join('.')}` : ''}] ${body.contentType ?? '(no content-type)'} ${JSON.stringify(shown)}`;
}
