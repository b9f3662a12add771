import {
  CANDIDATE_SOURCES,
  type CandidateSource,
  type CreateCandidateRequest,
  type CsvImportRowError,
} from '@shortlist/contracts';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { cleanTags, normalizeCandidateEmail } from './candidate-keys';
import { MAX_RESUME_TEXT_CHARS } from './resume-text';

export const CSV_COLUMNS = ['name', 'email', 'phone', 'source', 'tags', 'resume_text'] as const;
export const MAX_CSV_ROWS = 50_000;

export interface CsvRow {
  /** Line of the file where the row starts, the header being line 1. */
  line: number;
  /** 1-based among the data rows. */
  dataRow: number;
  cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  errors: CsvImportRowError[];
}

/** "Line 10000 (data row 9999): …" — both numbers, so neither reader has to guess which is meant. */
export const rowError = (row: Pick<CsvRow, 'line' | 'dataRow'>, field: string, message: string): CsvImportRowError => ({
  row: row.line,
  field,
  message: `Line ${row.line} (data row ${row.dataRow}): ${field} ${message}`,
});

/** Reads the file: a header naming known columns (name and email required), then one candidate per record. */
export function parseCandidateCsv(content: string): ParsedCsv {
  let records: Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
  try {
    records = parse(content, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    return {
      rows: [],
      errors: [{ row: line, field: '(file)', message: `Line ${line}: ${(error as Error).message}` }],
    };
  }
  if (records.length === 0) {
    return { rows: [], errors: [{ row: 1, field: '(file)', message: 'The file has no data rows under the header' }] };
  }
  const header = Object.keys(records[0].record);
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const missing = ['name', 'email'].filter((name) => !header.includes(name));
  const headerErrors = [
    ...missing.map((name) => ({ row: 1, field: name, message: `Line 1 (header): the ${name} column is required` })),
    ...unknown.map((name) => ({
      row: 1,
      field: name,
      message: `Line 1 (header): unknown column "${name}"; the columns are ${CSV_COLUMNS.join(', ')}`,
    })),
  ];
  if (headerErrors.length) return { rows: [], errors: headerErrors };
  if (records.length > MAX_CSV_ROWS) {
    return {
      rows: [],
      errors: [{ row: 1, field: '(file)', message: `The file has ${records.length} rows; at most ${MAX_CSV_ROWS}` }],
    };
  }
  const rows = records.map(({ record, info, raw }, index) => {
    // eslint-disable-next-line security/detect-unsafe-regex -- each repetition must consume a \n, so matching is linear
    const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
    const inner = (body.match(/\n/g) ?? []).length;
    return { line: info.lines - inner, dataRow: index + 1, cells: record };
  });
  return { rows, errors: [] };
}

export interface ValidRow {
  row: CsvRow;
  request: CreateCandidateRequest & { source: CandidateSource; email: string };
}

/** Checks one row on its own (duplicates and existing emails are checked across rows by the import). */
export function validateRow(row: CsvRow): { valid?: ValidRow; errors: CsvImportRowError[] } {
  const errors: CsvImportRowError[] = [];
  const cell = (name: (typeof CSV_COLUMNS)[number]) => (row.cells[name] ?? '').trim();
  const name = cell('name');
  const email = normalizeCandidateEmail(cell('email'));
  const phone = cell('phone');
  const source = cell('source') || 'import';
  const tags = cleanTags(cell('tags').split(';'));
  const resumeText = (row.cells.resume_text ?? '').trim();
  if (!name) errors.push(rowError(row, 'name', 'is empty'));
  else if (name.length > 200) errors.push(rowError(row, 'name', 'is longer than 200 characters'));
  if (!email) errors.push(rowError(row, 'email', 'is empty'));
  else if (email.length > 320 || !isEmail(email))
    errors.push(rowError(row, 'email', `"${email.slice(0, 80)}" is not an email address`));
  if (phone.length > 50) errors.push(rowError(row, 'phone', 'is longer than 50 characters'));
  if (!(CANDIDATE_SOURCES as readonly string[]).includes(source)) {
    errors.push(rowError(row, 'source', `must be one of ${CANDIDATE_SOURCES.join(', ')}`));
  }
  if (tags.length > 50 || tags.some((tag) => tag.length > 50)) {
    errors.push(rowError(row, 'tags', 'must be at most 50 tags of at most 50 characters'));
  }
  if (resumeText.length > MAX_RESUME_TEXT_CHARS) {
    errors.push(rowError(row, 'resume_text', `is longer than ${MAX_RESUME_TEXT_CHARS} characters`));
  }
  const text = [name, email, phone, ...tags, resumeText].join('');
  if (!text.isWellFormed() || text.includes('\u0000'))
    errors.push(rowError(row, '(row)', 'contains malformed characters'));
  if (errors.length) return { errors };
  return {
    errors,
    valid: {
      row,
      request: {
        name,
        email,
        phone: phone || null,
        source: source as CandidateSource,
        tags,
        resumeText: resumeText || null,
      },
    },
  };
}
