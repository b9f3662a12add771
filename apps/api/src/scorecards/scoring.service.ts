import { Injectable } from '@nestjs/common';
import type { Assessment, RatingValue } from '@shortlist/contracts';
import { assess, storedScoreOf } from '@shortlist/scoring';
import { EntityManager, In, IsNull } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { RedFlagTypeRow } from '../jobs/red-flag-type.entity';
import { Scorecard, ScorecardRating, ScorecardRedFlag } from './scorecard.entity';

/** '1'–'4' are stored as text beside 'met' / 'not_met'. */
export const ratingOf = (stored: string | null): RatingValue =>
  stored === null ? null : stored === 'met' || stored === 'not_met' ? stored : (Number(stored) as 1 | 2 | 3 | 4);

export interface AssessmentInputs {
  application: Application;
  job: Job;
  items: ChecklistItem[];
  submitted: Scorecard[];
  assessment: Assessment;
}

/**
 * The one place that turns rows into libs/scoring's input and writes the
 * stored score back. Callers pass their transaction's manager, so a rating
 * change and the score it implies commit together.
 */
@Injectable()
export class ScoringService {
  /** Assesses the application over its submitted scorecards, knock-outs and the job's active checklist and policy. */
  async assessmentOf(m: EntityManager, application: Application): Promise<AssessmentInputs> {
    const job = await m.findOneByOrFail(Job, { id: application.jobId });
    const items = await m.find(ChecklistItem, {
      where: { jobId: job.id, retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    const flagTypes = await m.find(RedFlagTypeRow, { where: { jobId: job.id }, order: { position: 'ASC' } });
    const submitted = await m.find(Scorecard, {
      where: { applicationId: application.id, status: 'submitted' },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const ids = submitted.map((card) => card.id);
    const ratings = ids.length ? await m.findBy(ScorecardRating, { scorecardId: In(ids) }) : [];
    const flags = ids.length ? await m.findBy(ScorecardRedFlag, { scorecardId: In(ids) }) : [];
    const itemIds = new Set(items.map((item) => item.id));
    const assessment = assess(
      items.map(({ id, category, label, weight, mustHave }) => ({ id, category, label, weight, mustHave })),
      submitted.map((card) => ({
        id: card.id,
        interviewerId: card.interviewerId,
        stageId: card.stageId,
        ratings: ratings
          .filter((r) => r.scorecardId === card.id && itemIds.has(r.itemId))
          .map((r) => ({ itemId: r.itemId, value: ratingOf(r.value), note: r.note })),
        redFlags: flags
          .filter((f) => f.scorecardId === card.id)
          .map((f) => ({ typeId: f.typeId, severity: f.severity, evidence: f.evidence })),
      })),
      application.knockoutAnswers.filter((answer) => itemIds.has(answer.itemId)),
      {
        categoryWeights: job.categoryWeights,
        thresholds: job.thresholds,
        redFlagTypes: flagTypes.map(({ id, label }) => ({ id, label })),
      },
    );
    return { application, job, items, submitted, assessment };
  }

  /**
   * Recomputes and stores the application's score. The no-op UPDATE first takes
   * the row lock (PostgreSQL), so two submits on one application compute one
   * after the other, each seeing the other's committed scorecard.
   */
  async recompute(m: EntityManager, applicationId: string): Promise<Assessment> {
    await m
      .createQueryBuilder()
      .update(Application)
      .set({ redFlagCount: () => 'red_flag_count' })
      .where('id = :id', { id: applicationId })
      .execute();
    const application = await m.findOneByOrFail(Application, { id: applicationId });
    const { assessment } = await this.assessmentOf(m, application);
    await m.update(Application, { id: applicationId }, storedScoreOf(assessment));
    return assessment;
  }

  /** After a checklist change: every application of the job, in the caller's transaction. */
  async recomputeJob(m: EntityManager, jobId: string): Promise<void> {
    const applications = await m.find(Application, { where: { jobId }, select: { id: true }, order: { id: 'ASC' } });
    for (const { id } of applications) await this.recompute(m, id);
  }
}
