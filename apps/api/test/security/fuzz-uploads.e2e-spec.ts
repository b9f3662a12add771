import { RESUME_MAX_BYTES } from '@shortlist/contracts';
import fc from 'fast-check';
import { makeDocx, makePdf } from '../candidates-fixtures';
import { startTestApp, type TestApp } from '../harness';
import { CSV_MAX_BYTES } from '../../src/candidates/candidates.controller';
import type { FuzzBody } from './fuzz-mutators';
import { FUZZ_BODY_RUNS, FUZZ_SEED, FuzzRunner, seedFor } from './fuzz-runner';
import { buildWorld, type FuzzWorld, importSettled } from './fuzz-world';
import { type CatalogRoute, routeCatalog } from './route-catalog';

// Replay: FUZZ_SEED=<seed> [FUZZ_ROUTE='POST /api/candidates/imports'] [FUZZ_CASE=<n>] npx jest <this file> …
const ONLY_ROUTE = process.env.FUZZ_ROUTE;
const ONLY_CASE = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
const BOUNDARY = '----shortlistfuzz7f3a';

interface Part {
  name: string;
  value?: string | Buffer;
  filename?: string;
  type?: string;
}

/** A multipart/form-data body, written by hand so it can also be written wrong. */
function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(head),
      Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value ?? ''),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const form = (kind: string, parts: Part[], mustRefuse = false): FuzzBody => ({
  kind,
  payload: multipart(parts),
  contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  mustRefuse,
});

/** Bodies every upload route must refuse: not a form at all, or a broken one. */
const brokenForms: fc.Arbitrary<FuzzBody> = fc.constantFrom<FuzzBody>(
  { kind: 'json-instead', payload: '{"name":"x"}', contentType: 'application/json', mustRefuse: true },
  { kind: 'text-plain', payload: 'hello', contentType: 'text/plain', mustRefuse: true },
  { kind: 'no-content-type', payload: 'hello', contentType: undefined, mustRefuse: true },
  {
    kind: 'no-boundary',
    payload: multipart([{ name: 'x', value: 'y' }]),
    contentType: 'multipart/form-data',
    mustRefuse: true,
  },
  {
    kind: 'wrong-boundary',
    payload: multipart([{ name: 'x', value: 'y' }], 'other'),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    mustRefuse: true,
  },
  {
    kind: 'truncated',
    payload: multipart([{ name: 'x', value: 'y' }]).subarray(0, 40),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    mustRefuse: true,
  },
  { kind: 'empty', payload: '', contentType: `multipart/form-data; boundary=${BOUNDARY}`, mustRefuse: true },
  form(
    'too-many-parts',
    Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'x' })),
    true,
  ),
  form('huge-field', [{ name: 'name', value: 'x'.repeat(70 * 1024) }], true),
);

const NASTY = [
  '\ud800',
  'a\u0000b',
  '\u202e',
  "'; DROP TABLE candidates; --",
  '=cmd|"/c calc"!A1',
  '../../etc/passwd',
  '🧑🏽‍💻'.repeat(300),
];

const resumeBodies: fc.Arbitrary<FuzzBody> = fc.oneof(
  brokenForms,
  fc.constantFrom('file', 'resume').chain((field) =>
    fc.constantFrom<FuzzBody>(
      form('text-file', [
        { name: field, filename: 'cv.txt', type: 'text/plain', value: 'Five years of TypeScript and SQL.' },
      ]),
      form('pdf', [
        { name: field, filename: 'cv.pdf', type: 'application/pdf', value: makePdf('TypeScript, PostgreSQL') },
      ]),
      form('docx', [{ name: field, filename: 'cv.docx', value: makeDocx('Kubernetes and Go') }]),
      form(
        'png',
        [
          {
            name: field,
            filename: 'cv.png',
            type: 'image/png',
            value: Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'),
          },
        ],
        true,
      ),
      form('damaged-pdf', [{ name: field, filename: 'cv.pdf', value: makePdf('x').subarray(0, 60) }], true),
      form('damaged-docx', [{ name: field, filename: 'cv.docx', value: makeDocx('x').subarray(0, 80) }], true),
      form('empty-file', [{ name: field, filename: 'cv.txt', value: '' }], true),
      form('invalid-utf8', [{ name: field, filename: 'cv.txt', value: Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x41]) }]),
      form(
        'two-files',
        [
          { name: field, filename: 'a.txt', value: 'one' },
          { name: field, filename: 'b.txt', value: 'two' },
        ],
        true,
      ),
      form('oversized', [{ name: field, filename: 'cv.txt', value: Buffer.alloc(RESUME_MAX_BYTES + 1, 'a') }], true),
    ),
  ),
  fc
    .constantFrom(...NASTY)
    .map((name) => form('nasty-filename', [{ name: 'file', filename: name, value: 'TypeScript' }])),
  fc.constant(form('wrong-field', [{ name: 'avatar', filename: 'cv.txt', value: 'x' }], true)),
  fc.constant(form('no-file', [{ name: 'note', value: 'x' }], true)),
);

