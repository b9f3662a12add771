import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Texts shipped with the API (copied into the build by nest-cli.json's
 * `assets`): the career ladder every parsed template gets its levels from, and
 * the job description the demo job is imported from.
 */
export const LADDER_FILE = 'intern-back-end-engineer.ladder.txt';
export const DEMO_JOB_DESCRIPTION_FILE = 'backend-engineer-intern.vettio.txt';

export function readBundledText(file: string): string {
  // eslint-disable-next-line security/detect-non-literal-fs-filename -- callers pass the bundled file names exported above, never input
  return fs.readFileSync(path.join(__dirname, 'data', file), 'utf8');
}
