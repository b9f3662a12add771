import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CandidateListItem,
  type CandidatePage,
  type CandidateSearch,
  type CandidateSource,
  type CandidateView,
  type CreateCandidateRequest,
  PERSONAL_DATA_PLACEHOLDER,
  RESUME_MAX_BYTES,
  type UpdateCandidateRequest,
} from '@shortlist/contracts';
import { detectResumeType, SYNONYMS } from '@shortlist/screening';
import { DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';
import { Application } from '../applications/application.entity';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../common/app-error';
import { formatBytes, type UploadedFile } from '../common/uploads';
import { TransactionRunner } from '../database/transaction-runner';
import { ScreeningService } from '../screening/screening.service';
import { Candidate } from './candidate.entity';
import { candidateKeys, cleanTags, escapeLike, normalizeCandidateEmail, skillTerms } from './candidate-keys';
import {
  globPrefix,
  likePatterns,
  nameOrEmailMatch,
  resumeMatch,
  skillMatch,
  tagLike,
  tagNamesMatch,
  tagWordsMatch,
  type TextTerms,
  textTerms,
} from './candidate-search';
import { candidateApplicationsQuery, toCandidateView } from './candidate-view';
import { candidateErased } from './candidates.errors';
import { ResumeFile } from './resume-file.entity';
import { extractResumeText, tidyResumeText } from './resume-text';

export const emailTaken = (existing: Pick<Candidate, 'id' | 'name'>) =>
  new AppError(
    'CANDIDATE_EMAIL_TAKEN',
    `A candidate with this email already exists: ${existing.name}`,
    [{ field: 'email', message: 'belongs to another candidate' }],
    undefined,
    { existingCandidateId: existing.id },
  );

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'The candidate was changed by someone else; reload and apply your edit again');

/** The fields that hold a candidate's personal data: the audit log records that they changed, never their values. */
const PERSONAL_FIELDS = ['name', 'email', 'phone', 'tags', 'links', 'resumeText'] as const;
type AuditedFields = Pick<Candidate, (typeof PERSONAL_FIELDS)[number] | 'source'>;

/** Each field as the audit log may hold it: the placeholder for a personal value, the value otherwise. */
function audited(fields: Partial<AuditedFields>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      (PERSONAL_FIELDS as readonly string[]).includes(key) ? PERSONAL_DATA_PLACEHOLDER : value,
    ]),
  );
}

