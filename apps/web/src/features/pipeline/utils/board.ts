import type { JobView, PipelineCard, PipelineView, RejectionKind } from '@shortlist/contracts';
import { allowedMoves, type AllowedMoves } from '@shortlist/pipeline';
import { rejectionReasonsFor } from '@/lib/rejection-reasons';

/** A card with the column it sits in (the API's card does not repeat its stage). */
export interface BoardCard extends PipelineCard {
  stageId: string;
  stageName: string;
}

export interface BoardColumnData {
  id: string;
  name: string;
  count: number;
  cards: BoardCard[];
}

/** The first page of each stage plus the pages "Load more" fetched since. */
export function boardColumns(view: PipelineView, extraByStage: Record<string, PipelineCard[]>): BoardColumnData[] {
  return view.stages.map((stage) => {
    const seen = new Set<string>();
    const cards = [...stage.applications, ...(extraByStage[stage.id] ?? [])].flatMap((card) => {
      // A card can shift between pages when the board changes under us; show it once.
      if (seen.has(card.applicationId)) return [];
      seen.add(card.applicationId);
      return [{ ...card, stageId: stage.id, stageName: stage.name }];
    });
    return { id: stage.id, name: stage.name, count: stage.count, cards };
  });
}

export function movesFor(job: JobView, card: Pick<BoardCard, 'stageId' | 'status'>): AllowedMoves {
  return allowedMoves(job.stages, { stageId: card.stageId, status: card.status });
}

/** The job's own reasons for a rejection (the defaults when it has none), the default ones for a withdrawal. */
export function rejectionReasonsOf(job: JobView, kind: RejectionKind): string[] {
  return rejectionReasonsFor(job.rejectionReasons, kind);
}

export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

export function daysLabel(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
}
