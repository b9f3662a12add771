import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApplicationStatus,
  ApplicationView,
  ApplyRequest,
  BlindApplicationView,
  BulkRequest,
  BulkResult,
  ErrorCode,
  FieldError,
  KnockoutAnswer,
  MoveRequest,
  ScreeningResult,
  StageKind,
} from '@shortlist/contracts';
import { decideMove } from '@shortlist/pipeline';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Candidate } from '../candidates/candidate.entity';
import { cleanTags, tagsKey } from '../candidates/candidate-keys';
import { candidateErased } from '../candidates/candidates.errors';
import { AppError, notFound } from '../common/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { failedMustHaves, type ScreeningChecklist, ScreeningService } from '../screening/screening.service';
import { Application, type RejectionRecord } from './application.entity';
import { type Actor, hasSubmitted, isAssigned } from './application-access';
import { toApplicationView, toStageMove } from './application-view';
import { StageMoveRow } from './stage-move.entity';

export type { Actor } from './application-access';

export const AUTO_REJECT_REASON = 'Did not meet must-have requirements';
export const BULK_LIMIT = 500;

const invalid = (errors: FieldError[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `Invalid value for: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
    errors,
  );

export const alreadyApplied = (message = 'The candidate has already applied to this job') =>
  new AppError('ALREADY_APPLIED', message);

const moveConflict = () =>
  new AppError('VERSION_CONFLICT', 'The application was moved by someone else meanwhile; reload it and try again');

/** The plan as libs/pipeline reads it: the job's stages in order. */
export const planOf = (stages: readonly JobStageRow[]) =>
  [...stages]
    .sort((a, b) => a.position - b.position)
    .map((stage) => ({ id: stage.id, name: stage.name, kind: stage.kind, order: stage.position }));

/** Where applications start: the stage of kind `applied`, else the first one. */
export function appliedStageOf<S extends { kind: StageKind; position: number }>(stages: readonly S[]): S | undefined {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  return ordered.find((stage) => stage.kind === 'applied') ?? ordered[0];
}

/** Knock-out answers may name only the job's prerequisites, each once. */
export function knockoutAnswerErrors(
  answers: readonly KnockoutAnswer[],
  prerequisiteIds: ReadonlySet<string>,
): FieldError[] {
  const seen = new Set<string>();
  return answers.flatMap((answer, i) => {
    const field = `knockoutAnswers.${i}.itemId`;
    if (!prerequisiteIds.has(answer.itemId)) return [{ field, message: 'must be a prerequisite of this job' }];
    if (seen.has(answer.itemId)) return [{ field, message: 'answers the same prerequisite twice' }];
    seen.add(answer.itemId);
    return [];
  });
}

export interface NewApplicationInput {
  jobId: string;
  candidateId: string;
  appliedStageId: string;
  knockoutAnswers: KnockoutAnswer[];
  screening: ScreeningResult;
  /** A knock-out answered a must-have prerequisite `not met`. */
  failedMustHave: boolean;
  autoRejectOnKnockout: boolean;
  tags?: string[];
  actorId: string | null;
  now: Date;
}

/**
 * The rows of a new application: it starts in the applied stage; a failed
 * must-have knock-out either rejects it at once (the job says so; the history
 * records why) or flags it for a person to look at.
 */
export function newApplicationRows(input: NewApplicationInput): { application: Application; moves: StageMoveRow[] } {
  const rejected = input.failedMustHave && input.autoRejectOnKnockout;
  const tags = cleanTags(input.tags ?? []);
  const application = Object.assign(new Application(), {
    jobId: input.jobId,
    candidateId: input.candidateId,
    stageId: input.appliedStageId,
    status: (rejected ? 'rejected' : 'active') satisfies ApplicationStatus,
    rejection: rejected
      ? ({
          kind: 'rejected_by_us',
          reason: AUTO_REJECT_REASON,
          fromStageId: input.appliedStageId,
        } satisfies RejectionRecord)
      : null,
    knockoutAnswers: input.knockoutAnswers,
    knockoutFlag: input.failedMustHave && !input.autoRejectOnKnockout,
    screening: input.screening,
    screenScore: input.screening.screenScore,
    score: null,
    coverage: 0,
    gates: 'pending' as const,
    proposal: null,
    redFlagCount: 0,
    tags,
    tagsKey: tagsKey(tags),
    appliedAt: input.now,
    stageEnteredAt: input.now,
    version: 1,
    createdAt: input.now,
    updatedAt: input.now,
  });
  const move = (fields: Partial<StageMoveRow>) =>
    Object.assign(new StageMoveRow(), {
      applicationId: application.id,
      actorId: input.actorId,
      note: null,
      reason: null,
      at: input.now,
      ...fields,
    });
  const moves = [
    move({ fromStageId: null, toStageId: input.appliedStageId, fromStatus: null, toStatus: 'active', note: 'Applied' }),
  ];
  if (rejected) {
    moves.push(
      move({
        fromStageId: input.appliedStageId,
        toStageId: input.appliedStageId,
        fromStatus: 'active',
        toStatus: 'rejected',
        reason: AUTO_REJECT_REASON,
        note: 'Rejected automatically: a knock-out answer did not meet a must-have prerequisite',
      }),
    );
  }
  return { application, moves };
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
  ) {}

  async apply(jobId: string, request: ApplyRequest, actor: Actor): Promise<ApplicationView> {
    return this.tx.run(async (m) => {
      const job = await m.findOneBy(Job, { id: jobId });
      if (!job) throw notFound('Job');
      if (job.status === 'closed') throw new AppError('CONFLICT', 'The job is closed to new applications');
      const candidate = await m.findOneBy(Candidate, { id: request.candidateId });
      if (!candidate) throw notFound('Candidate');
      const application = await this.createApplication(m, job, candidate, request.knockoutAnswers ?? [], actor.id, {
        duplicateMessage: `${candidate.name} has already applied to ${job.title}`,
      });
      const view = await this.viewOf(m, application.id);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'application.created',
        entityType: 'application',
        entityId: application.id,
        jobId: job.id,
        applicationId: application.id,
        after: auditedNewApplication(application, view.stageName),
      });
      return view;
    });
  }

  /** In the caller's transaction: validates the knock-outs, screens, inserts the application and its first history row. */
  async createApplication(
    m: EntityManager,
    job: Job,
    candidate: Candidate,
    answers: KnockoutAnswer[],
    actorId: string | null,
    options: { duplicateMessage?: string; checklist?: ScreeningChecklist } = {},
  ): Promise<Application> {
    if (candidate.erasedAt) throw candidateErased(candidate.id);
    if (await m.existsBy(Application, { jobId: job.id, candidateId: candidate.id })) {
      throw alreadyApplied(options.duplicateMessage);
    }
    const applied = appliedStageOf(await m.findBy(JobStageRow, { jobId: job.id }));
    if (!applied) throw new AppError('CONFLICT', 'The job has no interview plan to apply to');
    const checklist = options.checklist ?? (await this.screening.checklists(m, [job.id])).get(job.id)!;
    const errors = knockoutAnswerErrors(answers, checklist.prerequisiteIds);
    if (errors.length) throw invalid(errors);
    const screening = checklist.screen(candidate.resumeText ?? '', answers);
    const rows = newApplicationRows({
      jobId: job.id,
      candidateId: candidate.id,
      appliedStageId: applied.id,
      knockoutAnswers: answers,
      screening,
      failedMustHave: failedMustHaves(answers, checklist).length > 0,
      autoRejectOnKnockout: job.autoRejectOnKnockout,
      actorId,
      now: new Date(),
    });
    await m.insert(Application, rows.application);
    await m.insert(StageMoveRow, rows.moves);
    return rows.application;
  }

  /**
   * Interviewers reach an application only when assigned (a stage of its job, or the application itself);
   * else 404. Until they submit their own scorecard they do not see its score (the blind rule).
   */
  async get(id: string, actor: Actor): Promise<ApplicationView | BlindApplicationView> {
    const m = this.dataSource.manager;
    const application = await this.reachable(m, id, actor);
    const view = await this.viewOf(m, id, application);
    if (actor.role === 'interviewer' && !(await hasSubmitted(m, id, actor.id))) return blind(view);
    return view;
  }

  /** The application if this person may see it, else 404 (also for an interviewer not assigned to it). */
  async reachable(m: EntityManager, id: string, actor: Actor): Promise<Application> {
    const application = await m.findOneBy(Application, { id });
    if (!application) throw notFound('Application');
    if (actor.role === 'interviewer' && !(await isAssigned(m, application, actor.id))) throw notFound('Application');
    return application;
  }

  /**
   * In the caller's transaction: libs/pipeline decides the move, then the
   * conditional UPDATE saves it. Returns where it was and where it went, for
   * the caller's audit event (this records none: the caller's request does).
   */
  async moveWithin(
    m: EntityManager,
    application: Application,
    request: MoveRequest,
    actorId: string,
  ): Promise<{ before: AuditedPlace; after: AuditedPlace }> {
    const stages = await m.findBy(JobStageRow, { jobId: application.jobId });
    const next = decide(stages, application, request);
    await this.saveMove(m, application, next, request, actorId, new Date());
    return { before: placeOf(application, stages), after: placeOf(next, stages) };
  }

  async move(id: string, request: MoveRequest, actor: Actor): Promise<ApplicationView> {
    return this.tx.run(async (m) => {
      const application = await m.findOneBy(Application, { id });
      if (!application) throw notFound('Application');
      const stages = await m.findBy(JobStageRow, { jobId: application.jobId });
      const next = decide(stages, application, request);
      await this.saveMove(m, application, next, request, actor.id, new Date());
      const view = await this.viewOf(m, id);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'application.moved',
        entityType: 'application',
        entityId: id,
        jobId: application.jobId,
        applicationId: id,
        before: placeOf(application, stages),
        after: { ...placeOf(next, stages), move: moveKind(request), reason: next.rejection?.reason ?? null },
      });
      return view;
    });
  }

  /** All or nothing: any refused application names itself and the transaction changes nothing. */
  async bulk(request: BulkRequest, actor: Actor): Promise<BulkResult> {
    const ids = [...new Set(request.applicationIds)];
    return this.tx.run(async (m) => {
      const applications = await m.findBy(Application, { id: In(ids) });
      const byId = new Map(applications.map((a) => [a.id, a]));
      const missing = request.applicationIds.findIndex((id) => !byId.has(id));
      if (missing >= 0) {
        throw new AppError(
          'NOT_FOUND',
          `Application ${request.applicationIds[missing]} was not found; nothing was changed`,
          [{ field: `applicationIds.${missing}`, message: 'was not found' }],
        );
      }
      const jobIds = [...new Set(applications.map((a) => a.jobId))];
      const recordBulk = (before: Record<string, object>, after: Record<string, object>, extra: object) =>
        this.audit.record(m, {
          actorId: actor.id,
          action: 'applications.bulk_updated',
          entityType: 'application',
          entityId: null,
          jobId: jobIds.length === 1 ? jobIds[0] : null,
          applicationIds: ids,
          before: { applications: before },
          after: { action: request.action, ...extra, applicationIds: ids, applications: after },
        });
      if (request.action === 'tag') {
        const before: Record<string, object> = {};
        const after: Record<string, object> = {};
        for (const application of applications) {
          const tags = cleanTags([...application.tags, ...(request.tags ?? [])]);
          await m.update(
            Application,
            { id: application.id },
            { tags, tagsKey: tagsKey(tags), version: () => 'version + 1' },
          );
          before[application.id] = { tags: application.tags };
          after[application.id] = { tags };
        }
        await recordBulk(before, after, { tags: cleanTags(request.tags ?? []) });
        return { updated: applications.length };
      }
      const stages = await m.findBy(JobStageRow, { jobId: In(jobIds) });
      const move: MoveRequest =
        request.action === 'move' ? { toStageId: request.toStageId } : { status: 'rejected', reason: request.reason };
      const now = new Date();
      const before: Record<string, object> = {};
      const after: Record<string, object> = {};
      for (const [index, id] of ids.entries()) {
        const application = byId.get(id)!;
        let next: MoveOutcome;
        try {
          next = decide(
            stages.filter((stage) => stage.jobId === application.jobId),
            application,
            move,
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          throw new AppError(error.code, `Application ${id}: ${error.message}; nothing was changed`, [
            {
              field: `applicationIds.${request.applicationIds.indexOf(id, 0) >= 0 ? request.applicationIds.indexOf(id) : index}`,
              message: error.message,
            },
          ]);
        }
        await this.saveMove(m, application, next, move, actor.id, now);
        const plan = stages.filter((stage) => stage.jobId === application.jobId);
        before[id] = placeOf(application, plan);
        after[id] = placeOf(next, plan);
      }
      await recordBulk(before, after, {
        ...(move.toStageId ? { toStageId: move.toStageId } : {}),
        ...(move.reason ? { reason: move.reason.trim() } : {}),
      });
      return { updated: ids.length };
    });
  }

  /** Conditional on the version read, so two moves of one application cannot both win. */
  private async saveMove(
    m: EntityManager,
    application: Application,
    next: MoveOutcome,
    request: MoveRequest,
    actorId: string,
    now: Date,
  ): Promise<void> {
    const changedPlace = next.stageId !== application.stageId || next.status !== application.status;
    const updated = await m
      .createQueryBuilder()
      .update(Application)
      .set({
        stageId: next.stageId,
        status: next.status,
        rejection: next.rejection,
        ...(changedPlace ? { stageEnteredAt: now } : {}),
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: application.id, version: application.version })
      .execute();
    if (updated.affected !== 1) throw moveConflict();
    await m.insert(StageMoveRow, {
      ...new StageMoveRow(),
      applicationId: application.id,
      fromStageId: application.stageId,
      toStageId: next.stageId,
      fromStatus: application.status,
      toStatus: next.status,
      actorId,
      note: request.note?.trim() || null,
      reason: next.rejection?.reason ?? request.reason?.trim() ?? null,
      at: now,
    });
  }

  /** The application with its job title, candidate and stage names, and its history (with actor names). */
  async viewOf(m: EntityManager, id: string, loaded?: Application): Promise<ApplicationView> {
    const application = loaded ?? (await m.findOneByOrFail(Application, { id }));
    const names = (await m
      .createQueryBuilder()
      .select('j.title', 'job_title')
      .addSelect('c.name', 'candidate_name')
      .addSelect('s.name', 'stage_name')
      .from('applications', 'a')
      .innerJoin('jobs', 'j', 'j.id = a.job_id')
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .leftJoin('job_stages', 's', 's.id = a.stage_id')
      .where('a.id = :id', { id })
      .getRawOne()) as { job_title: string; candidate_name: string; stage_name: string | null };
    const history = await m
      .createQueryBuilder(StageMoveRow, 'move')
      .leftJoin('move.actor', 'actor')
      .addSelect('actor.name', 'actor_name')
      .where('move.application_id = :id', { id })
      .orderBy('move.at', 'ASC')
      .addOrderBy('CASE WHEN move.from_status IS NULL THEN 0 ELSE 1 END', 'ASC')
      .getRawAndEntities<{ move_id: string; actor_name: string | null }>();
    const actorNames = new Map(history.raw.map((row) => [row.move_id, row.actor_name]));
    return toApplicationView(
      application,
      { jobTitle: names.job_title, candidateName: names.candidate_name, stageName: names.stage_name ?? '' },
      history.entities.map((row) => toStageMove({ ...row, actorName: actorNames.get(row.id) ?? null })),
    );
  }
}

/** The application without its stored score, for an interviewer who has not submitted yet. */
function blind(view: ApplicationView): BlindApplicationView {
  const {
    score: _score,
    coverage: _coverage,
    gates: _gates,
    proposal: _proposal,
    redFlagCount: _redFlags,
    ...rest
  } = view;
  return { ...rest, scoreHidden: true };
}

/** Where an application stands, as audit events record it: ids with the stage's name for a reader. */
export interface AuditedPlace {
  stageId: string;
  stage: string | null;
  status: ApplicationStatus;
}

function placeOf(
  place: Pick<Application, 'stageId' | 'status'>,
  stages: readonly Pick<JobStageRow, 'id' | 'name'>[],
): AuditedPlace {
  return {
    stageId: place.stageId,
    stage: stages.find((stage) => stage.id === place.stageId)?.name ?? null,
    status: place.status,
  };
}

const moveKind = (request: MoveRequest): string =>
  request.undoRejection ? 'undo' : request.status !== undefined ? request.status : 'stage';

/** What a new application's event keeps: ids and outcomes, none of the candidate's personal data. */
export function auditedNewApplication(application: Application, stageName: string | null) {
  return {
    candidateId: application.candidateId,
    stageId: application.stageId,
    stage: stageName,
    status: application.status,
    knockoutFlag: application.knockoutFlag,
    reason: application.rejection?.reason ?? null,
  };
}

export interface MoveOutcome {
  stageId: string;
  status: ApplicationStatus;
  rejection: RejectionRecord | null;
}

const DECISION_CODES: ReadonlySet<ErrorCode> = new Set([
  'STAGE_TRANSITION_NOT_ALLOWED',
  'REASON_REQUIRED',
  'UNKNOWN_STAGE',
]);

/** libs/pipeline decides; this only turns its refusal into an AppError. */
function decide(stages: readonly JobStageRow[], application: Application, request: MoveRequest): MoveOutcome {
  const decision = decideMove(planOf(stages), application, request);
  if (!decision.ok) {
    const code: ErrorCode = DECISION_CODES.has(decision.code) ? decision.code : 'STAGE_TRANSITION_NOT_ALLOWED';
    throw new AppError(code, decision.message);
  }
  return decision.next;
}
