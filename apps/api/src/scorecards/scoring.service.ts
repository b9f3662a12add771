import { Injectable } from '@nestjs/common';
import type {
  Assessment,
  CategoryWeights,
  ChecklistCategory,
  KnockoutAnswer,
  ProposalThresholds,
  RatingValue,
  RedFlagSeverity,
} from '@shortlist/contracts';
import { assess, storedScoreOf } from '@shortlist/scoring';
import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { notFound } from '../common/app-error';
import { execute, selectRows } from '../database/sql';
import { Scorecard } from './scorecard.entity';

/** '1'–'4' are stored as text beside 'met' / 'not_met'. */
export const ratingOf = (stored: string | null): RatingValue =>
  stored === null ? null : stored === 'met' || stored === 'not_met' ? stored : (Number(stored) as 1 | 2 | 3 | 4);

/** A checklist item as scoring and the audit labels need it; retired items included. */
export interface ItemRow {
  id: string;
  category: ChecklistCategory;
  label: string;
  weight: number;
  mustHave: boolean;
  retired: boolean;
}

export interface RatingRow {
  scorecardId: string;
  itemId: string;
  value: string | null;
  note: string | null;
}

export interface FlagRow {
  scorecardId: string;
  typeId: string;
  severity: RedFlagSeverity;
  evidence: string | null;
}

/** What scoring reads: only the columns it uses, never the application's or the job's wide ones. */
export interface ScoringRows {
  knockouts: KnockoutAnswer[];
  policy: { categoryWeights: CategoryWeights; thresholds: ProposalThresholds };
  /** Every item of the job in checklist order, retired ones too. */
  items: ItemRow[];
  flagTypes: { id: string; label: string }[];
  /** The submitted scorecards. */
  cards: { id: string; interviewerId: string; stageId: string }[];
  /** The submitted scorecards' ratings and red flags, each in id order. */
  ratings: RatingRow[];
  flags: FlagRow[];
}

export interface Recomputed {
  assessment: Assessment;
  rows: ScoringRows;
}

/** libs/scoring's input from the rows: the job's active items, the submitted scorecards, the knock-outs on those items. */
export function assessRows(rows: ScoringRows): Assessment {
  const items = rows.items.filter((item) => !item.retired);
  const itemIds = new Set(items.map((item) => item.id));
  return assess(
    items.map(({ id, category, label, weight, mustHave }) => ({ id, category, label, weight, mustHave })),
    rows.cards.map((card) => ({
      id: card.id,
      interviewerId: card.interviewerId,
      stageId: card.stageId,
      ratings: rows.ratings
        .filter((r) => r.scorecardId === card.id && itemIds.has(r.itemId))
        .map((r) => ({ itemId: r.itemId, value: ratingOf(r.value), note: r.note })),
      redFlags: rows.flags
        .filter((f) => f.scorecardId === card.id)
        .map((f) => ({ typeId: f.typeId, severity: f.severity, evidence: f.evidence })),
    })),
    rows.knockouts.filter((answer) => itemIds.has(answer.itemId)),
    { ...rows.policy, redFlagTypes: rows.flagTypes },
  );
}

const json = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

/**
 * The one place that turns rows into libs/scoring's input and writes the
 * stored score back. Callers pass their transaction's manager, so a rating
 * change and the score it implies commit together.
 */
