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
  Recommendation,
  RedFlagSeverity,
  SaveScorecardRequest,
  ScorecardStatus,
  ScorecardVersion,
  ScorecardView,
} from '@shortlist/contracts';
import { debriefAgenda, storedScoreOf } from '@shortlist/scoring';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { hasSubmitted, reachableJobId } from '../applications/application-access';
import { ApplicationInterviewer } from '../applications/application-interviewer.entity';
import { type Actor, ApplicationsService, planOf } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../common/app-error';
import { execute, selectRows, valuesList } from '../database/sql';
import { timeOrderedUuid } from '../database/time-ordered-id';
import { TransactionRunner } from '../database/transaction-runner';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { RedFlagTypeRow } from '../jobs/red-flag-type.entity';
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
import { ratingOf, type ScoringRows, ScoringService } from './scoring.service';

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
      const jobId = await reachableJobId(m, applicationId, actor);
      const [stage] = await selectRows<StageForStart>(
        m,
        `SELECT st.kind, st.name, st.interviewer_ids, j.rubric_version,
           EXISTS (SELECT 1 FROM application_interviewers ai
                    WHERE ai.application_id = $1 AND ai.user_id = $3 AND ai.stage_id = st.id) AS assigned_here,
           sc.id AS card_id, sc.status AS card_status, sc.version AS card_version,
           sc.rubric_version AS card_rubric_version
         FROM job_stages st
         INNER JOIN jobs j ON j.id = st.job_id
         LEFT JOIN scorecards sc ON sc.application_id = $1 AND sc.stage_id = st.id AND sc.interviewer_id = $3
         WHERE st.id = $2 AND st.job_id = $4`,
        [applicationId, stageId, actor.id, jobId],
      );
      if (!stage || stage.kind !== 'interview') {
        throw invalid([{ field: 'stageId', message: "must be an interview stage of the application's job" }]);
      }
      if (!assignedAtStage(stage, actor.id)) {
        throw new AppError('FORBIDDEN', 'Only an interviewer assigned to this stage may score it');
      }
      const existing = existingCardOf(stage);
      const card = existing ?? {
        id: randomUUID(),
        status: 'draft' as const,
        version: 1,
        rubricVersion: Number(stage.rubric_version),
      };
      if (!existing) {
        await execute(
          m,
          `INSERT INTO scorecards (id, application_id, stage_id, interviewer_id, status, version, rubric_version,
             revised_after_seeing_others) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [card.id, applicationId, stageId, actor.id, card.status, card.version, card.rubricVersion, false],
        );
      }
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'scorecard.started',
        entityType: 'scorecard',
        entityId: card.id,
        jobId,
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
      return { id: card.id, version: card.version, status: card.status };
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
      const items = await this.refuseInvalid(m, card, request);
      const current = await this.contentOf(m, card);
      await this.bump(m, card, request.version, 'recommendation = $3, takeaways = $4', [
        request.recommendation ?? null,
        request.takeaways?.trim() || null,
      ]);
      const snapshot = snapshotOf(request);
      await this.replaceContent(m, id, current, snapshot);
      let afterSeeingOthers = false;
      const revised = card.status === 'submitted';
      if (revised) {
        const others = await selectRows(
          m,
          `SELECT 1 FROM scorecards WHERE application_id = $1 AND status = 'submitted' AND interviewer_id <> $2 LIMIT 1`,
          [card.applicationId, card.interviewerId],
        );
        afterSeeingOthers = others.length > 0;
        await this.addRevision(m, id, snapshot, afterSeeingOthers);
        if (afterSeeingOthers) {
          await execute(m, 'UPDATE scorecards SET revised_after_seeing_others = $1 WHERE id = $2', [true, id]);
        }
        await this.scoring.recompute(m, card.applicationId);
      }
      await this.audit.record(m, {
        actorId: actor.id,
        action: revised ? 'scorecard.revised' : 'scorecard.saved',
        entityType: 'scorecard',
        entityId: id,
        jobId: card.jobId,
        applicationId: card.applicationId,
        before: { status: card.status, version: request.version, ...auditedContent(current, items) },
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
      await this.bump(m, card, version, 'status = $3, submitted_at = $4', ['submitted', new Date()]);
      // Scoring reads every submitted scorecard's ratings, this one's included: its snapshot comes from those rows.
      const { assessment, rows } = await this.scoring.recompute(m, card.applicationId);
      const snapshot = snapshotOfRows(card, rows);
      await this.addRevision(m, id, snapshot, false);
      const content = auditedContent(snapshot, new Map(rows.items.map((item) => [item.id, item])));
      const stored = storedScoreOf(assessment);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: id,
        jobId: card.jobId,
        applicationId: card.applicationId,
        before: { status: 'draft', version, ...content },
        after: {
          status: 'submitted',
          version: version + 1,
          ...content,
          score: stored.score,
          proposal: stored.proposal,
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
  private async ownScorecard(m: EntityManager, id: string, actor: Actor): Promise<CardRow> {
    const [row] = await selectRows<{
      id: string;
      application_id: string;
      job_id: string;
      interviewer_id: string;
      status: ScorecardStatus;
      version: number;
      rubric_version: number;
      recommendation: Recommendation | null;
      takeaways: string | null;
    }>(
      m,
      `SELECT s.id, s.application_id, a.job_id, s.interviewer_id, s.status, s.version, s.rubric_version,
              s.recommendation, s.takeaways
         FROM scorecards s INNER JOIN applications a ON a.id = s.application_id WHERE s.id = $1`,
      [id],
    );
    if (!row || row.interviewer_id !== actor.id) throw notFound('Scorecard');
    return {
      id: row.id,
      applicationId: row.application_id,
      jobId: row.job_id,
      interviewerId: row.interviewer_id,
      status: row.status,
      version: Number(row.version),
      rubricVersion: Number(row.rubric_version),
      recommendation: row.recommendation,
      takeaways: row.takeaways,
    };
  }

  /** `assignments` use $3 onwards for `values`; the version goes up only from the one the client had. */
  private async bump(
    m: EntityManager,
    card: CardRow,
    version: number,
    assignments: string,
    values: unknown[],
  ): Promise<void> {
    if (card.version !== version) throw versionConflict();
    const updated = await execute(
      m,
      `UPDATE scorecards SET ${assignments}, version = version + 1 WHERE id = $1 AND version = $2`,
      [card.id, version, ...values],
    );
    if (updated !== 1) throw versionConflict();
  }

  /** Items: the job's active ones or those of the scorecard's rubric version; values fit the category; flags the job's. */
  private async refuseInvalid(
    m: EntityManager,
    card: CardRow,
    request: SaveScorecardRequest,
  ): Promise<ReadonlyMap<string, ItemForSave>> {
    const items = await selectRows<ItemForSave & { id: string; retired_at: unknown }>(
      m,
      'SELECT id, category, label, retired_at FROM checklist_items WHERE job_id = $1',
      [card.jobId],
    );
    // Only a retired item needs the rubric version: it stays ratable on scorecards started under one that had it.
    const ratedIds = items.some((item) => item.retired_at !== null)
      ? await this.rubricItemIds(m, card)
      : new Set<string>();
    const usable = new Map(
      items
        .filter((item) => item.retired_at === null || ratedIds.has(item.id))
        .map(({ id, category, label }) => [id, { category, label }]),
    );
    const flagTypes = request.redFlags.length
      ? new Set(
          (await selectRows<{ id: string }>(m, 'SELECT id FROM red_flag_types WHERE job_id = $1', [card.jobId])).map(
            (f) => f.id,
          ),
        )
      : new Set<string>();
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

  private async rubricItemIds(m: EntityManager, card: CardRow): Promise<Set<string>> {
    const [snapshot] = await selectRows<{ items: string }>(
      m,
      'SELECT items FROM rubric_versions WHERE job_id = $1 AND version = $2',
      [card.jobId, card.rubricVersion],
    );
    return new Set(snapshot ? (JSON.parse(snapshot.items) as { id: string }[]).map((item) => item.id) : []);
  }

  /** The scorecard's stored ratings and red flags, each in id order. */
  private async contentOf(m: EntityManager, card: CardRow): Promise<ScorecardSnapshot> {
    const ratings = await selectRows<{ item_id: string; value: string | null; note: string | null }>(
      m,
      'SELECT item_id, value, note FROM scorecard_ratings WHERE scorecard_id = $1 ORDER BY id',
      [card.id],
    );
    const flags = await selectRows<{ type_id: string; severity: RedFlagSeverity; evidence: string | null }>(
      m,
      'SELECT type_id, severity, evidence FROM scorecard_red_flags WHERE scorecard_id = $1 ORDER BY id',
      [card.id],
    );
    return {
      recommendation: card.recommendation,
      takeaways: card.takeaways,
      ratings: ratings.map((r) => ({ itemId: r.item_id, value: r.value, note: r.note })),
      redFlags: flags.map((f) => ({ typeId: f.type_id, severity: f.severity, evidence: f.evidence })),
    };
  }

  /** Replaces the stored ratings and red flags; `current` was read in this transaction, so an empty list needs no DELETE. */
  private async replaceContent(
    m: EntityManager,
    id: string,
    current: ScorecardSnapshot,
    next: ScorecardSnapshot,
  ): Promise<void> {
    if (current.ratings.length) await execute(m, 'DELETE FROM scorecard_ratings WHERE scorecard_id = $1', [id]);
    if (current.redFlags.length) await execute(m, 'DELETE FROM scorecard_red_flags WHERE scorecard_id = $1', [id]);
    if (next.ratings.length) {
      await execute(
        m,
        `INSERT INTO scorecard_ratings (id, scorecard_id, item_id, value, note) VALUES ${valuesList(next.ratings.length, 5)}`,
        next.ratings.flatMap((r) => [timeOrderedUuid(), id, r.itemId, r.value, r.note]),
      );
    }
    if (next.redFlags.length) {
      await execute(
        m,
        `INSERT INTO scorecard_red_flags (id, scorecard_id, type_id, severity, evidence)
           VALUES ${valuesList(next.redFlags.length, 5)}`,
        next.redFlags.flatMap((f) => [timeOrderedUuid(), id, f.typeId, f.severity, f.evidence]),
      );
    }
  }

  /** The next revision number is counted in the same statement. */
  private async addRevision(
    m: EntityManager,
    scorecardId: string,
    snapshot: ScorecardSnapshot,
    afterSeeingOthers: boolean,
  ): Promise<void> {
    await execute(
      m,
      `INSERT INTO scorecard_revisions (id, scorecard_id, revision, snapshot, after_seeing_others, created_at)
         VALUES ($1, $2, (SELECT COUNT(*) + 1 FROM scorecard_revisions WHERE scorecard_id = $2), $3, $4, $5)`,
      [randomUUID(), scorecardId, JSON.stringify(snapshot), afterSeeingOthers, new Date()],
    );
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

/** A scorecard as the write paths read it: its own columns and its application's job. */
interface CardRow {
  id: string;
  applicationId: string;
  jobId: string;
  interviewerId: string;
  status: ScorecardStatus;
  version: number;
  rubricVersion: number;
  recommendation: Recommendation | null;
  takeaways: string | null;
}

type ItemForSave = Pick<ChecklistItem, 'category' | 'label'>;

/** One row for starting a scorecard: the stage, the job's rubric version, the assignment and any existing scorecard. */
interface StageForStart {
  kind: string;
  name: string;
  interviewer_ids: string;
  rubric_version: number;
  assigned_here: boolean | number;
  card_id: string | null;
  card_status: ScorecardStatus | null;
  card_version: number | null;
  card_rubric_version: number | null;
}

/** Assigned to interview at this stage: listed on the stage, or assigned to the application at this stage. */
export const assignedAtStage = (stage: Pick<StageForStart, 'interviewer_ids' | 'assigned_here'>, userId: string) =>
  Boolean(stage.assigned_here) || (JSON.parse(stage.interviewer_ids) as string[]).includes(userId);

const existingCardOf = (stage: StageForStart) =>
  stage.card_id === null
    ? null
    : {
        id: stage.card_id,
        status: stage.card_status!,
        version: Number(stage.card_version),
        rubricVersion: Number(stage.card_rubric_version),
      };

/** A submitted scorecard's content from the rows scoring read (its ratings and flags are among them). */
function snapshotOfRows(card: CardRow, rows: ScoringRows): ScorecardSnapshot {
  return {
    recommendation: card.recommendation,
    takeaways: card.takeaways,
    ratings: rows.ratings
      .filter((r) => r.scorecardId === card.id)
      .map(({ itemId, value, note }) => ({ itemId, value, note })),
    redFlags: rows.flags
      .filter((f) => f.scorecardId === card.id)
      .map(({ typeId, severity, evidence }) => ({ typeId, severity, evidence })),
  };
}

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
