import {
  CANDIDATE_EXPORT_FORMAT,
  type CandidateExport,
  type CandidateExportApplication,
  type CandidateExportScorecard,
} from '@shortlist/contracts';
import { type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Application } from '../applications/application.entity';
import { StageMoveRow } from '../applications/stage-move.entity';
import { notFound } from '../common/app-error';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { DecisionRow } from '../scorecards/decision.entity';
import { NoteRow } from '../scorecards/note.entity';
import { Scorecard, ScorecardRating, ScorecardRedFlag, ScorecardRevision } from '../scorecards/scorecard.entity';
import { CandidateImport } from './candidate-import.entity';
import { Candidate } from './candidate.entity';
import { identifierPattern, mentions } from './erasure-redaction';
import { ResumeFile } from './resume-file.entity';

type Names = Record<string, string | null>;

/**
 * Rows of one child table of the candidate's applications, each with the
 * names its ids point at (stage, person, item), from one query: the entity
 * (so JSON, booleans and dates read alike on both engines) beside the raw
 * row that carries the joined names.
 */
async function rowsWithNames<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
): Promise<Array<{ row: E; names: Names }>> {
  const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
  const namesById = new Map(raw.map((r) => [String(r[`${alias}_id`]), r as Names]));
  return entities.map((row) => ({ row, names: namesById.get(String(row.id)) ?? {} }));
}

/**
 * Everything held about one candidate, as one JSON document: a dozen small
 * queries, each shaped for one part (rows of one table with the names their
 * ids point at), rather than one entity graph.
 */