@Injectable()
export class ScoringService {
  /** Assesses the application over its submitted scorecards, knock-outs and the job's active checklist and policy. */
  async assessmentOf(
    m: EntityManager,
    application: Pick<Application, 'id'>,
  ): Promise<{ assessment: Assessment; submitted: Scorecard[] }> {
    const rows = await this.rowsOf(m, application.id, false);
    const submitted = await m.find(Scorecard, {
      where: { applicationId: application.id, status: 'submitted' },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    return { assessment: assessRows(rows), submitted };
  }

  /**
   * Recomputes and stores the application's score. Reading the application
   * takes its row lock first (PostgreSQL), so two submits on one application
   * compute one after the other, each seeing the other's committed scorecard.
   */
  async recompute(m: EntityManager, applicationId: string): Promise<Recomputed> {
    const rows = await this.rowsOf(m, applicationId, true);
    const assessment = assessRows(rows);
    const stored = storedScoreOf(assessment);
    await execute(
      m,
      `UPDATE applications SET score = $1, coverage = $2, gates = $3, proposal = $4, red_flag_count = $5,
         updated_at = CURRENT_TIMESTAMP WHERE id = $6`,
      [stored.score, stored.coverage, stored.gates, stored.proposal, stored.redFlagCount, applicationId],
    );
    return { assessment, rows };
  }

  /** After a checklist change: every application of the job, in the caller's transaction. */
  async recomputeJob(m: EntityManager, jobId: string): Promise<void> {
    const applications = await selectRows<{ id: string }>(
      m,
      'SELECT id FROM applications WHERE job_id = $1 ORDER BY id',
      [jobId],
    );
    for (const { id } of applications) await this.recompute(m, id);
  }

  private async rowsOf(m: EntityManager, applicationId: string, lock: boolean): Promise<ScoringRows> {
    // The lock an UPDATE would take (it lets scorecards referencing the row be inserted meanwhile).
    const forUpdate = lock && m.connection.driver.options.type === 'postgres' ? ' FOR NO KEY UPDATE OF a' : '';
    const [target] = await selectRows<{
      job_id: string;
      knockout_answers: string;
      category_weights: string;
      thresholds: string;
    }>(
      m,
      `SELECT a.job_id, a.knockout_answers, j.category_weights, j.thresholds
         FROM applications a INNER JOIN jobs j ON j.id = a.job_id WHERE a.id = $1${forUpdate}`,
      [applicationId],
    );
    if (!target) throw notFound('Application');
    const items = await selectRows<{
      id: string;
      category: ChecklistCategory;
      label: string;
      weight: number;
      must_have: boolean | number;
      retired_at: unknown;
    }>(
      m,
      'SELECT id, category, label, weight, must_have, retired_at FROM checklist_items WHERE job_id = $1 ORDER BY position',
      [target.job_id],
    );
    const flagTypes = await selectRows<{ id: string; label: string }>(
      m,
      'SELECT id, label FROM red_flag_types WHERE job_id = $1 ORDER BY position',
      [target.job_id],
    );
    const cards = await selectRows<{ id: string; interviewer_id: string; stage_id: string }>(
      m,
      "SELECT id, interviewer_id, stage_id FROM scorecards WHERE application_id = $1 AND status = 'submitted'",
      [applicationId],
    );
    const ratings = cards.length
      ? await selectRows<{ scorecard_id: string; item_id: string; value: string | null; note: string | null }>(
          m,
          `SELECT r.scorecard_id, r.item_id, r.value, r.note FROM scorecard_ratings r
             INNER JOIN scorecards s ON s.id = r.scorecard_id
            WHERE s.application_id = $1 AND s.status = 'submitted' ORDER BY r.id`,
          [applicationId],
        )
      : [];
    const flags = cards.length
      ? await selectRows<{ scorecard_id: string; type_id: string; severity: RedFlagSeverity; evidence: string | null }>(
          m,
          `SELECT f.scorecard_id, f.type_id, f.severity, f.evidence FROM scorecard_red_flags f
             INNER JOIN scorecards s ON s.id = f.scorecard_id
            WHERE s.application_id = $1 AND s.status = 'submitted' ORDER BY f.id`,
          [applicationId],
        )
      : [];
    return {
      knockouts: json<KnockoutAnswer[]>(target.knockout_answers),
      policy: {
        categoryWeights: json<CategoryWeights>(target.category_weights),
        thresholds: json<ProposalThresholds>(target.thresholds),
      },
      items: items.map((item) => ({
        id: item.id,
        category: item.category,
        label: item.label,
        weight: Number(item.weight),
        mustHave: Boolean(item.must_have),
        retired: item.retired_at !== null,
      })),
      flagTypes,
      cards: cards.map((card) => ({ id: card.id, interviewerId: card.interviewer_id, stageId: card.stage_id })),
      ratings: ratings.map((r) => ({ scorecardId: r.scorecard_id, itemId: r.item_id, value: r.value, note: r.note })),
      flags: flags.map((f) => ({
        scorecardId: f.scorecard_id,
        typeId: f.type_id,
        severity: f.severity,
        evidence: f.evidence,
      })),
    };
  }
}
