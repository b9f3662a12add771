import type { PlanStage } from './types';

/** The plan in order; stages sharing an order keep the order they were given in. */
export function ordered<S extends PlanStage>(plan: readonly S[]): S[] {
  return plan
    .map((stage, i) => ({ stage, i }))
    .sort((a, b) => a.stage.order - b.stage.order || a.i - b.i)
    .map(({ stage }) => stage);
}

export const hiredStageOf = <S extends PlanStage>(plan: readonly S[]) => plan.find((stage) => stage.kind === 'hired');