const rowValue = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 30 }), fc.emailAddress());

const csvBodies: fc.Arbitrary<FuzzBody> = fc.oneof(
  brokenForms,
  fc.array(fc.tuple(rowValue, rowValue), { minLength: 1, maxLength: 5 }).map((rows): FuzzBody => ({
    kind: 'csv-rows',
    payload: ['name,email', ...rows.map(([a, b]) => `"${a.replace(/"/g, '""')}","${b.replace(/"/g, '""')}"`)].join(
      '\n',
    ),
    contentType: 'text/csv',
  })),
  fc.constantFrom<FuzzBody>(
    { kind: 'csv-unterminated-quote', payload: 'name,email\n"Ada,ada@example.com\n', contentType: 'text/csv' },
    { kind: 'csv-no-header', payload: 'Ada,ada@example.com\n', contentType: 'text/csv' },
    { kind: 'csv-wrong-header', payload: 'foo,bar\n1,2\n', contentType: 'text/csv' },
    { kind: 'csv-empty', payload: '', contentType: 'text/csv' },
    { kind: 'csv-bom', payload: '\ufeffname,email\nBo Bom,bo.bom@example.com\n', contentType: 'text/csv' },
    { kind: 'csv-nul', payload: 'name,email\nNul\u0000Name,nul@example.com\n', contentType: 'text/csv' },
    {
      kind: 'csv-invalid-utf8',
      payload: Buffer.from('name,email\n\xff\xfe,bad@example.com\n', 'latin1'),
      contentType: 'text/csv',
    },
    { kind: 'csv-ragged', payload: 'name,email\nA\nB,b@example.com,extra,extra\n', contentType: 'text/csv' },
    { kind: 'csv-formula', payload: 'name,email\n=HYPERLINK("http://x"),f@example.com\n', contentType: 'text/csv' },
    { kind: 'csv-huge-cell', payload: `name,email\n${'x'.repeat(200_000)},h@example.com\n`, contentType: 'text/csv' },
    {
      kind: 'csv-many-columns',
      payload: `${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(',')}\n`,
      contentType: 'text/csv',
    },
    {
      kind: 'csv-as-form',
      payload: multipart([{ name: 'file', filename: 'c.csv', value: 'name,email\nF Orm,f.orm@example.com\n' }]),
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    },
    { kind: 'csv-oversized', payload: Buffer.alloc(CSV_MAX_BYTES + 1, 'a'), contentType: 'text/csv', mustRefuse: true },
  ),
);

