import { parseJobDescription } from '@shortlist/jd-import';
import { screenResume } from '@shortlist/screening';
import * as fs from 'node:fs';

// A job description or a text résumé is a few pages; anything this large is neither.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** Thrown with a one-line message; cli.ts prints it on stderr and exits 2. */
export class ScreenCommandError extends Error {}

function readText(file: string, what: string): string {
  let bytes: Buffer;
  try {
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- `cli screen` reads the file its operator names
    if (fs.statSync(file).size > MAX_FILE_BYTES) throw new ScreenCommandError(`${file} is larger than 10 MB`);
    // eslint-disable-next-line security/detect-non-literal-fs-filename -- as above: the operator's own file argument
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ScreenCommandError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScreenCommandError(
      `Cannot read ${file}: ${code ? (READ_FAILURES[code] ?? code) : (error as Error).message}`,
    );
  }
  const head = bytes.subarray(0, 4).toString('latin1');
  if (head === '%PDF' || head.startsWith('PK')) {
    throw new ScreenCommandError(`${file}: only text ${what} are supported by the CLI`);
  }
  return bytes.toString('utf8');
}

/**
 * `screen JD_FILE RESUME_FILE`: the checklist read from the job description,
 * the résumé screened against it, as JSON on stdout. Needs no database.
 */
export async function screenCommand(args: string[]): Promise<void> {
  if (args.length !== 2) throw new ScreenCommandError('screen takes exactly two files: JD_FILE RESUME_FILE');
  const [jdFile, resumeFile] = args;
  const jd = readText(jdFile, 'job descriptions');
  const resume = readText(resumeFile, 'résumés');
  const items = parseJobDescription(jd).items.map((item, i) => ({ ...item, id: `item-${i}` }));
  const result = screenResume(resume, items);
  const output = {
    screenScore: result.screenScore,
    items: result.items.map((item) => ({
      category: item.category,
      label: item.label,
      evidence: item.evidence.map(({ text, offset }) => ({ text, offset })),
    })),
  };
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(output, null, 2)}\n`, () => resolve()));
}
