import type { CandidateView, CreateCandidateRequest, JobView } from '@shortlist/contracts';
import { crc32 } from 'node:zlib';
import type { TestApp } from './harness';
import { type Auth, createJob, scratchJob } from './jobs-fixtures';

/** A one-page PDF whose only text object shows `text` (Helvetica), with a correct xref table. */
export function makePdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A zip of stored (uncompressed) entries: enough for a DOCX. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The smallest Word document mammoth reads: one paragraph of text. */
export function makeDocx(text: string): Buffer {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

export async function createCandidate(t: TestApp, auth: Auth, body: CreateCandidateRequest): Promise<CandidateView> {
  const res = await t.http.post('/api/candidates').set(auth).send(body);
  if (res.status !== 201) throw new Error(`POST /api/candidates answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * An open job with a must-have prerequisite, a hard skill screened by
 * keywords (SQL, with the synonyms: Postgres counts) and the default plan.
 */
export async function openJob(
  t: TestApp,
  auth: Auth,
  title = 'Backend Engineer',
  extra: Record<string, unknown> = {},
): Promise<JobView> {
  const job = await createJob(t, auth, {
    ...scratchJob(title, [
      { category: 'prerequisite', label: 'Right to work in the EU', mustHave: true },
      { category: 'hard_skill', label: 'SQL', keywords: ['SQL'] },
      { category: 'hard_skill', label: 'Kubernetes', keywords: ['Kubernetes'] },
      { category: 'soft_skill', label: 'Clear written communication' },
    ]),
    ...extra,
  });
  const res = await t.http.patch(`/api/jobs/${job.id}`).set(auth).send({ version: job.version, status: 'open' });
  if (res.status !== 200) throw new Error(`opening the job answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function apply(
  t: TestApp,
  auth: Auth,
  jobId: string,
  body: { candidateId: string; knockoutAnswers?: { itemId: string; met: boolean }[] },
) {
  const res = await t.http.post(`/api/jobs/${jobId}/applications`).set(auth).send(body);
  if (res.status !== 201) throw new Error(`apply answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export const stageIdOf = (job: JobView, name: string): string => {
  const stage = job.stages.find((s) => s.name.toLowerCase().startsWith(name.toLowerCase()));
  if (!stage) throw new Error(`no stage ${name} in ${job.stages.map((s) => s.name).join(', ')}`);
  return stage.id;
};