/** The fields that differ between two versions of a candidate, for before/after. */
function changedFields(before: AuditedFields, after: AuditedFields): Array<keyof AuditedFields> {
  return (Object.keys(after) as Array<keyof AuditedFields>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

const pick = (fields: AuditedFields, keys: Array<keyof AuditedFields>): Partial<AuditedFields> =>
  Object.fromEntries(keys.map((key) => [key, fields[key]]));

/** Whether a field holds anything (a created candidate's audit event names only the fields given). */
const isGiven = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

interface Page {
  limit: number;
  offset: number;
}

/** Up to this many matches a page is sorted from their rows; past it, read in order from the name index. */
const SORT_AT_MOST = 500;

interface SqlPart {
  sql: string;
  params: unknown[];
}

const wordsPart = (match: string): SqlPart => ({
  sql: 'SELECT rowid FROM candidate_search_words WHERE candidate_search_words MATCH ?',
  params: [match],
});

const namesPart = (match: string): SqlPart => ({
  sql: 'SELECT rowid FROM candidate_search_names WHERE candidate_search_names MATCH ?',
  params: [match],
});

/**
 * Name or email: by trigrams, or for 1–2 characters by prefix (GLOB reads the
 * name and email indexes). They find few rows, so the tag is read from those
 * rows (cheaper than the trigrams of `|tag|` in the index).
 */
function nameOrEmailPart(terms: TextTerms, tag: string | undefined): SqlPart {
  const tagCheck = tag ? ` AND c.tags_key LIKE ? ESCAPE '\\'` : '';
  const tagParams = tag ? [tagLike(tag)] : [];
  return terms.short
    ? {
        sql: `SELECT c.rowid FROM candidates c WHERE c.erased_at IS NULL AND (c.name_key GLOB ? OR c.email GLOB ?)${tagCheck}`,
        params: [globPrefix(terms.text), globPrefix(terms.text), ...tagParams],
      }
    : {
        sql: `SELECT n.rowid FROM candidate_search_names n INNER JOIN candidates c ON c.rowid = n.rowid
              WHERE n.candidate_search_names MATCH ?${tagCheck}`,
        params: [nameOrEmailMatch(terms), ...tagParams],
      };
}

/** The rowids in both lists; `among` null means no restriction. */
function intersect(ids: number[], among: number[] | null): number[] {
  if (!among) return ids;
  const kept = new Set(among);
  return ids.filter((id) => kept.has(id));
}

/** A résumé read from an upload: its type from the bytes, its text extracted. */
export interface ReadResume {
  file: UploadedFile;
  mimeType: ResumeFile['mimeType'];
  text: string;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
  ) {}

  /** The first page of the matches by name, with application counts, and how many match in all. */
  async search(search: CandidateSearch): Promise<CandidatePage> {
    const page = { limit: search.limit ?? 50, offset: search.offset ?? 0 };
    return this.dataSource.options.type === 'postgres'
      ? this.searchPostgres(search, page)
      : this.searchSqlite(search, page);
  }

  /** One query: the page, its application counts (correlated subquery) and the total (window). */
  private async searchPostgres(search: CandidateSearch, page: Page): Promise<CandidatePage> {
    const query = this.pageQuery(this.likeFiltered(search), page).addSelect('COUNT(*) OVER ()', 'total_count');
    const { items, raw } = await this.listItems(query);
    // Past the last page the window has no row to carry the total; only then does a count run.
    const total = raw.length
      ? Number(raw[0].total_count)
      : page.offset
        ? await this.likeFiltered(search).getCount()
        : 0;
    return { items, total };
  }

  /**
   * The matches' rowids from the FTS5 tables (a few ms however many
   * candidates there are), then the page: few matches are looked up and
   * sorted; many are kept while walking the name index, which stops at the
   * page's end instead of sorting them all.
   */
  private async searchSqlite(search: CandidateSearch, page: Page): Promise<CandidatePage> {
    const ids = await this.matchingRowids(search);
    const total = ids ? ids.length : await this.dataSource.getRepository(Candidate).countBy({ erasedAt: IsNull() });
    if (total === 0 || page.offset >= total) return { items: [], total };
    const query = this.dataSource.getRepository(Candidate).createQueryBuilder('c');
    if (!ids) query.where('c.erased_at IS NULL');
    else if (ids.length <= SORT_AT_MOST) query.where('c.rowid IN (SELECT value FROM json_each(:ids))');
    // The unary + keeps SQLite from looking the rowids up, so it walks IDX_candidates_name_key.
    else query.where('c.erased_at IS NULL AND +c.rowid IN (SELECT value FROM json_each(:ids))');
    const { items } = await this.listItems(this.pageQuery(query.setParameter('ids', JSON.stringify(ids)), page));
    return { items, total };
  }

  /** Rowids of the candidates that match (each once); null when nothing filters. */
  private async matchingRowids(search: CandidateSearch): Promise<number[] | null> {
    const terms = textTerms(search.q ?? '');
    const tag = search.tag?.trim() ? search.tag : undefined;
    const skill = search.skill === undefined ? undefined : skillTerms(search.skill, SYNONYMS);
    if (skill?.length === 0) return [];
    const tagWords = tag ? tagWordsMatch(tag) : null;
    // What the words table filters itself; an inexact tag is checked exactly afterwards.
    const wordFilters = [tagWords, skill ? skillMatch(skill) : null].filter((f): f is string => f !== null);
    const exactTag = tag && !tagWords ? await this.rowids(namesPart(tagNamesMatch(tag))) : null;
    if (!terms) {
      if (!wordFilters.length) return exactTag;
      return intersect(await this.rowids(wordsPart(wordFilters.join(' AND '))), exactTag);
    }
    const resume = resumeMatch(terms);
    const byResume = resume ? wordsPart([resume, ...wordFilters].join(' AND ')) : null;
    const byNameOrEmail = nameOrEmailPart(terms, tag);
    if (skill) {
      const named = intersect(await this.rowids(byNameOrEmail), await this.rowids(wordsPart(skillMatch(skill))));
      const resumed = byResume ? await this.rowids(byResume) : [];
      return intersect([...new Set([...resumed, ...named])], exactTag);
    }
    // One statement, so the serializer and the driver are passed once.
    const either = byResume
      ? { sql: `${byResume.sql} UNION ${byNameOrEmail.sql}`, params: [...byResume.params, ...byNameOrEmail.params] }
      : byNameOrEmail;
    return intersect(await this.rowids(either), exactTag);
  }

  private async rowids(part: SqlPart): Promise<number[]> {
    const rows: Array<{ rowid: number }> = await this.dataSource.query(part.sql, part.params);
    return rows.map((row) => row.rowid);
  }

  private pageQuery(query: SelectQueryBuilder<Candidate>, page: Page) {
    return query
      .select(['c.id', 'c.name', 'c.email', 'c.source', 'c.tags', 'c.updatedAt'])
      .addSelect('(SELECT COUNT(*) FROM applications a WHERE a.candidate_id = c.id)', 'application_count')
      .orderBy('c.name_key', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.limit)
      .offset(page.offset);
  }

  private async listItems(query: SelectQueryBuilder<Candidate>) {
    const { entities, raw } = await query.getRawAndEntities<{
      c_id: string;
      application_count: string | number;
      total_count?: string | number;
    }>();
    const counts = new Map(raw.map((row) => [row.c_id, Number(row.application_count)]));
    const items: CandidateListItem[] = entities.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      source: c.source,
      tags: c.tags,
      applicationCount: counts.get(c.id) ?? 0,
      updatedAt: c.updatedAt.toISOString(),
    }));
    return { items, raw };
  }

  /** PostgreSQL: the patterns of candidate-search.ts with LIKE on the key columns (pg_trgm indexes). */
  private likeFiltered(search: CandidateSearch) {
    // An erased candidate is a tombstone: reachable by id, never listed or found.
    const query = this.dataSource.getRepository(Candidate).createQueryBuilder('c').where('c.erased_at IS NULL');
    const terms = textTerms(search.q ?? '');
    if (terms) {
      const like = likePatterns(terms);
      query.andWhere(
        `(c.name_key LIKE :nameOrEmail ESCAPE '\\' OR c.email LIKE :nameOrEmail ESCAPE '\\'${like.resume ? ` OR c.skills_key LIKE :resume ESCAPE '\\'` : ''})`,
        like,
      );
    }
    if (search.tag?.trim()) query.andWhere(`c.tags_key LIKE :tag ESCAPE '\\'`, { tag: tagLike(search.tag) });
    if (search.skill !== undefined) {
      const terms = skillTerms(search.skill, SYNONYMS);
      if (terms.length === 0) query.andWhere('1 = 0');
      else {
        const params = Object.fromEntries(terms.map((term, i) => [`skill${i}`, `% ${escapeLike(term)} %`]));
        query.andWhere(`(${terms.map((_, i) => `c.skills_key LIKE :skill${i} ESCAPE '\\'`).join(' OR ')})`, params);
      }
    }
    return query;
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<CandidateView> {
    const candidate = await m.findOneBy(Candidate, { id });
    if (!candidate) throw notFound('Candidate');
    const file = await m.findOne(ResumeFile, {
      where: { candidateId: id },
      select: { id: true, fileName: true, mimeType: true, sizeBytes: true, uploadedAt: true },
    });
    const applications = await candidateApplicationsQuery(m, id);
    return toCandidateView(candidate, file, applications);
  }

  async create(
    request: CreateCandidateRequest,
    options: { actorId?: string | null; source?: CandidateSource } = {},
  ): Promise<CandidateView> {
    return this.tx.run(async (m) => {
      const candidate = await this.insert(m, request, options.source ?? 'sourced');
      const view = await this.get(candidate.id, m);
      const given = pick(
        candidate,
        PERSONAL_FIELDS.filter((key) => isGiven(candidate[key])),
      );
      await this.audit.record(m, {
        actorId: options.actorId ?? null,
        action: 'candidate.created',
        entityType: 'candidate',
        entityId: candidate.id,
        after: { ...audited(given), source: candidate.source, version: candidate.version },
      });
      return view;
    });
  }

  /** Inserts a candidate in the caller's transaction; a taken email is a 409 naming who has it. */
  async insert(m: EntityManager, request: CreateCandidateRequest, source: CandidateSource): Promise<Candidate> {
    const email = normalizeCandidateEmail(request.email);
    const existing = await m.findOne(Candidate, { where: { email }, select: { id: true, name: true } });
    if (existing) throw emailTaken(existing);
    const tags = cleanTags(request.tags ?? []);
    const resumeText = request.resumeText ? tidyResumeText(request.resumeText) || null : null;
    const candidate = m.create(Candidate, {
      name: request.name.trim(),
      email,
      phone: request.phone?.trim() || null,
      source: request.source ?? source,
      tags,
      links: request.links ?? [],
      resumeText,
      ...candidateKeys({ name: request.name, tags, resumeText }),
      version: 1,
    });
    await m.insert(Candidate, candidate);
    return candidate;
  }

  /** Optimistic lock as for jobs: a conditional UPDATE on the version, then the edit, in one transaction. */
  async update(id: string, request: UpdateCandidateRequest, actorId: string | null = null): Promise<CandidateView> {
    return this.tx.run(async (m) => {
      const current = await m.findOneBy(Candidate, { id });
      if (!current) throw notFound('Candidate');
      if (current.erasedAt) throw candidateErased(id);
      if (current.version !== request.version) throw versionConflict();
      const email = request.email === undefined ? current.email : normalizeCandidateEmail(request.email);
      if (email !== current.email) {
        const other = await m.findOne(Candidate, { where: { email }, select: { id: true, name: true } });
        if (other) throw emailTaken(other);
      }
      const next = {
        name: request.name?.trim() ?? current.name,
        email,
        phone: request.phone === undefined ? current.phone : request.phone?.trim() || null,
        source: request.source ?? current.source,
        tags: request.tags === undefined ? current.tags : cleanTags(request.tags),
        links: request.links ?? current.links,
        resumeText:
          request.resumeText === undefined
            ? current.resumeText
            : request.resumeText
              ? tidyResumeText(request.resumeText) || null
              : null,
      };
      const bumped = await m
        .createQueryBuilder()
        .update(Candidate)
        .set({ ...next, ...candidateKeys(next), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: request.version })
        .execute();
      if (bumped.affected !== 1) throw versionConflict();
      const rescreened = next.resumeText !== current.resumeText ? await this.rescreen(m, id) : [];
      const view = await this.get(id, m);
      const changed = changedFields(current, next);
      await this.audit.record(m, {
        actorId,
        action: 'candidate.updated',
        entityType: 'candidate',
        entityId: id,
        applicationIds: rescreened,
        before: { ...audited(pick(current, changed)), version: current.version },
        after: { ...audited(pick(next, changed)), version: view.version },
      });
      return view;
    });
  }

  /**
   * Type from the bytes (a PDF named .txt is a PDF; anything else named .pdf
   * is refused), then the text. Runs before any transaction: extraction is slow.
   */
  async readResume(file: UploadedFile): Promise<ReadResume> {
    if (file.bytes.length > RESUME_MAX_BYTES) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `The résumé is larger than the ${formatBytes(RESUME_MAX_BYTES)} accepted`,
      );
    }
    const mimeType = detectResumeType(new Uint8Array(file.bytes));
    if (!mimeType) {
      throw new AppError('UNSUPPORTED_RESUME_TYPE', 'A résumé must be a PDF, a Word document (.docx) or plain text');
    }
    return { file, mimeType, text: await extractResumeText(file.bytes, mimeType) };
  }

  async uploadResume(
    id: string,
    upload: UploadedFile | undefined,
    actorId: string | null = null,
  ): Promise<CandidateView> {
    if (!upload) {
      throw new AppError('VALIDATION_FAILED', 'Attach the résumé as the file field', [
        { field: 'file', message: 'is required' },
      ]);
    }
    const found = await this.dataSource
      .getRepository(Candidate)
      .findOne({ where: { id }, select: { id: true, erasedAt: true } });
    if (!found) throw notFound('Candidate');
    if (found.erasedAt) throw candidateErased(id);
    const resume = await this.readResume(upload);
    return this.tx.run(async (m) => {
      const candidate = await m.findOneBy(Candidate, { id });
      if (!candidate) throw notFound('Candidate');
      const hadText = isGiven(candidate.resumeText);
      const rescreened = await this.storeResume(m, candidate, resume);
      const view = await this.get(id, m);
      // The file's name and text are personal; its type and size are not.
      await this.audit.record(m, {
        actorId,
        action: 'candidate.resume_uploaded',
        entityType: 'candidate',
        entityId: id,
        applicationIds: rescreened,
        before: { ...(hadText ? audited({ resumeText: candidate.resumeText }) : {}), version: candidate.version },
        after: {
          resumeFile: {
            fileName: PERSONAL_DATA_PLACEHOLDER,
            mimeType: resume.mimeType,
            sizeBytes: resume.file.bytes.length,
          },
          ...audited({ resumeText: resume.text }),
          version: view.version,
        },
      });
      return view;
    });
  }

  /** Keeps the file and its text, bumps the version, screens the active applications again (their ids returned). */
  async storeResume(m: EntityManager, candidate: Candidate, resume: ReadResume): Promise<string[]> {
    if (candidate.erasedAt) throw candidateErased(candidate.id);
    await m.delete(ResumeFile, { candidateId: candidate.id });
    await m.insert(ResumeFile, {
      ...new ResumeFile(),
      candidateId: candidate.id,
      fileName: resume.file.fileName.slice(0, 255),
      mimeType: resume.mimeType,
      sizeBytes: resume.file.bytes.length,
      contentBase64: resume.file.bytes.toString('base64'),
      uploadedAt: new Date(),
    });
    await m
      .createQueryBuilder()
      .update(Candidate)
      .set({
        resumeText: resume.text,
        skillsKey: candidateKeys({ ...candidate, resumeText: resume.text }).skillsKey,
        version: () => 'version + 1',
      })
      .where('id = :id', { id: candidate.id })
      .execute();
    candidate.resumeText = resume.text;
    return this.rescreen(m, candidate.id);
  }

  /** Screens the candidate's active applications again; their ids, for the change feed. */
  private async rescreen(m: EntityManager, id: string): Promise<string[]> {
    await this.screening.rescreenCandidate(m, id);
    const active = await m.find(Application, { where: { candidateId: id, status: 'active' }, select: { id: true } });
    return active.map((application) => application.id);
  }
}
