import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssessmentView,
  AssignInterviewerRequest,
  CreateNoteRequest,
  DecisionRequest,
  DecisionView,
  FieldError,
  InterviewerAssignment,
  MoveRequest,
  MyInterview,
  NoteView,
  SaveScorecardRequest,
  ScorecardVersion,
  ScorecardView,
} from '@shortlist/contracts';
import { debriefAgenda } from '@shortlist/scoring';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { hasSubmitted, isAssignedAt } from '../applications/application-access';
import { ApplicationInterviewer } from '../applications/application-interviewer.entity';
import { type Actor, ApplicationsService, planOf } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../common/app-error';
import { TransactionRunner } from '../database/transaction-runner';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { RedFlagTypeRow } from '../jobs/red-flag-type.entity';
import { RubricVersion } from '../jobs/rubric-version.entity';
import { User } from '../users/user.entity';
import { PANEL_ROLES } from '../users/users.service';
import { DecisionRow } from './decision.entity';
import { NoteRow } from './note.entity';
import {
  Scorecard,
  ScorecardRating,
  ScorecardRedFlag,
  ScorecardRevision,
  type ScorecardSnapshot,
} from './scorecard.entity';
import { ratingOf, ScoringService } from './scoring.service';

const invalid = (errors: FieldError[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `Invalid value for: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
    errors,
  );

const versionConflict = () =>
  new AppError(
    'VERSION_CONFLICT',
    'The scorecard was saved meanwhile (another tab?); reload it and apply your edit again',
  );

const DECIDERS = new Set(['hiring_manager', 'admin']);

/** Whether a decision goes the proposal's way: hire counts as advance. */
const agreesWith = (decision: DecisionRequest['decision'], proposal: string | null) =>
  (decision === 'reject' ? 'reject' : 'advance') === proposal;

@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly applications: ApplicationsService,
    private readonly scoring: ScoringService,
    private readonly audit: AuditService,
  ) {}

  // ── assignments ──────────────────────────────────────────────────────────

  async assign(applicationId: string, request: AssignInterviewerRequest, actor: Actor): Promise<InterviewerAssignment> {
    return this.tx.run(async (m) => {
      const application = await m.findOneBy(Application, { id: applicationId });
      if (!application) throw notFound('Application');
      const stage = await m.findOneBy(JobStageRow, { id: request.stageId, jobId: application.jobId });
      const errors: FieldError[] = [];
      if (!stage || stage.kind !== 'interview') {
        errors.push({ field: 'stageId', message: "must be an interview stage of the application's job" });
      }
      const user = await m.findOneBy(User, { id: request.userId, active: true, role: In([...PANEL_ROLES]) });
      if (!user) errors.push({ field: 'userId', message: 'must be an active interviewer, hiring manager or admin' });
      if (errors.length) throw invalid(errors);
      const existing = await m.findOneBy(ApplicationInterviewer, { applicationId, ...request });
      if (!existing)
        await m.insert(ApplicationInterviewer, { ...new ApplicationInterviewer(), applicationId, ...request });
      const assignment = { userId: user!.id, stageId: stage!.id, stage: stage!.name };
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'application.interviewer_assigned',
        entityType: 'application',
        entityId: applicationId,
        jobId: application.jobId,
        applicationId,
        // Assigning twice is allowed and changes nothing: before equals after.
        before: existing ? assignment : null,
        after: assignment,
      });
      return { applicationId, userId: user!.id, userName: user!.name, stageId: stage!.id };
    });
  }

  /** Assigned (application, stage) pairs: explicit ones, and active applications on a stage the person interviews in. */
  async myInterviews(actor: Actor): Promise<MyInterview[]> {
    const m = this.dataSource.manager;
    const explicit = await m.findBy(ApplicationInterviewer, { userId: actor.id });
    const stages = await m
      .createQueryBuilder(JobStageRow, 'stage')
      .where('stage.interviewer_ids LIKE :pattern', { pattern: `%"${actor.id}"%` })
      .andWhere("stage.kind = 'interview'")
      .getMany();
    const onStage = stages.length
      ? await m.find(Application, { where: { stageId: In(stages.map((s) => s.id)), status: 'active' } })
      : [];
    const pairs = new Map<string, { applicationId: string; stageId: string }>();
    for (const p of [...explicit, ...onStage.map((a) => ({ applicationId: a.id, stageId: a.stageId }))]) {
      pairs.set(`${p.applicationId}|${p.stageId}`, { applicationId: p.applicationId, stageId: p.stageId });
    }
    if (pairs.size === 0) return [];
    const applicationIds = [...new Set([...pairs.values()].map((p) => p.applicationId))];
    const rows = (await m
      .createQueryBuilder()
      .select('a.id', 'id')
      .addSelect('a.job_id', 'job_id')
      .addSelect('j.title', 'job_title')
      .addSelect('c.name', 'candidate_name')
      .from('applications', 'a')
      .innerJoin('jobs', 'j', 'j.id = a.job_id')
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .where('a.id IN (:...ids)', { ids: applicationIds })
      .getRawMany()) as { id: string; job_id: string; job_title: string; candidate_name: string }[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const stageNames = new Map(
      (await m.findBy(JobStageRow, { id: In([...new Set([...pairs.values()].map((p) => p.stageId))]) })).map((s) => [
        s.id,
        s.name,
      ]),
    );
    const cards = await m.findBy(Scorecard, { interviewerId: actor.id, applicationId: In(applicationIds) });
    return [...pairs.values()]
      .filter((p) => byId.has(p.applicationId))
      .map((p) => {
        const row = byId.get(p.applicationId)!;
        const card = cards.find((c) => c.applicationId === p.applicationId && c.stageId === p.stageId);
        return {
          applicationId: p.applicationId,
          candidateName: row.candidate_name,
          jobId: row.job_id,
          jobTitle: row.job_title,
          stageId: p.stageId,
          stageName: stageNames.get(p.stageId) ?? '',
          scorecard: card ? card.status : 'due',
          scorecardId: card?.id ?? null,
        } satisfies MyInterview;
      })
      .sort((a, b) => a.candidateName.localeCompare(b.candidateName) || a.stageName.localeCompare(b.stageName));
  }

  // ── scorecards ───────────────────────────────────────────────────────────

  /** Idempotent: the existing scorecard of this person at this stage, else a new draft. */
  async start(applicationId: string, stageId: string, actor: Actor): Promise<ScorecardVersion> {
    return this.tx.run(async (m) => {
      const application = await this.applications.reachable(m, applicationId, actor);
      const stage = await m.findOneBy(JobStageRow, { id: stageId, jobId: application.jobId });
      if (!stage || stage.kind !== 'interview') {
        throw invalid([{ field: 'stageId', message: "must be an interview stage of the application's job" }]);
      }
      if (!(await isAssignedAt(m, application, stage, actor.id))) {
        throw new AppError('FORBIDDEN', 'Only an interviewer assigned to this stage may score it');
      }
      const existing = await m.findOneBy(Scorecard, { applicationId, stageId, interviewerId: actor.id });
      const recordStart = (card: Pick<Scorecard, 'id' | 'status' | 'version' | 'rubricVersion'>) =>
        this.audit.record(m, {
          actorId: actor.id,
          action: 'scorecard.started',
          entityType: 'scorecard',
          entityId: card.id,
          jobId: application.jobId,
          applicationId,
          // Starting again returns the existing scorecard unchanged: before equals after.
          before: existing ? { status: existing.status, version: existing.version } : null,
          after: {
            stageId,
            stage: stage.name,
            status: card.status,
            version: card.version,
            rubricVersion: card.rubricVersion,
          },
        });
      if (existing) {
        await recordStart(existing);
        return { id: existing.id, version: existing.version, status: existing.status };
      }
      const job = await m.findOneByOrFail(Job, { id: application.jobId });
      const card = Object.assign(new Scorecard(), {
        applicationId,
        stageId,
        interviewerId: actor.id,
        status: 'draft' as const,
        version: 1,
        rubricVersion: job.rubricVersion,
        recommendation: null,
        takeaways: null,
        submittedAt: null,
        revisedAfterSeeingOthers: false,
      });
      await m.insert(Scorecard, card);
      await recordStart(card);
      return { id: card.id, version: 1, status: 'draft' };
    });
  }

  /**
   * Validates everything first, then bumps the version by a conditional
   * UPDATE: of several saves from one version exactly one goes on. Editing a
   * submitted scorecard keeps a revision and restates the stored score.
   */
  async save(id: string, request: SaveScorecardRequest, actor: Actor): Promise<ScorecardVersion> {
    return this.tx.run(async (m) => {
      const card = await this.ownScorecard(m, id, actor);
      const application = await m.findOneByOrFail(Application, { id: card.applicationId });
      const items = await this.refuseInvalid(m, card, application, request);
      const before = auditedContent(await this.snapshotOfRows(m, card), items);
      await this.bump(m, card, request.version, {
        recommendation: request.recommendation ?? null,
        takeaways: request.takeaways?.trim() || null,
      });
      await m.delete(ScorecardRating, { scorecardId: id });
      await m.delete(ScorecardRedFlag, { scorecardId: id });
      const snapshot = snapshotOf(request);
      let afterSeeingOthers = false;
      if (snapshot.ratings.length) {
        await m.insert(
          ScorecardRating,
          snapshot.ratings.map((r) => ({ ...new ScorecardRating(), scorecardId: id, ...r })),
        );
      }
      if (snapshot.redFlags.length) {
        await m.insert(
          ScorecardRedFlag,
          snapshot.redFlags.map((f) => ({ ...new ScorecardRedFlag(), scorecardId: id, ...f })),
        );
      }
      if (card.status === 'submitted') {
        afterSeeingOthers = await m.exists(Scorecard, {
          where: { applicationId: card.applicationId, status: 'submitted', interviewerId: notThis(card.interviewerId) },
        });
        await this.addRevision(m, id, snapshot, afterSeeingOthers);
        if (afterSeeingOthers) await m.update(Scorecard, { id }, { revisedAfterSeeingOthers: true });
        await this.scoring.recompute(m, card.applicationId);
      }
      const revised = card.status === 'submitted';
      await this.audit.record(m, {
        actorId: actor.id,
        action: revised ? 'scorecard.revised' : 'scorecard.saved',
        entityType: 'scorecard',
        entityId: id,
        jobId: application.jobId,
        applicationId: card.applicationId,
        before: { status: card.status, version: request.version, ...before },
        after: {
          status: card.status,
          version: request.version + 1,
          ...auditedContent(snapshot, items),
          ...(revised ? { afterSeeingOthers } : {}),
        },
      });
      return { id, version: request.version + 1, status: card.status };
    });
  }

  /** Locks the scorecard and, in the same transaction, restates the application's stored score. */
  async submit(id: string, version: number, actor: Actor): Promise<ScorecardVersion> {
    return this.tx.run(async (m) => {
      const card = await this.ownScorecard(m, id, actor);
      if (card.version !== version) throw versionConflict();
      if (card.status === 'submitted') throw new AppError('SCORECARD_SUBMITTED', 'The scorecard is already submitted');
      if (card.recommendation === null) {
        throw invalid([{ field: 'recommendation', message: 'is required to submit; save one first' }]);
      }
      const now = new Date();
      await this.bump(m, card, version, { status: 'submitted', submittedAt: now });
      const snapshot = await this.snapshotOfRows(m, card);
      await this.addRevision(m, id, snapshot, false);
      await this.scoring.recompute(m, card.applicationId);
      const application = await m.findOneByOrFail(Application, { id: card.applicationId });
      const items = new Map((await m.findBy(ChecklistItem, { jobId: application.jobId })).map((i) => [i.id, i]));
      const content = auditedContent(snapshot, items);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: id,
        jobId: application.jobId,
        applicationId: card.applicationId,
        before: { status: 'draft', version, ...content },
        after: {
          status: 'submitted',
          version: version + 1,
          ...content,
          score: application.score,
          proposal: application.proposal,
        },
      });
      return { id, version: version + 1, status: 'submitted' };
    });
  }

  /** The blind rule: before submitting their own, an interviewer sees only their own scorecards. */
  async listFor(applicationId: string, actor: Actor): Promise<ScorecardView[]> {
    const m = this.dataSource.manager;
    await this.applications.reachable(m, applicationId, actor);
    const open = actor.role !== 'interviewer' || (await hasSubmitted(m, applicationId, actor.id));
    const cards = await m.find(Scorecard, {
      where: { applicationId, ...(open ? {} : { interviewerId: actor.id }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const visible = cards.filter((card) => card.status === 'submitted' || card.interviewerId === actor.id);
    return this.viewsOf(m, visible);
  }

  // ── assessment, decisions, notes ─────────────────────────────────────────

  async assessment(applicationId: string, actor: Actor): Promise<AssessmentView> {
    const m = this.dataSource.manager;
    const application = await this.applications.reachable(m, applicationId, actor);
    if (actor.role === 'interviewer' && !(await hasSubmitted(m, applicationId, actor.id))) {
      throw new AppError('FORBIDDEN', 'The assessment opens once you have submitted your own scorecard');
    }
    const { assessment, submitted } = await this.scoring.assessmentOf(m, application);
    const people = await this.namesOf(
      m,
      submitted.map((card) => card.interviewerId),
    );
    return {
      applicationId,
      ...assessment,
      agenda: debriefAgenda(assessment),
      interviewers: [...people].map(([id, name]) => ({ id, name })),
      scorecards: submitted.map((card) => ({
        id: card.id,
        interviewerId: card.interviewerId,
        stageId: card.stageId,
        recommendation: card.recommendation,
        takeaways: card.takeaways,
        submittedAt: card.submittedAt?.toISOString() ?? null,
      })),
    };
  }

  /**
   * The job's hiring manager (or an admin) decides. Against the proposal a
   * reason is required; advance or hire with a must-have unverified needs
   * override and a reason. The move it implies happens in the same transaction.
   */
  async decide(applicationId: string, request: DecisionRequest, actor: Actor): Promise<DecisionView> {
    return this.tx.run(async (m) => {
      const application = await m.findOneBy(Application, { id: applicationId });
      if (!application) throw notFound('Application');
      const job = await m.findOneByOrFail(Job, { id: application.jobId });
      if (!DECIDERS.has(actor.role) || (actor.role !== 'admin' && job.hiringManagerId !== actor.id)) {
        throw new AppError('FORBIDDEN', 'Only the hiring manager of this job or an admin may decide');
      }
      const reason = request.reason?.trim() || null;
      const forward = request.decision !== 'reject';
      if (forward && application.gates === 'pending' && !request.override) {
        throw new AppError(
          'GATE_UNVERIFIED',
          'A must-have prerequisite is still unverified; verify it, or override with a written reason',
        );
      }
      if (!reason && (request.override || !agreesWith(request.decision, application.proposal))) {
        throw invalid([
          {
            field: 'reason',
            message: request.override
              ? 'is required to override an unverified gate'
              : `is required when the decision differs from the proposal (${application.proposal ?? 'none yet'})`,
          },
        ]);
      }
      const moved = await this.applications.moveWithin(
        m,
        application,
        await this.moveFor(m, application, request, reason),
        actor.id,
      );
      const row = Object.assign(new DecisionRow(), {
        applicationId,
        decidedBy: actor.id,
        decision: request.decision,
        proposalAtTime: application.proposal,
        scoreAtTime: application.score,
        reason,
        override: request.override === true,
        createdAt: new Date(),
      });
      await m.insert(DecisionRow, row);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'application.decided',
        entityType: 'application',
        entityId: applicationId,
        jobId: application.jobId,
        applicationId,
        before: { ...moved.before, proposal: application.proposal, score: application.score },
        after: {
          ...moved.after,
          decisionId: row.id,
          decision: row.decision,
          proposal: row.proposalAtTime,
          agreesWithProposal: agreesWith(row.decision, row.proposalAtTime),
          reason,
          override: row.override,
        },
      });
      return toDecisionView(row);
    });
  }

  async addNote(applicationId: string, request: CreateNoteRequest, actor: Actor): Promise<NoteView> {
    return this.tx.run(async (m) => {
      const application = await this.applications.reachable(m, applicationId, actor);
      const errors: FieldError[] = [];
      if (request.itemId && !(await m.existsBy(ChecklistItem, { id: request.itemId, jobId: application.jobId }))) {
        errors.push({ field: 'itemId', message: "must be an item of the application's job" });
      }
      if (
        request.redFlagTypeId &&
        !(await m.existsBy(RedFlagTypeRow, { id: request.redFlagTypeId, jobId: application.jobId }))
      ) {
        errors.push({ field: 'redFlagTypeId', message: "must be a red flag type of the application's job" });
      }
      if (errors.length) throw invalid(errors);
      const row = Object.assign(new NoteRow(), {
        applicationId,
        authorId: actor.id,
        body: request.body.trim(),
        itemId: request.itemId ?? null,
        redFlagTypeId: request.redFlagTypeId ?? null,
        createdAt: new Date(),
      });
      await m.insert(NoteRow, row);
      const author = await m.findOneByOrFail(User, { id: actor.id });
      // The body stays out: it is free text about a candidate, which an erasure must be able to remove.
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'note.added',
        entityType: 'note',
        entityId: row.id,
        jobId: application.jobId,
        applicationId,
        after: { noteId: row.id, itemId: row.itemId, redFlagTypeId: row.redFlagTypeId },
      });
      return toNoteView(row, author.name);
    });
  }

  /** Interviewers' notes stay hidden from other interviewers until those submit their own scorecard. */
  async notes(applicationId: string, actor: Actor): Promise<NoteView[]> {
    const m = this.dataSource.manager;
    await this.applications.reachable(m, applicationId, actor);
    const open = actor.role !== 'interviewer' || (await hasSubmitted(m, applicationId, actor.id));
    const rows = await m.find(NoteRow, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const authors = await m.findBy(User, { id: In([...new Set(rows.map((row) => row.authorId)), actor.id]) });
    const byId = new Map(authors.map((user) => [user.id, user]));
    return rows
      .filter((row) => open || row.authorId === actor.id || byId.get(row.authorId)?.role !== 'interviewer')
      .map((row) => toNoteView(row, byId.get(row.authorId)?.name ?? ''));
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  /** Nobody reaches another person's scorecard: 404, as if it did not exist. */
  private async ownScorecard(m: EntityManager, id: string, actor: Actor): Promise<Scorecard> {
    const card = await m.findOneBy(Scorecard, { id });
    if (!card || card.interviewerId !== actor.id) throw notFound('Scorecard');
    return card;
  }

  private async bump(m: EntityManager, card: Scorecard, version: number, fields: Partial<Scorecard>): Promise<void> {
    if (card.version !== version) throw versionConflict();
    const updated = await m
      .createQueryBuilder()
      .update(Scorecard)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: card.id, version })
      .execute();
    if (updated.affected !== 1) throw versionConflict();
  }

  /** Items: the job's active ones or those of the scorecard's rubric version; values fit the category; flags the job's. */
  private async refuseInvalid(
    m: EntityManager,
    card: Scorecard,
    application: Application,
    request: SaveScorecardRequest,
  ): Promise<ReadonlyMap<string, ChecklistItem>> {
    const items = await m.findBy(ChecklistItem, { jobId: application.jobId });
    const snapshot = await m.findOneBy(RubricVersion, { jobId: application.jobId, version: card.rubricVersion });
    const ratedIds = new Set(snapshot?.items.map((item) => item.id) ?? []);
    const usable = new Map(
      items.filter((item) => item.retiredAt === null || ratedIds.has(item.id)).map((item) => [item.id, item]),
    );
    const flagTypes = new Set((await m.findBy(RedFlagTypeRow, { jobId: application.jobId })).map((f) => f.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    request.ratings.forEach((rating, i) => {
      const item = usable.get(rating.itemId);
      if (!item) return void errors.push({ field: `ratings.${i}.itemId`, message: 'must be an item of this job' });
      if (seen.has(rating.itemId)) errors.push({ field: `ratings.${i}.itemId`, message: 'rates the same item twice' });
      seen.add(rating.itemId);
      if (rating.value === null) return;
      const prerequisite = item.category === 'prerequisite';
      if (prerequisite !== (rating.value === 'met' || rating.value === 'not_met')) {
        errors.push({
          field: `ratings.${i}.value`,
          message: prerequisite ? 'must be met, not_met or null for a prerequisite' : 'must be 1, 2, 3, 4 or null',
        });
      }
    });
    request.redFlags.forEach((flag, i) => {
      if (!flagTypes.has(flag.typeId)) {
        errors.push({ field: `redFlags.${i}.typeId`, message: 'must be a red flag type of this job' });
      }
      if (flag.severity === 'dealbreaker' && !flag.evidence?.trim()) {
        errors.push({ field: `redFlags.${i}.evidence`, message: 'is required for a dealbreaker' });
      }
    });
    if (errors.length) throw invalid(errors);
    return usable;
  }

  private async addRevision(
    m: EntityManager,
    scorecardId: string,
    snapshot: ScorecardSnapshot,
    afterSeeingOthers: boolean,
  ): Promise<void> {
    const revision = (await m.countBy(ScorecardRevision, { scorecardId })) + 1;
    await m.insert(ScorecardRevision, {
      ...new ScorecardRevision(),
      scorecardId,
      revision,
      snapshot,
      afterSeeingOthers,
      createdAt: new Date(),
    });
  }

  private async snapshotOfRows(m: EntityManager, card: Scorecard): Promise<ScorecardSnapshot> {
    const ratings = await m.find(ScorecardRating, { where: { scorecardId: card.id }, order: { id: 'ASC' } });
    const flags = await m.find(ScorecardRedFlag, { where: { scorecardId: card.id }, order: { id: 'ASC' } });
    return {
      recommendation: card.recommendation,
      takeaways: card.takeaways,
      ratings: ratings.map(({ itemId, value, note }) => ({ itemId, value, note })),
      redFlags: flags.map(({ typeId, severity, evidence }) => ({ typeId, severity, evidence })),
    };
  }

  private async viewsOf(m: EntityManager, cards: Scorecard[]): Promise<ScorecardView[]> {
    if (cards.length === 0) return [];
    const ids = cards.map((card) => card.id);
    const ratings = await m.findBy(ScorecardRating, { scorecardId: In(ids) });
    const flags = await m.findBy(ScorecardRedFlag, { scorecardId: In(ids) });
    const revisions = await m.find(ScorecardRevision, { where: { scorecardId: In(ids) }, order: { revision: 'ASC' } });
    const names = await this.namesOf(
      m,
      cards.map((card) => card.interviewerId),
    );
    return cards.map((card) => ({
      id: card.id,
      applicationId: card.applicationId,
      stageId: card.stageId,
      interviewerId: card.interviewerId,
      interviewerName: names.get(card.interviewerId) ?? '',
      status: card.status,
      version: card.version,
      rubricVersion: card.rubricVersion,
      recommendation: card.recommendation,
      takeaways: card.takeaways,
      submittedAt: card.submittedAt?.toISOString() ?? null,
      revisedAfterSeeingOthers: card.revisedAfterSeeingOthers,
      ratings: ratings
        .filter((r) => r.scorecardId === card.id)
        .map((r) => ({ itemId: r.itemId, value: ratingOf(r.value), note: r.note })),
      redFlags: flags
        .filter((f) => f.scorecardId === card.id)
        .map((f) => ({ typeId: f.typeId, severity: f.severity, evidence: f.evidence })),
      revisions: revisions
        .filter((r) => r.scorecardId === card.id)
        .map((r) => ({
          revision: r.revision,
          createdAt: r.createdAt.toISOString(),
          afterSeeingOthers: r.afterSeeingOthers,
        })),
    }));
  }

  private async namesOf(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await m.find(User, { where: { id: In(unique) }, select: { id: true, name: true } });
    return new Map(users.map((user) => [user.id, user.name]));
  }

  /** advance → the next stage of the plan; hire → hired (libs/pipeline allows it from Offer only); reject → rejected. */
  private async moveFor(
    m: EntityManager,
    application: Application,
    request: DecisionRequest,
    reason: string | null,
  ): Promise<MoveRequest> {
    if (request.decision === 'hire') return { status: 'hired', note: reason ?? undefined };
    if (request.decision === 'reject') {
      return { status: 'rejected', reason: reason ?? `Rejected on the proposal (${application.proposal})` };
    }
    const plan = planOf(await m.findBy(JobStageRow, { jobId: application.jobId }));
    const here = plan.findIndex((stage) => stage.id === application.stageId);
    const next = here >= 0 ? plan[here + 1] : undefined;
    if (!next) throw new AppError('STAGE_TRANSITION_NOT_ALLOWED', 'There is no stage after this one to advance to');
    return { toStageId: next.id, note: reason ?? 'Advanced by decision' };
  }
}

const notThis = (id: string) => Not(id);

function snapshotOf(request: SaveScorecardRequest): ScorecardSnapshot {
  return {
    recommendation: request.recommendation ?? null,
    takeaways: request.takeaways?.trim() || null,
    ratings: request.ratings.map((r) => ({
      itemId: r.itemId,
      value: r.value === null ? null : String(r.value),
      note: r.note?.trim() || null,
    })),
    redFlags: request.redFlags.map((f) => ({
      typeId: f.typeId,
      severity: f.severity,
      evidence: f.evidence?.trim() || null,
    })),
  };
}

/**
 * A scorecard's content as its audit events record it: the ratings (keyed by
 * item, with the item's label for a reader), the recommendation and the red
 * flags raised. The free text (rating notes, flag evidence, take-aways) stays
 * in scorecard_revisions, which an erasure can remove; the chain cannot be.
 */
function auditedContent(snapshot: ScorecardSnapshot, items: ReadonlyMap<string, Pick<ChecklistItem, 'label'>>) {
  return {
    recommendation: snapshot.recommendation,
    ratings: Object.fromEntries(
      snapshot.ratings.map((r) => [r.itemId, { item: items.get(r.itemId)?.label ?? null, value: ratingOf(r.value) }]),
    ),
    redFlags: snapshot.redFlags.map((f) => ({ typeId: f.typeId, severity: f.severity })),
  };
}

const toDecisionView = (row: DecisionRow): DecisionView => ({
  id: row.id,
  applicationId: row.applicationId,
  decidedBy: row.decidedBy ?? '',
  decision: row.decision,
  proposalAtTime: row.proposalAtTime,
  scoreAtTime: row.scoreAtTime,
  reason: row.reason,
  override: row.override,
  createdAt: row.createdAt.toISOString(),
});

const toNoteView = (row: NoteRow, authorName: string): NoteView => ({
  id: row.id,
  applicationId: row.applicationId,
  authorId: row.authorId,
  authorName,
  body: row.body,
  itemId: row.itemId,
  redFlagTypeId: row.redFlagTypeId,
  createdAt: row.createdAt.toISOString(),
});
