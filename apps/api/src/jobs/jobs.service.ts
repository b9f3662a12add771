import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateJobRequest,
  FieldError,
  JobStage,
  JobSummary,
  JobView,
  RedFlagType,
  RubricVersionView,
  UpdateJobRequest,
} from '@shortlist/contracts';
import {
  activeItems,
  canChangeStatus,
  type JobEdit,
  type JobState,
  jobDraftFromTemplate,
  planJobEdit,
  planNewJob,
  type RubricItem,
  slugFor,
} from '@shortlist/rubric';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, type EntityTarget, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import { changesBetween, keyedById } from '../audit/audit-diff';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { ScoringService } from '../scorecards/scoring.service';
import { User } from '../users/user.entity';
import { PANEL_ROLES } from '../users/users.service';
import { ChecklistItem } from './checklist-item.entity';
import { Job } from './job.entity';
import { JobStageRow } from './job-stage.entity';
import { stateOf, toJobItem, toJobSummary, toJobView, toRubricVersionView } from './job-view';
import { RedFlagTypeRow } from './red-flag-type.entity';
import { RubricVersion } from './rubric-version.entity';

export type Actor = Pick<AuthUser, 'id' | 'role'>;

const invalid = (errors: FieldError[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `Invalid value for: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
    errors,
  );

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'The job was changed by someone else; reload it and apply your edit again');

/** An interviewer reaches a job only through a stage they interview in. */
const mayRead = (actor: Actor, stages: readonly Pick<JobStage, 'interviewerIds'>[]) =>
  actor.role !== 'interviewer' || stages.some((stage) => stage.interviewerIds.includes(actor.id));

@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly scoring: ScoringService,
    private readonly audit: AuditService,
  ) {}

  /** The list page in one query: counts come from correlated subqueries, not from loading every item. */
  async list(actor: Actor): Promise<JobSummary[]> {
    const query = this.dataSource
      .getRepository(Job)
      .createQueryBuilder('job')
      .innerJoin('job.hiringManager', 'manager')
      .addSelect('manager.name', 'hiring_manager_name')
      .addSelect(
        (sub) =>
          sub
            .select('COUNT(*)')
            .from(ChecklistItem, 'item')
            .where('item.job_id = job.id')
            .andWhere('item.retired_at IS NULL'),
        'item_count',
      )
      .addSelect(
        (sub) => sub.select('COUNT(*)').from(JobStageRow, 'stage').where('stage.job_id = job.id'),
        'stage_count',
      )
      .orderBy('job.updatedAt', 'DESC')
      .addOrderBy('job.title', 'ASC');
    if (actor.role === 'interviewer') {
      // The jobs get() lets them read: on a stage of the plan, or assigned to one of its applications.
      // interviewer_ids holds a JSON array of UUIDs; the quoted id cannot match a part of another one.
      query.where(
        (where) =>
          `(EXISTS ${where
            .subQuery()
            .select('1')
            .from(JobStageRow, 'assigned')
            .where('assigned.job_id = job.id')
            .andWhere('assigned.interviewer_ids LIKE :assignedPattern')
            .getQuery()} OR EXISTS ${where
            .subQuery()
            .select('1')
            .from('application_interviewers', 'ai')
            .innerJoin('applications', 'a', 'a.id = ai.application_id')
            .where('a.job_id = job.id')
            .andWhere('ai.user_id = :assignedUserId')
            .getQuery()})`,
        { assignedPattern: `%"${actor.id}"%`, assignedUserId: actor.id },
      );
    }
    const { entities, raw } = await query.getRawAndEntities<{
      job_id: string;
      hiring_manager_name: string;
      item_count: string | number;
      stage_count: string | number;
    }>();
    const extras = new Map(raw.map((row) => [row.job_id, row]));
    return entities.map((job) => {
      const row = extras.get(job.id)!;
      return toJobSummary({
        job,
        hiringManagerName: row.hiring_manager_name,
        itemCount: Number(row.item_count),
        stageCount: Number(row.stage_count),
      });
    });
  }

  async get(id: string, actor: Actor): Promise<JobView> {
    const loaded = await this.load(this.dataSource.manager, id);
    if (!loaded || !(await this.reaches(actor, id, loaded.state.stages))) throw notFound('Job');
    return toJobView(loaded.job, loaded.state);
  }

  /** Staff read every job; an interviewer one they interview for, on its plan or on one of its applications. */
  private async reaches(actor: Actor, jobId: string, stages: readonly Pick<JobStage, 'interviewerIds'>[]) {
    if (mayRead(actor, stages)) return true;
    // By table name: the applications module depends on this one, not the other way round.
    const assigned = await this.dataSource
      .createQueryBuilder()
      .select('1', 'one')
      .from('application_interviewers', 'ai')
      .innerJoin('applications', 'a', 'a.id = ai.application_id')
      .where('a.job_id = :jobId AND ai.user_id = :userId', { jobId, userId: actor.id })
      .limit(1)
      .getRawOne();
    return assigned !== undefined;
  }

  async rubricVersions(id: string, actor: Actor): Promise<RubricVersionView[]> {
    const stages = await this.dataSource.getRepository(JobStageRow).findBy({ jobId: id });
    const exists = stages.length > 0 || (await this.dataSource.getRepository(Job).existsBy({ id }));
    if (!exists || !(await this.reaches(actor, id, stages))) throw notFound('Job');
    const rows = await this.dataSource
      .getRepository(RubricVersion)
      .find({ where: { jobId: id }, order: { version: 'DESC' } });
    return rows.map(toRubricVersionView);
  }

  countJobs(): Promise<number> {
    return this.dataSource.getRepository(Job).count();
  }

  async create(request: CreateJobRequest, actor: Actor): Promise<JobView> {
    const draft = jobDraftFromTemplate(request.template, request);
    const edit = planNewJob(draft, { newId: randomUUID, now: new Date() });
    if (edit.errors.length) throw invalid(edit.errors);
    return this.tx.run(async (m) => {
      const hiringManagerId = await this.ownerOf(m, request.hiringManagerId, actor);
      await this.refuseUnfitInterviewers(m, [], edit.next.stages);
      const job = m.create(Job, {
        ...jobFields(edit.next),
        ...rejectionSettings(request),
        slug: '',
        hiringManagerId,
        rubricVersion: edit.next.rubricVersion,
        version: 1,
      });
      job.slug = slugFor(job.title, job.id);
      await m.insert(Job, job);
      await this.saveChildren(m, job.id, emptyChildren, edit, actor.id);
      const view = await this.viewOf(m, job.id);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'job.created',
        entityType: 'job',
        entityId: job.id,
        jobId: job.id,
        after: auditedJob(view),
      });
      return view;
    });
  }

  /**
   * Optimistic lock: the version is bumped by a conditional UPDATE first, so
   * of several edits based on one version exactly one goes on (the others
   * find 0 rows, or wait on the row lock and then find 0 rows) and the rest of
   * the transaction runs holding the row.
   */
  async update(id: string, request: UpdateJobRequest, actor: Actor): Promise<JobView> {
    return this.tx.run(async (m) => {
      const job = await m.findOneBy(Job, { id });
      if (!job) throw notFound('Job');
      if (actor.role !== 'admin' && job.hiringManagerId !== actor.id) {
        throw new AppError('FORBIDDEN', 'Only the hiring manager of this job or an admin may change it');
      }
      if (job.version !== request.version) throw versionConflict();
      const bumped = await m
        .createQueryBuilder()
        .update(Job)
        .set({ version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: request.version })
        .execute();
      if (bumped.affected !== 1) throw versionConflict();
      const current = (await this.load(m, id))!.state;
      const before = toJobView(job, current);
      if (request.status !== undefined && !canChangeStatus(current.status, request.status)) {
        throw new AppError('INVALID_STATUS_TRANSITION', `A job that is ${current.status} cannot go back to draft`);
      }
      const edit = planJobEdit(current, request, { newId: randomUUID, now: new Date() });
      if (edit.errors.length) throw invalid(edit.errors);
      await this.refuseUnfitInterviewers(m, current.stages, edit.next.stages);
      await m.update(
        Job,
        { id },
        { ...jobFields(edit.next), ...rejectionSettings(request), rubricVersion: edit.next.rubricVersion },
      );
      await this.saveChildren(m, id, current, edit, actor.id);
      // A changed checklist (or policy) changes what the ratings add up to: restate every stored score.
      if (edit.rubricChanged || request.categoryWeights !== undefined || request.thresholds !== undefined) {
        await this.scoring.recomputeJob(m, id);
      }
      const view = await this.viewOf(m, id);
      const changed = changesBetween(auditedJob(before), auditedJob(view), {
        always: ['version', 'rubricVersion'],
        nested: ['items', 'stages', 'redFlagTypes'],
      });
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'job.updated',
        entityType: 'job',
        entityId: id,
        jobId: id,
        ...changed,
      });
      return view;
    });
  }

  /** The job as this transaction left it. */
  private async viewOf(m: EntityManager, id: string): Promise<JobView> {
    const { job, state } = (await this.load(m, id))!;
    return toJobView(job, state);
  }

  private async load(m: EntityManager, id: string): Promise<{ job: Job; state: JobState } | undefined> {
    const job = await m.findOneBy(Job, { id });
    if (!job) return undefined;
    // One after another: inside a transaction they share one connection.
    const items = await m.findBy(ChecklistItem, { jobId: id });
    const stages = await m.findBy(JobStageRow, { jobId: id });
    const flags = await m.findBy(RedFlagTypeRow, { jobId: id });
    return { job, state: stateOf(job, items, stages, flags) };
  }

  /** The creator owns the job; an admin may give it to an active hiring manager instead. */
  private async ownerOf(m: EntityManager, requested: string | undefined, actor: Actor): Promise<string> {
    if (requested === undefined || requested === actor.id) return actor.id;
    if (actor.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Only an admin may create a job for another hiring manager');
    }
    if (!(await m.existsBy(User, { id: requested, role: 'hiring_manager', active: true }))) {
      throw invalid([{ field: 'hiringManagerId', message: 'must be an active hiring manager' }]);
    }
    return requested;
  }

  /** Interviewers newly put on a stage must be active panel members; ones already there may stay. */
  private async refuseUnfitInterviewers(m: EntityManager, before: JobStage[], after: JobStage[]): Promise<void> {
    const already = new Map(before.map((stage) => [stage.id, new Set(stage.interviewerIds)]));
    const added = after.flatMap((stage, s) =>
      stage.interviewerIds
        .map((userId, i) => ({ userId, field: `stages.${s}.interviewerIds.${i}` }))
        .filter(({ userId }) => !already.get(stage.id)?.has(userId)),
    );
    if (added.length === 0) return;
    const fit = await m.find(User, {
      where: { id: In([...new Set(added.map((a) => a.userId))]), active: true, role: In([...PANEL_ROLES]) },
      select: { id: true },
    });
    const fitIds = new Set(fit.map((user) => user.id));
    const errors = added
      .filter(({ userId }) => !fitIds.has(userId))
      .map(({ field }) => ({ field, message: 'must be an active interviewer, hiring manager or admin' }));
    if (errors.length) throw invalid(errors);
  }

  /** Writes what the edit changed: items are updated or retired (never deleted), stages and red flags synced. */
  private async saveChildren(
    m: EntityManager,
    jobId: string,
    before: Pick<JobState, 'items' | 'stages' | 'redFlagTypes'>,
    edit: JobEdit,
    actorId: string,
  ): Promise<void> {
    const { next } = edit;
    await sync(m, ChecklistItem, before.items.map(itemRow(jobId)), next.items.map(itemRow(jobId)));
    await sync(m, JobStageRow, before.stages.map(stageRow(jobId)), next.stages.map(stageRow(jobId)));
    await sync(m, RedFlagTypeRow, before.redFlagTypes.map(flagRow(jobId)), next.redFlagTypes.map(flagRow(jobId)));
    if (edit.rubricChanged) {
      await m.insert(RubricVersion, {
        ...new RubricVersion(),
        jobId,
        version: next.rubricVersion,
        items: activeItems(next.items).map(toJobItem),
        createdById: actorId,
        createdAt: new Date(),
      });
    }
  }
}

/**
 * A job as the audit log records it: the rubric, plan and red flags keyed by
 * id (so an edit names the entries it touched), with both version numbers.
 */
function auditedJob({ id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...job }: JobView) {
  return {
    ...job,
    items: keyedById(job.items),
    stages: keyedById(job.stages),
    redFlagTypes: keyedById(job.redFlagTypes),
  };
}

/** Settings the rubric lib does not plan: stored as sent, left alone when left out. */
function rejectionSettings(request: Pick<CreateJobRequest, 'rejectionReasons' | 'autoRejectOnKnockout'>) {
  return {
    ...(request.rejectionReasons === undefined
      ? {}
      : { rejectionReasons: [...new Set(request.rejectionReasons.map((reason) => reason.trim()).filter(Boolean))] }),
    ...(request.autoRejectOnKnockout === undefined ? {} : { autoRejectOnKnockout: request.autoRejectOnKnockout }),
  };
}

const emptyChildren = { items: [], stages: [], redFlagTypes: [] };

function jobFields(state: JobState) {
  const { title, level, status, location, employmentType, summary } = state;
  const { responsibilities, perks, tools, guidance, categoryWeights, thresholds } = state;
  return {
    title,
    level,
    status,
    location,
    employmentType,
    summary,
    responsibilities,
    perks,
    tools,
    guidance,
    categoryWeights,
    thresholds,
  };
}

const itemRow = (jobId: string) => (item: RubricItem) => ({ ...item, jobId });
const stageRow =
  (jobId: string) =>
  ({ order, ...stage }: JobStage) => ({ ...stage, position: order, jobId });
const flagRow = (jobId: string) => (flag: RedFlagType, position: number) => ({ ...flag, position, jobId });

type RowOf<E> = QueryDeepPartialEntity<E> & { id: string };

/** Inserts rows that are new, updates rows that differ, deletes rows that are gone. */
async function sync<E extends { id: string }>(
  m: EntityManager,
  entity: EntityTarget<E>,
  before: RowOf<E>[],
  after: RowOf<E>[],
): Promise<void> {
  const previous = new Map(before.map((row) => [row.id, JSON.stringify(row)]));
  const remaining = new Set(after.map((row) => row.id));
  const gone = before.map((row) => row.id).filter((id) => !remaining.has(id));
  if (gone.length) await m.delete(entity, gone);
  const added = after.filter((row) => !previous.has(row.id));
  if (added.length) await m.insert(entity, added);
  for (const row of after) {
    const was = previous.get(row.id);
    if (was !== undefined && was !== JSON.stringify(row)) await m.update(entity, row.id, row);
  }
}
