import {
  type CandidateExport,
  type CandidateImportView,
  type CandidateView,
  ERASED_CANDIDATE_NAME,
  ERASED_TEXT,
  type JobView,
  PERSONAL_DATA_PLACEHOLDER,
  type RetentionPage,
} from '@shortlist/contracts';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditEventRow } from '../src/audit/audit-event.entity';
import { Candidate } from '../src/candidates/candidate.entity';
import { ResumeFile } from '../src/candidates/resume-file.entity';
import { NoteRow } from '../src/scorecards/note.entity';
import { Scorecard } from '../src/scorecards/scorecard.entity';
import { User } from '../src/users/user.entity';
import { createCandidate, makeDocx, openJob, stageIdOf } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import type { Auth } from './jobs-fixtures';

const DAY_MS = 86_400_000;

/** How often `needle` occurs in `haystack`. */
function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * The text as it appears inside base64 of a file that contains it, for each
 * of the three offsets (mod 3) it may start at: the characters that mix in
 * neighbouring bytes are left off at both ends.
 * E.g. offset 1: one unknown byte before, so the first 2 characters mix it in.
 */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const whole = Math.floor((offset + bytes.length) / 3) * 4;
    return encoded.slice([0, 2, 3][offset], whole);
  });
}

describe(`candidate data rights on ${engine()}`, () => {
  let t: TestApp;
  let admin: Auth;
  let recruiter: Auth;
  let manager: Auth;
  let interviewer: Auth;
  let ivanId: string;
  let job: JobView;
  beforeAll(async () => {
    t = await startTestApp();
    [admin, recruiter, manager, interviewer] = await Promise.all(
      [DEMO.admin, DEMO.recruiter, DEMO.manager, DEMO.interviewer].map((email) => signIn(t, email)),
    );
    ivanId = (await t.dataSource.getRepository(User).findOneByOrFail({ email: DEMO.interviewer })).id;
    job = await openJob(t, manager, 'Data Rights Engineer', { redFlagTypes: [{ label: 'Poor communication' }] });
  });
  afterAll(() => t.close());

  const item = (label: string) => job.items.find((i) => i.label === label)!.id;
  const auditRows = () => t.dataSource.getRepository(AuditEventRow).find({ order: { seq: 'ASC' } });
  const candidateRow = (id: string) => t.dataSource.getRepository(Candidate).findOneByOrFail({ id });

  async function finishedImport(id: string): Promise<CandidateImportView> {
    for (let i = 0; i < 300; i += 1) {
      const res = await t.http.get(`/api/candidates/imports/${id}`).set(recruiter).expect(200);
      if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
      await sleep(50);
    }
    throw new Error('the import did not finish');
  }

  /**
   * A candidate with something in every place personal data can reach: the
   * profile (phone, links, tags, pasted résumé), a public application with a
   * Word résumé, a later plain-text résumé upload, a stage move with a note,
   * a submitted scorecard (rating note, red flag evidence, take-aways), a
   * note, and a failed CSV import whose report quotes them.
   */
  async function personWithEverything(person: { name: string; email: string; phone: string }) {
    const created = await createCandidate(t, recruiter, {
      name: person.name,
      email: person.email,
      phone: person.phone,
      tags: ['data-rights'],
      links: [{ label: 'Site', url: `https://example.org/${person.email}` }],
      resumeText: `Pasted résumé of ${person.name} <${person.email}>`,
    });
    const word = makeDocx(`${person.name}, ${person.email}. Five years of SQL and Postgres.`);
    await t.http
      .post(`/api/public/jobs/${job.slug}/applications`)
      .field('name', person.name)
      .field('email', person.email)
      .attach('resume', word, `${person.name}.docx`)
      .expect(201);
    const text = Buffer.from(`${person.name}\nContact: ${person.email} / ${person.phone}\nSQL (PostgreSQL) daily.\n`);
    const uploaded = await t.http
      .post(`/api/candidates/${created.id}/resume`)
      .set(recruiter)
      .attach('file', text, 'resume.txt')
      .expect(200);
    const applicationId: string = uploaded.body.applications[0].applicationId;
    const coding = stageIdOf(job, 'Coding');
    await t.http
      .post(`/api/applications/${applicationId}/moves`)
      .set(recruiter)
      .send({ toStageId: coding, note: `Spoke with ${person.name} on ${person.phone}` })
      .expect(200);
    await t.http
      .post(`/api/applications/${applicationId}/interviewers`)
      .set(recruiter)
      .send({ userId: ivanId, stageId: coding })
      .expect(201);
    const card = (
      await t.http.post(`/api/applications/${applicationId}/scorecards`).set(interviewer).send({ stageId: coding })
    ).body as { id: string };
    await t.http
      .put(`/api/scorecards/${card.id}`)
      .set(interviewer)
      .send({
        version: 1,
        ratings: [
          { itemId: item('Right to work in the EU'), value: 'met' },
          { itemId: item('SQL'), value: 4, note: `${person.name} wrote window functions` },
          { itemId: item('Kubernetes'), value: 2 },
          { itemId: item('Clear written communication'), value: 3 },
        ],
        redFlags: [{ typeId: job.redFlagTypes[0].id, severity: 'note', evidence: `${person.name} mumbled at times` }],
        recommendation: 'yes',
        takeaways: `Follow up with ${person.name} at ${person.email}`,
      })
      .expect(200);
    await t.http.post(`/api/scorecards/${card.id}/submit`).set(interviewer).send({ version: 2 }).expect(200);
    await t.http
      .post(`/api/applications/${applicationId}/notes`)
      .set(recruiter)
      .send({ body: `Called ${person.name} (${person.email}): keen, available in May` })
      .expect(201);
    // A pasted "Name <email>" is not an email address (its report quotes it); the second row names who has it.
    const csv = `name,email\n${person.name},"${person.name} <${person.email}>"\n${person.name},${person.email}\n`;
    const started = await t.http
      .post('/api/candidates/imports')
      .set(recruiter)
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(202);
    const report = await finishedImport(started.body.id);
    expect(report.status).toBe('failed');
    expect(JSON.stringify(report.errors)).toContain(person.email);
    expect(JSON.stringify(report.errors)).toContain(person.name);
    return { candidateId: created.id, applicationId, scorecardId: card.id, importId: started.body.id as string };
  }

  describe('export', () => {
    const person = { name: 'Ottilie Exportwood', email: 'ottilie.exportwood@example.org', phone: '+44 20 7946 0001' };
    let fixture: Awaited<ReturnType<typeof personWithEverything>>;
    beforeAll(async () => {
      fixture = await personWithEverything(person);
    });

    it('gives recruiters and admins one JSON document with everything held, as a download', async () => {
      const before = (await auditRows()).length;
      const res = await t.http.get(`/api/candidates/${fixture.candidateId}/export`).set(recruiter).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="candidate-${fixture.candidateId}.json"`);
      const doc = res.body as CandidateExport;
      expect(doc).toMatchObject({
        format: 'shortlist.candidate-export.v1',
        candidate: {
          id: fixture.candidateId,
          name: person.name,
          email: person.email,
          phone: person.phone,
          tags: ['data-rights'],
          links: [{ label: 'Site', url: `https://example.org/${person.email}` }],
          source: 'sourced',
          erasedAt: null,
        },
        resumeFile: { fileName: 'resume.txt', mimeType: 'text/plain' },
      });
      expect(doc.candidate.resumeText).toContain(`Contact: ${person.email}`);
      expect(Buffer.from(doc.resumeFile!.contentBase64, 'base64').toString('utf8')).toContain(person.email);
      expect(doc.applications).toHaveLength(1);
      const [application] = doc.applications;
      expect(application).toMatchObject({
        id: fixture.applicationId,
        jobTitle: 'Data Rights Engineer',
        stageName: 'Coding assessment',
        status: 'active',
        score: expect.any(Number),
        gates: 'pass',
      });
      expect(application.stageHistory.map((m) => [m.fromStage, m.toStage, m.note])).toEqual([
        [null, 'Applied', 'Applied'],
        ['Applied', 'Coding assessment', `Spoke with ${person.name} on ${person.phone}`],
      ]);
      expect(application.stageHistory[1].actorName).toBe('Riley Recruiter');
      expect(application.screening?.items.some((i) => i.evidence.some((e) => e.text.includes('SQL')))).toBe(true);
      expect(application.scorecards).toEqual([
        expect.objectContaining({
          id: fixture.scorecardId,
          stageName: 'Coding assessment',
          interviewerName: 'Ivan Interviewer',
          status: 'submitted',
          recommendation: 'yes',
          takeaways: `Follow up with ${person.name} at ${person.email}`,
          ratings: expect.arrayContaining([
            { itemId: item('SQL'), itemLabel: 'SQL', value: '4', note: `${person.name} wrote window functions` },
          ]),
          redFlags: [
            {
              typeId: job.redFlagTypes[0].id,
              typeLabel: 'Poor communication',
              severity: 'note',
              evidence: `${person.name} mumbled at times`,
            },
          ],
          revisions: [expect.objectContaining({ revision: 1 })],
        }),
      ]);
      expect(application.notes).toEqual([
        expect.objectContaining({
          authorName: 'Riley Recruiter',
          body: `Called ${person.name} (${person.email}): keen, available in May`,
        }),
      ]);
      expect(application.decisions).toEqual([]);
      expect(doc.imports).toEqual([
        expect.objectContaining({ id: fixture.importId, status: 'failed', errors: expect.any(Array) }),
      ]);
      expect(doc.imports[0].errors).toHaveLength(2);

      // One event, ids only.
      const events = (await auditRows()).slice(before);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'candidate.exported', entityId: fixture.candidateId });
      expect(JSON.stringify(events[0])).not.toContain(person.email);
    });

    it('is for recruiters and admins only', async () => {
      const url = `/api/candidates/${fixture.candidateId}/export`;
      await t.http.get(url).set(admin).expect(200);
      expect((await t.http.get(url).set(manager)).status).toBe(403);
      expect((await t.http.get(url).set(interviewer)).status).toBe(403);
      expect((await t.http.get(url)).status).toBe(401);
      expect((await t.http.get(`/api/candidates/${randomUUID()}/export`).set(admin)).status).toBe(404);
      const bad = await t.http.get('/api/candidates/not-an-id/export').set(admin);
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
    });
  });

  describe('audit of candidate changes', () => {
    it('records one event per change, naming changed personal fields with the placeholder only', async () => {
      const before = (await auditRows()).length;
      const c = await createCandidate(t, recruiter, {
        name: 'Audit Person',
        email: 'audit.person@example.org',
        phone: '+1 555 0100',
      });
      await t.http
        .patch(`/api/candidates/${c.id}`)
        .set(recruiter)
        .send({ version: 1, phone: '+1 555 0199', source: 'referral' })
        .expect(200);
      await t.http
        .post(`/api/candidates/${c.id}/resume`)
        .set(recruiter)
        .attach('file', Buffer.from('Audit Person, audit.person@example.org'), 'cv.txt')
        .expect(200);
      const started = await t.http
        .post('/api/candidates/imports')
        .set(recruiter)
        .set('content-type', 'text/csv')
        .send('name,email\nImported One,imported.one@example.org\nImported Two,imported.two@example.org\n')
        .expect(202);
      expect((await finishedImport(started.body.id)).status).toBe('done');

      // Each poll of the import report is a read of it (`import.viewed`); the changes are the rest.
      const all = (await auditRows()).slice(before);
      expect(all.filter((e) => e.action === 'import.viewed').length).toBeGreaterThanOrEqual(1);
      const events = all.filter((e) => e.action !== 'import.viewed');
      expect(events.map((e) => e.action)).toEqual([
        'candidate.created',
        'candidate.updated',
        'candidate.resume_uploaded',
        'candidates.imported',
      ]);
      const P = PERSONAL_DATA_PLACEHOLDER;
      expect(events[0]).toMatchObject({
        entityType: 'candidate',
        entityId: c.id,
        after: { name: P, email: P, phone: P, source: 'sourced', version: 1 },
      });
      expect(events[1]).toMatchObject({
        before: { phone: P, source: 'sourced', version: 1 },
        after: { phone: P, source: 'referral', version: 2 },
      });
      expect(events[2]).toMatchObject({
        after: { resumeFile: { fileName: P, mimeType: 'text/plain' }, resumeText: P, version: 3 },
      });
      expect(events[3]).toMatchObject({
        entityType: 'import',
        entityId: started.body.id,
        after: { imported: 2, created: 2, updated: 0, applied: 0 },
      });
      const text = JSON.stringify(events);
      for (const personal of ['Audit Person', 'audit.person', '555 01', 'Imported One', 'imported.two']) {
        expect(text).not.toContain(personal);
      }
    });
  });

  describe('erasure', () => {
    const person = {
      name: 'Zephyrine Quillfeather',
      email: 'zephyrine.quillfeather.4271@erasure-test.example',
      phone: '+44 7700 900 427',
    };
    let fixture: Awaited<ReturnType<typeof personWithEverything>>;
    beforeAll(async () => {
      fixture = await personWithEverything(person);
    });

    /** Every place on disk the database keeps bytes: on SQLite the file, its WAL and its shared memory. */
    const databaseBytes = (): Buffer => {
      const file = t.database.file!;
      return Buffer.concat(
        [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
      );
    };

    /** Which text columns of which tables hold any of the needles (case-sensitive), through SQL. */
    async function columnsHolding(needles: string[]): Promise<string[]> {
      const columns: Array<{ table: string; column: string }> =
        engine() === 'postgres'
          ? await t.dataSource.query(
              `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
               WHERE table_schema = current_schema()
                 AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')`,
            )
          : await t.dataSource.query(
              `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
               WHERE m.type = 'table' AND (p.type LIKE '%char%' OR p.type LIKE '%text%' OR p.type LIKE '%clob%')`,
            );
      const found: string[] = [];
      for (const { table, column } of columns) {
        for (const needle of needles) {
          const rows: Array<{ n: number | string }> = await t.dataSource.query(
            engine() === 'postgres'
              ? `SELECT COUNT(*) AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`
              : `SELECT COUNT(*) AS n FROM "${table}" WHERE instr("${column}", ?) > 0`,
            [needle],
          );
          if (Number(rows[0].n) > 0) found.push(`${table}.${column}`);
        }
      }
      return [...new Set(found)].sort();
    }

    /** What the database held just before the erasure, and the audit log's length then. */
    const before: { columns: string[]; storedBase64: string; bytes: Buffer; auditLength: number } = {
      columns: [],
      storedBase64: '',
      bytes: Buffer.alloc(0),
      auditLength: 0,
    };
    // Bytes on disk are checked where the file is ours to read: SQLite (PostgreSQL keeps dead row versions until VACUUM; see ARCHITECTURE).
    const onSqlite = (name: string, check: () => void) => {
      if (engine() === 'sqlite') it(name, check);
    };

    beforeAll(async () => {
      before.columns = await columnsHolding([person.email]);
      const stored = await t.dataSource.getRepository(ResumeFile).findOneByOrFail({ candidateId: fixture.candidateId });
      before.storedBase64 = stored.contentBase64;
      if (engine() === 'sqlite') before.bytes = databaseBytes();
      before.auditLength = (await auditRows()).length;
      await t.http.delete(`/api/candidates/${fixture.candidateId}`).set(admin).expect(204);
    });

    it('held the email before: in its columns, the notes, the scorecard, the import report and the résumé file', () => {
      // So the checks below can fail.
      expect(before.columns).toEqual(
        expect.arrayContaining([
          'candidates.email',
          'candidates.resume_text',
          'application_notes.body',
          'candidate_imports.errors',
          'scorecards.takeaways',
        ]),
      );
      expect(base64Forms(person.email).some((form) => before.storedBase64.includes(form))).toBe(true);
    });

    onSqlite('leaves not one byte of the email in the database file, its WAL or its shared memory', () => {
      const email = Buffer.from(person.email, 'utf8');
      expect(occurrences(before.bytes, email)).toBeGreaterThan(0);
      expect(base64Forms(person.email).some((form) => occurrences(before.bytes, Buffer.from(form)) > 0)).toBe(true);

      const after = databaseBytes();
      expect(occurrences(after, email)).toBe(0);
      expect(occurrences(after, Buffer.from(person.email, 'utf16le'))).toBe(0);
      expect(base64Forms(person.email).map((form) => occurrences(after, Buffer.from(form)))).toEqual([0, 0, 0]);
      expect(occurrences(after, Buffer.from(person.name, 'utf8'))).toBe(0);
      expect(occurrences(after, Buffer.from(person.name, 'utf16le'))).toBe(0);
    });

    it('leaves no text column of any table holding the email (as text or base64), the name or the phone', async () => {
      expect(await columnsHolding([person.email, ...base64Forms(person.email), person.name, person.phone])).toEqual([]);
    });

    it('keeps one PII-free record of the erasure in the audit log, which never held the person', async () => {
      const events = await auditRows();
      expect(events.slice(before.auditLength)).toEqual([
        expect.objectContaining({
          action: 'candidate.erased',
          entityType: 'candidate',
          entityId: fixture.candidateId,
          before: null,
          after: null,
        }),
      ]);
      const log = JSON.stringify(events).toLowerCase();
      expect(log).not.toContain(person.email.toLowerCase());
      expect(log).not.toContain(person.name.toLowerCase());
      expect(log).not.toContain(person.phone);
    });

    it('keeps a tombstone, the application, the scorecard and the note, detached from the person', async () => {
      const res = await t.http.get(`/api/candidates/${fixture.candidateId}`).set(recruiter).expect(200);
      const tombstone = res.body as CandidateView;
      expect(tombstone).toMatchObject({
        id: fixture.candidateId,
        name: ERASED_CANDIDATE_NAME,
        email: `erased-${fixture.candidateId}@erased.invalid`,
        phone: null,
        tags: [],
        links: [],
        resumeText: null,
        resumeFile: null,
        erasedAt: expect.any(String),
        applications: [expect.objectContaining({ applicationId: fixture.applicationId, status: 'active' })],
      });
      const row = await candidateRow(fixture.candidateId);
      expect(row).toMatchObject({ nameKey: '', tagsKey: '||', skillsKey: ' ' });

      const notes = await t.dataSource.getRepository(NoteRow).findBy({ applicationId: fixture.applicationId });
      expect(notes.map((n) => n.body)).toEqual([`Called ${ERASED_TEXT} (${ERASED_TEXT}): keen, available in May`]);
      const card = await t.dataSource.getRepository(Scorecard).findOneByOrFail({ id: fixture.scorecardId });
      expect(card).toMatchObject({ status: 'submitted', takeaways: `Follow up with ${ERASED_TEXT} at ${ERASED_TEXT}` });
      const application = await t.http.get(`/api/applications/${fixture.applicationId}`).set(recruiter).expect(200);
      expect(application.body.candidateName).toBe(ERASED_CANDIDATE_NAME);
      expect(application.body.screening.items.flatMap((i: { evidence: { text: string }[] }) => i.evidence)).toEqual(
        expect.arrayContaining([expect.objectContaining({ text: '' })]),
      );
      const report = await t.http.get(`/api/candidates/imports/${fixture.importId}`).set(recruiter).expect(200);
      expect(report.body.errors).toHaveLength(2);
      expect(JSON.stringify(report.body)).toContain(ERASED_TEXT);
    });

    it('refuses every change to an erased candidate with 409, and lists or finds them nowhere', async () => {
      const id = fixture.candidateId;
      const patch = await t.http.patch(`/api/candidates/${id}`).set(recruiter).send({ version: 1, phone: '1' });
      expect(patch.status).toBe(409);
      expect(patch.body).toMatchObject({ code: 'CANDIDATE_ERASED' });
      const version = (await candidateRow(id)).version;
      expect((await t.http.patch(`/api/candidates/${id}`).set(recruiter).send({ version, phone: '1' })).status).toBe(
        409,
      );
      const upload = await t.http
        .post(`/api/candidates/${id}/resume`)
        .set(recruiter)
        .attach('file', Buffer.from('new text'), 'cv.txt');
      expect(upload.status).toBe(409);
      expect(upload.body.code).toBe('CANDIDATE_ERASED');
      const other = await openJob(t, manager, 'Another Data Rights Job');
      const applied = await t.http.post(`/api/jobs/${other.id}/applications`).set(recruiter).send({ candidateId: id });
      expect(applied.status).toBe(409);
      expect(applied.body.code).toBe('CANDIDATE_ERASED');
      const again = await t.http.delete(`/api/candidates/${id}`).set(admin);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CANDIDATE_ERASED');

      const listed = await t.http.get('/api/candidates?limit=200').set(recruiter).expect(200);
      expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      const searched = await t.http.get('/api/candidates?q=erased').set(recruiter).expect(200);
      expect(searched.body.items).toEqual([]);
    });

    it('frees the email: the person may come back as someone new', async () => {
      const back = await createCandidate(t, recruiter, { name: person.name, email: person.email });
      expect(back.id).not.toBe(fixture.candidateId);
      expect(back.erasedAt).toBeNull();
    });

    it('is for admins only', async () => {
      const c = await createCandidate(t, recruiter, { name: 'Not Yours', email: 'not.yours@example.org' });
      for (const auth of [recruiter, manager, interviewer]) {
        expect((await t.http.delete(`/api/candidates/${c.id}`).set(auth)).status).toBe(403);
        expect(
          (
            await t.http
              .post('/api/candidates/erasures')
              .set(auth)
              .send({ candidateIds: [c.id] })
          ).status,
        ).toBe(403);
      }
      expect((await t.http.delete(`/api/candidates/${c.id}`)).status).toBe(401);
      expect((await t.http.delete(`/api/candidates/${randomUUID()}`).set(admin)).status).toBe(404);
      expect((await candidateRow(c.id)).erasedAt).toBeNull();
    });
  });

  describe('retention', () => {
    const ids: Record<string, string> = {};
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS);

    /** Raw SQL with named parameters, the way the engine wants them (dates included). */
    const sql = (query: string, parameters: Record<string, unknown>) => {
      const [text, values] = t.dataSource.driver.escapeQueryWithParameters(query, parameters);
      return t.dataSource.query(text, values);
    };

    beforeAll(async () => {
      const make = async (key: string) => {
        ids[key] = (
          await createCandidate(t, recruiter, { name: `Retention ${key}`, email: `retention.${key}@example.org` })
        ).id;
      };
      for (const key of ['old', 'older', 'recentNote', 'active', 'fresh', 'erased']) await make(key);
      const rejectedApplication = async (key: string) => {
        const res = await t.http
          .post(`/api/jobs/${job.id}/applications`)
          .set(recruiter)
          .send({ candidateId: ids[key] });
        await t.http
          .post(`/api/applications/${res.body.id}/moves`)
          .set(recruiter)
          .send({ status: 'rejected', reason: 'Not a fit' })
          .expect(200);
        return res.body.id as string;
      };
      const olderApplication = await rejectedApplication('older');
      const noteApplication = await rejectedApplication('recentNote');
      await t.http
        .post(`/api/jobs/${job.id}/applications`)
        .set(recruiter)
        .send({ candidateId: ids.active })
        .expect(201);
      await t.http.delete(`/api/candidates/${ids.erased}`).set(admin).expect(204);
      await t.http
        .post(`/api/applications/${noteApplication}/notes`)
        .set(recruiter)
        .send({ body: 'Still interested' })
        .expect(201);

      // Everything about these people happened long ago…
      const old = ['old', 'older', 'recentNote', 'active', 'erased'].map((key) => ids[key]);
      await sql('UPDATE candidates SET updated_at = :at WHERE id IN (:...ids)', { at: at(500), ids: old });
      await sql('UPDATE candidates SET updated_at = :at WHERE id = :id', { at: at(700), id: ids.older });
      await sql('UPDATE applications SET updated_at = :at, applied_at = :at WHERE candidate_id IN (:...ids)', {
        at: at(600),
        ids: old,
      });
      await sql(
        'UPDATE stage_moves SET at = :at WHERE application_id IN (SELECT id FROM applications WHERE candidate_id IN (:...ids))',
        { at: at(600), ids: old },
      );
      await sql('UPDATE stage_moves SET at = :at WHERE application_id = :id', { at: at(650), id: olderApplication });
      await sql('UPDATE applications SET updated_at = :at WHERE id = :id', { at: at(660), id: olderApplication });
      // …but for one note, written 30 days ago.
      await sql(
        'UPDATE application_notes SET created_at = :at WHERE application_id IN (SELECT id FROM applications WHERE candidate_id IN (:...ids))',
        { at: at(30), ids: old },
      );
    });

    const page = async (query = '', auth = admin) =>
      (await t.http.get(`/api/candidates/retention${query}`).set(auth).expect(200)).body as RetentionPage;

    it('lists exactly the candidates inactive for longer than RETENTION_DAYS with no active application', async () => {
      const listed = await page();
      // "older": profile 700, application 660, latest move 650 days ago; "old": profile 500 days ago, nothing else.
      expect(listed.items.map((c) => c.id)).toEqual([ids.older, ids.old]);
      expect(listed).toMatchObject({ total: 2, retentionDays: 365 });
      expect(Math.round((Date.now() - Date.parse(listed.items[0].lastActivityAt)) / DAY_MS)).toBe(650);
      expect(Math.round((Date.now() - Date.parse(listed.items[1].lastActivityAt)) / DAY_MS)).toBe(500);
      expect(listed.items[0]).toMatchObject({
        name: 'Retention older',
        email: 'retention.older@example.org',
        applicationCount: 1,
      });
      expect(Math.round((Date.now() - Date.parse(listed.inactiveSince)) / DAY_MS)).toBe(365);

      const first = await page('?limit=1');
      expect(first).toMatchObject({ total: 2, items: [{ id: ids.older }] });
      expect((await page('?limit=1&offset=1')).items.map((c) => c.id)).toEqual([ids.old]);
      expect(await page('?offset=5')).toMatchObject({ total: 2, items: [] });
      expect((await page('', recruiter)).total).toBe(2);
    });

    it('is read by admins and recruiters, and validates its paging', async () => {
      expect((await t.http.get('/api/candidates/retention').set(manager)).status).toBe(403);
      expect((await t.http.get('/api/candidates/retention').set(interviewer)).status).toBe(403);
      expect((await t.http.get('/api/candidates/retention')).status).toBe(401);
      const bad = await t.http.get('/api/candidates/retention?limit=0').set(admin);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    });

    it('erases in bulk all or nothing, with one audit event listing the ids', async () => {
      const unknown = randomUUID();
      const refused = await t.http
        .post('/api/candidates/erasures')
        .set(admin)
        .send({ candidateIds: [ids.older, unknown, ids.old] });
      expect(refused.status).toBe(404);
      expect(refused.body.detail).toContain(unknown);
      expect(refused.body.errors).toEqual([{ field: 'candidateIds.1', message: `${unknown} is not a candidate` }]);
      expect((await candidateRow(ids.older)).erasedAt).toBeNull();
      const withErased = await t.http
        .post('/api/candidates/erasures')
        .set(admin)
        .send({ candidateIds: [ids.old, ids.erased] });
      expect(withErased.status).toBe(409);
      expect(withErased.body.detail).toContain(ids.erased);
      expect((await candidateRow(ids.old)).erasedAt).toBeNull();

      for (const [body, field] of [
        [{ candidateIds: [] }, 'candidateIds'],
        [{ candidateIds: ['nope'] }, 'candidateIds'],
        [{ candidateIds: [ids.old, ids.old] }, 'candidateIds'],
        [{}, 'candidateIds'],
        [{ candidateIds: Array.from({ length: 501 }, () => randomUUID()) }, 'candidateIds'],
      ] as const) {
        const res = await t.http.post('/api/candidates/erasures').set(admin).send(body);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }

      const before = (await auditRows()).length;
      const erased = await t.http
        .post('/api/candidates/erasures')
        .set(admin)
        .send({ candidateIds: [ids.older, ids.old] })
        .expect(200);
      expect(erased.body).toMatchObject({ erased: 2, candidateIds: [ids.older, ids.old] });
      const events = (await auditRows()).slice(before);
      expect(events).toEqual([
        expect.objectContaining({
          action: 'candidate.erased',
          entityId: null,
          after: { candidateIds: [ids.older, ids.old] },
        }),
      ]);
      expect(JSON.stringify(events)).not.toContain('Retention');
      for (const key of ['older', 'old']) {
        expect(await candidateRow(ids[key])).toMatchObject({ name: ERASED_CANDIDATE_NAME, erasedAt: expect.any(Date) });
      }
      expect(await page()).toMatchObject({ total: 0, items: [] });
    });
  });
});