const publicBodies = (w: FuzzWorld): fc.Arbitrary<FuzzBody> => {
  const itemId = w.job.items.find((i) => i.category === 'prerequisite')?.id ?? w.job.items[0].id;
  const valid = {
    name: 'Pat Public',
    email: 'pat.public@example.com',
    knockoutAnswers: JSON.stringify([{ itemId, met: true }]),
  };
  const fields = Object.keys(valid) as Array<keyof typeof valid>;
  const withFields = (kind: string, values: Record<string, string>, mustRefuse = false, extra: Part[] = []) =>
    form(kind, [...Object.entries(values).map(([name, value]) => ({ name, value })), ...extra], mustRefuse);
  return fc.oneof(
    brokenForms,
    fc.constant(withFields('valid', valid, false, [{ name: 'resume', filename: 'cv.txt', value: 'TypeScript' }])),
    fc
      .constantFrom(...fields)
      .map((field) =>
        withFields('missing-field', { ...valid, [field]: undefined } as never, field !== 'knockoutAnswers'),
      ),
    fc
      .tuple(
        fc.constantFrom(...fields),
        fc.constantFrom(...NASTY, '', ' ', 'not json', '[{"itemId":1}]', '{}', '[]', 'x'.repeat(5000)),
      )
      .map(([field, value]) => withFields(`bad-${field}`, { ...valid, [field]: value })),
    fc
      .constantFrom('role', 'id', 'source', 'status', '__proto__')
      .map((key) => withFields('extra-field', { ...valid, [key]: 'admin' }, true)),
    fc.constant(
      withFields('damaged-resume', valid, true, [
        { name: 'resume', filename: 'cv.pdf', value: makePdf('x').subarray(0, 50) },
      ]),
    ),
    fc.constant(
      withFields('oversized-resume', valid, true, [
        { name: 'resume', filename: 'cv.txt', value: Buffer.alloc(RESUME_MAX_BYTES + 1, 'a') },
      ]),
    ),
  );
};

describe(`fuzzing the upload routes (seed ${FUZZ_SEED})`, () => {
  let t: TestApp;
  let runner: FuzzRunner;
  let routes: CatalogRoute[];
  let world: FuzzWorld;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = routeCatalog(t.app);
    routes = catalog.routes;
    runner = new FuzzRunner(t, catalog.document, routes);
    world = await buildWorld(t);
  });
  afterAll(async () => {
    runner?.writeStats();
    await t?.close();
  });

  const uploads = () => ({
    'POST /api/candidates/imports': {
      url: `/api/candidates/imports?jobId=${world.job.id}`,
      auth: world.auth.admin,
      bodies: csvBodies,
      writableOn4xx: [] as string[],
    },
    'POST /api/candidates/{id}/resume': {
      url: `/api/candidates/${world.candidateId}/resume`,
      auth: world.auth.admin,
      bodies: resumeBodies,
      writableOn4xx: [],
    },
    'POST /api/public/jobs/{slug}/applications': {
      url: `/api/public/jobs/${world.slug}/applications`,
      auth: {},
      bodies: publicBodies(world),
      // Every attempt is counted before the form is read, so refused ones count toward the rate limit.
      writableOn4xx: ['public_application_attempts'],
    },
  });

  it('covers every route that declares an upload content type', () => {
    const declared = routes
      .filter((r) => /multipart|csv/.test(JSON.stringify(r.operation.requestBody ?? {})))
      .map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(declared.sort()).toEqual(Object.keys(uploads()).sort());
  });

  it.each(
    [
      'POST /api/candidates/imports',
      'POST /api/candidates/{id}/resume',
      'POST /api/public/jobs/{slug}/applications',
    ].filter((key) => !ONLY_ROUTE || key === ONLY_ROUTE),
  )(
    '%s: malformed, mislabelled and oversized uploads are refused cleanly',
    async (key) => {
      const route = routes.find((r) => `${r.method.toUpperCase()} ${r.path}` === key)!;
      const target = uploads()[key as keyof ReturnType<typeof uploads>];
      const seed = seedFor(route, 'uploads');
      // Uploads are heavier than JSON bodies: a fifth as many.
      const cases = fc.sample(target.bodies, { seed, numRuns: Math.ceil(FUZZ_BODY_RUNS / 5) });
      const before = runner.failures.length;
      for (const [run, body] of cases.entries()) {
        if (ONLY_CASE !== undefined && run !== ONLY_CASE) continue;
        const answer = await runner.exercise(
          route,
          { url: target.url, headers: target.auth, body, remoteAddress: runner.nextAddress() },
          { seed, run, writableOn4xx: target.writableOn4xx },
        );
        if (answer.status === 202) await importSettled(t, world.auth.admin, JSON.parse(answer.body).id);
      }
      const failures = runner.failures.slice(before);
      if (failures.length)
        throw new Error(`${failures.length} failing cases on ${key}:\n\n${FuzzRunner.report(failures)}`);
    },
    300_000,
  );
});