export async function buildCandidateExport(
  m: EntityManager,
  candidateId: string,
  now: Date = new Date(),
): Promise<CandidateExport> {
  const candidate = await m.findOneBy(Candidate, { id: candidateId });
  if (!candidate) throw notFound('Candidate');
  const file = await m.findOneBy(ResumeFile, { candidateId });

  const ofCandidate = <E extends ObjectLiteral>(query: SelectQueryBuilder<E>, applicationIdColumn: string) =>
    query.innerJoin('applications', 'app', `app.id = ${applicationIdColumn}`).where('app.candidate_id = :candidateId', {
      candidateId,
    });

  const applications = await rowsWithNames(
    m
      .createQueryBuilder(Application, 'a')
      .innerJoin('jobs', 'j', 'j.id = a.job_id')
      .leftJoin('job_stages', 's', 's.id = a.stage_id')
      .addSelect('j.title', 'job_title')
      .addSelect('s.name', 'stage_name')
      .where('a.candidate_id = :candidateId', { candidateId })
      .orderBy('a.applied_at', 'ASC'),
    'a',
  );
  const moves = await rowsWithNames(
    ofCandidate(m.createQueryBuilder(StageMoveRow, 'sm'), 'sm.application_id')
      .leftJoin('job_stages', 'fs', 'fs.id = sm.from_stage_id')
      .leftJoin('job_stages', 'ts', 'ts.id = sm.to_stage_id')
      .leftJoin('users', 'u', 'u.id = sm.actor_id')
      .addSelect('fs.name', 'from_stage')
      .addSelect('ts.name', 'to_stage')
      .addSelect('u.name', 'actor_name')
      .orderBy('sm.at', 'ASC'),
    'sm',
  );
  const scorecards = await rowsWithNames(
    ofCandidate(m.createQueryBuilder(Scorecard, 'sc'), 'sc.application_id')
      .leftJoin('job_stages', 's', 's.id = sc.stage_id')
      .leftJoin('users', 'u', 'u.id = sc.interviewer_id')
      .addSelect('s.name', 'stage_name')
      .addSelect('u.name', 'interviewer_name')
      .orderBy('sc.created_at', 'ASC'),
    'sc',
  );
  const ofScorecards = <E extends ObjectLiteral>(query: SelectQueryBuilder<E>, alias: string) =>
    ofCandidate(query.innerJoin('scorecards', 'card', `card.id = ${alias}.scorecard_id`), 'card.application_id');
  const ratings = await rowsWithNames(
    ofScorecards(m.createQueryBuilder(ScorecardRating, 'r'), 'r')
      .leftJoin('checklist_items', 'i', 'i.id = r.item_id')
      .addSelect('i.label', 'item_label')
      .orderBy('i.position', 'ASC'),
    'r',
  );
  const redFlags = await rowsWithNames(
    ofScorecards(m.createQueryBuilder(ScorecardRedFlag, 'f'), 'f')
      .leftJoin('red_flag_types', 't', 't.id = f.type_id')
      .addSelect('t.label', 'type_label'),
    'f',
  );
  const revisions = await ofScorecards(m.createQueryBuilder(ScorecardRevision, 'v'), 'v')
    .orderBy('v.revision', 'ASC')
    .getMany();
  const decisions = await rowsWithNames(
    ofCandidate(m.createQueryBuilder(DecisionRow, 'd'), 'd.application_id')
      .leftJoin('users', 'u', 'u.id = d.decided_by')
      .addSelect('u.name', 'decided_by_name')
      .orderBy('d.created_at', 'ASC'),
    'd',
  );
  const notes = await rowsWithNames(
    ofCandidate(m.createQueryBuilder(NoteRow, 'n'), 'n.application_id')
      .leftJoin('users', 'u', 'u.id = n.author_id')
      .leftJoin('checklist_items', 'i', 'i.id = n.item_id')
      .leftJoin('red_flag_types', 't', 't.id = n.red_flag_type_id')
      .addSelect('u.name', 'author_name')
      .addSelect('i.label', 'item_label')
      .addSelect('t.label', 'red_flag_label')
      .orderBy('n.created_at', 'ASC'),
    'n',
  );
  const knockoutIds = [...new Set(applications.flatMap(({ row }) => row.knockoutAnswers.map((k) => k.itemId)))];
  const knockoutLabels = new Map(
    (knockoutIds.length
      ? await m
          .createQueryBuilder(ChecklistItem, 'i')
          .select(['i.id', 'i.label'])
          .where('i.id IN (:...ids)', { ids: knockoutIds })
          .getMany()
      : []
    ).map((item) => [item.id, item.label]),
  );
  // Only failed imports keep a report; it names people in its row messages.
  const pattern = identifierPattern([candidate]);
  const imports = (await m.find(CandidateImport, { where: { status: 'failed' }, order: { createdAt: 'ASC' } }))
    .map((row) => ({ row, errors: row.errors.filter((error) => mentions(error.message, pattern)) }))
    .filter(({ errors }) => errors.length > 0);

  const byApplication = <T extends { applicationId: string }>(rows: Array<{ row: T; names: Names }>) => {
    const grouped = new Map<string, Array<{ row: T; names: Names }>>();
    for (const entry of rows)
      grouped.set(entry.row.applicationId, [...(grouped.get(entry.row.applicationId) ?? []), entry]);
    return (applicationId: string) => grouped.get(applicationId) ?? [];
  };
  const byScorecard = <T extends { scorecardId: string }>(rows: T[]) => {
    const grouped = new Map<string, T[]>();
    for (const row of rows) grouped.set(row.scorecardId, [...(grouped.get(row.scorecardId) ?? []), row]);
    return (scorecardId: string) => grouped.get(scorecardId) ?? [];
  };
  const movesOf = byApplication(moves);
  const scorecardsOf = byApplication(scorecards);
  const decisionsOf = byApplication(decisions);
  const notesOf = byApplication(notes);
  const ratingsOf = byScorecard(ratings.map(({ row, names }) => ({ ...row, itemLabel: names.item_label ?? null })));
  const flagsOf = byScorecard(redFlags.map(({ row, names }) => ({ ...row, typeLabel: names.type_label ?? null })));
  const revisionsOf = byScorecard(revisions);

  const toScorecard = ({ row, names }: { row: Scorecard; names: Names }): CandidateExportScorecard => ({
    id: row.id,
    stageName: names.stage_name ?? null,
    interviewerName: names.interviewer_name ?? null,
    status: row.status,
    recommendation: row.recommendation,
    takeaways: row.takeaways,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    ratings: ratingsOf(row.id).map((r) => ({ itemId: r.itemId, itemLabel: r.itemLabel, value: r.value, note: r.note })),
    redFlags: flagsOf(row.id).map((f) => ({
      typeId: f.typeId,
      typeLabel: f.typeLabel,
      severity: f.severity,
      evidence: f.evidence,
    })),
    revisions: revisionsOf(row.id).map((v) => ({
      revision: v.revision,
      createdAt: v.createdAt.toISOString(),
      afterSeeingOthers: v.afterSeeingOthers,
      snapshot: v.snapshot,
    })),
  });

  const toApplication = ({ row: a, names }: { row: Application; names: Names }): CandidateExportApplication => ({
    id: a.id,
    jobId: a.jobId,
    jobTitle: names.job_title ?? '',
    stageName: names.stage_name ?? null,
    status: a.status,
    rejection: a.rejection ? { kind: a.rejection.kind, reason: a.rejection.reason } : null,
    appliedAt: a.appliedAt.toISOString(),
    stageEnteredAt: a.stageEnteredAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    tags: a.tags,
    knockoutAnswers: a.knockoutAnswers.map((k) => ({ ...k, label: knockoutLabels.get(k.itemId) ?? null })),
    screening: a.screening,
    screenScore: a.screenScore,
    score: a.score,
    coverage: a.coverage,
    gates: a.gates,
    proposal: a.proposal,
    redFlagCount: a.redFlagCount,
    stageHistory: movesOf(a.id).map(({ row, names: n }) => ({
      at: row.at.toISOString(),
      fromStage: n.from_stage ?? null,
      toStage: n.to_stage ?? null,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      actorName: n.actor_name ?? null,
      note: row.note,
      reason: row.reason,
    })),
    scorecards: scorecardsOf(a.id).map(toScorecard),
    decisions: decisionsOf(a.id).map(({ row, names: n }) => ({
      decision: row.decision,
      proposalAtTime: row.proposalAtTime,
      scoreAtTime: row.scoreAtTime,
      reason: row.reason,
      override: row.override,
      decidedByName: n.decided_by_name ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    notes: notesOf(a.id).map(({ row, names: n }) => ({
      id: row.id,
      authorName: n.author_name ?? null,
      body: row.body,
      itemLabel: n.item_label ?? null,
      redFlagLabel: n.red_flag_label ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
  });

  return {
    format: CANDIDATE_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    candidate: {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      phone: candidate.phone,
      source: candidate.source,
      tags: candidate.tags,
      links: candidate.links,
      resumeText: candidate.resumeText,
      createdAt: candidate.createdAt.toISOString(),
      updatedAt: candidate.updatedAt.toISOString(),
      erasedAt: candidate.erasedAt ? candidate.erasedAt.toISOString() : null,
    },
    resumeFile: file
      ? {
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          uploadedAt: file.uploadedAt.toISOString(),
          contentBase64: file.contentBase64,
        }
      : null,
    applications: applications.map(toApplication),
    imports: imports.map(({ row, errors }) => ({
      id: row.id,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      errors,
    })),
  };
}
