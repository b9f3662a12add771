import { Injectable } from '@nestjs/common';
import type { JobTemplate, LadderLevel } from '@shortlist/contracts';
import { parseJobDescription, parseLadder } from '@shortlist/jd-import';
import { LADDER_FILE, readBundledText } from '../seed/bundled-data';

/**
 * Job-description text → template, with the levels of the bundled career
 * ladder. The ladder is read once, when the service is made, so a build that
 * lost the file fails at boot rather than on the first import. No database:
 * the CLI uses it as a plain class.
 */
@Injectable()
export class JobTemplatesService {
  private readonly levels: readonly LadderLevel[] = parseLadder(readBundledText(LADDER_FILE)).levels;

  parse(text: string): JobTemplate {
    return { ...parseJobDescription(text), levels: this.levels.map((level) => ({ ...level })) };
  }
}
