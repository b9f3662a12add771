import type { PipelineCard, PipelineView } from '@shortlist/contracts';
import { buildJobView } from './job-fixtures';

let sequence = 0;

export function buildPipelineCard(overrides: Partial<PipelineCard> = {}): PipelineCard {
  sequence += 1;
  const n = String(sequence).padStart(12, '0');
  return {
    applicationId: `10000000-0000-4000-8000-${n}`,
    candidateId: `20000000-0000-4000-8000-${n}`,
    candidateName: `Candidate ${sequence}`,
    status: 'active',
    score: 72.5,
    coverage: 60,
    gates: 'pass',
    proposal: 'advance',
    redFlagCount: 0,
    screenScore: 66.7,
    knockoutFlag: false,
    daysInStage: 3,
    tags: [],
    ...overrides,
  };
}

/** A board for buildJobView()'s plan: Applied, Recruiter screen, Coding assessment, Hired. */
export function buildPipelineView(cardsByStage: PipelineCard[][] = [], counts: number[] = []): PipelineView {
  const job = buildJobView();
  return {
    jobId: job.id,
    stages: job.stages.map((stage, index) => ({
      id: stage.id,
      name: stage.name,
      kind: stage.kind,
      count: counts[index] ?? cardsByStage[index]?.length ?? 0,
      applications: cardsByStage[index] ?? [],
    })),
    closed: { rejected: 4, withdrawn: 1, hired: 2 },
  };
}
