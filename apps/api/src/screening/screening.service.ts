import { Injectable } from '@nestjs/common';
import type { KnockoutAnswer, ScreeningResult } from '@shortlist/contracts';
import { compileChecklist } from '@shortlist/screening';
import { EntityManager, In, IsNull } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Candidate } from '../candidates/candidate.entity';
import { ChecklistItem } from '../jobs/checklist-item.entity';

export type Screen = (resumeText: string, knockoutAnswers?: KnockoutAnswer[]) => ScreeningResult;

export interface ScreeningChecklist {
  screen: Screen;
  /** Ids of the job's active must-have prerequisites: a knock-out answered `not met` on one of them fails. */
  mustHaveIds: Set<string>;
  /** Ids of the job's active prerequisites, the only items knock-out answers may name. */
  prerequisiteIds: Set<string>;
}

/** The screening columns of an application, from a screening result. */
export const screeningColumns = (screening: ScreeningResult) => ({ screening, screenScore: screening.screenScore });

/** Ids of the must-have prerequisites that a knock-out answered `not met`. */
export const failedMustHaves = (answers: readonly KnockoutAnswer[], checklist: ScreeningChecklist): string[] =>
  answers.filter((answer) => !answer.met && checklist.mustHaveIds.has(answer.itemId)).map((answer) => answer.itemId);

/**
 * Loads → screens (libs/screening) → saves. A service only because it reads
 * the job's active checklist; the evidence rules are the lib's.
 */
@Injectable()
export class ScreeningService {
  /** The compiled checklists of these jobs, from one query over their active items. */
  async checklists(m: EntityManager, jobIds: string[]): Promise<Map<string, ScreeningChecklist>> {
    const items = jobIds.length
      ? await m.find(ChecklistItem, { where: { jobId: In(jobIds), retiredAt: IsNull() }, order: { position: 'ASC' } })
      : [];
    return new Map(
      jobIds.map((jobId) => {
        const own = items.filter((item) => item.jobId === jobId);
        const prerequisites = own.filter((item) => item.category === 'prerequisite');
        return [
          jobId,
          {
            screen: compileChecklist(
              own.map(({ id, category, label, keywords, weight }) => ({ id, category, label, keywords, weight })),
            ),
            mustHaveIds: new Set(prerequisites.filter((item) => item.mustHave).map((item) => item.id)),
            prerequisiteIds: new Set(prerequisites.map((item) => item.id)),
          },
        ];
      }),
    );
  }

  /** Screens again every active application of the candidate (after the résumé changed), in the caller's transaction. */
  async rescreenCandidate(m: EntityManager, candidateId: string): Promise<number> {
    const candidate = await m.findOneBy(Candidate, { id: candidateId });
    if (!candidate) return 0;
    const applications = await m.findBy(Application, { candidateId, status: 'active' });
    if (applications.length === 0) return 0;
    const checklists = await this.checklists(m, [...new Set(applications.map((a) => a.jobId))]);
    for (const application of applications) {
      const screening = checklists
        .get(application.jobId)!
        .screen(candidate.resumeText ?? '', application.knockoutAnswers);
      await m.update(Application, { id: application.id }, screeningColumns(screening));
    }
    return applications.length;
  }
}
