import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { KnockoutAnswer, PublicApplicationReceipt, PublicJobPosting } from '@shortlist/contracts';
import { isEmail } from 'class-validator';
import { DataSource, IsNull, LessThan, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { throttleFrom } from '../auth/throttle';
import { Candidate } from '../candidates/candidate.entity';
import { candidateKeys, normalizeCandidateEmail } from '../candidates/candidate-keys';
import { CandidatesService, type ReadResume } from '../candidates/candidates.service';
import { AppError, notFound } from '../common/app-error';
import type { MultipartForm } from '../common/uploads';
import { TransactionRunner } from '../database/transaction-runner';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { alreadyApplied, ApplicationsService, auditedNewApplication } from './applications.service';
import { PublicApplicationAttempt } from './public-application-attempt.entity';

/** Submissions per client address and window; counted in the database, so every process shares them. */
export const PUBLIC_APPLY_THROTTLE = { windowMs: 10 * 60_000, max: 10 } as const;

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `Invalid value for: ${field}`, [{ field, message }]);

/** The public form's fields, checked by hand: multipart bodies do not go through the validation pipe. */
export function readPublicForm(fields: Record<string, string>): {
  name: string;
  email: string;
  answers: KnockoutAnswer[];
} {
  const unknown = Object.keys(fields).filter((key) => !['name', 'email', 'knockoutAnswers'].includes(key));
  if (unknown.length) throw invalid(unknown[0], 'is not a field of this form');
  const name = (fields.name ?? '').trim();
  const email = normalizeCandidateEmail(fields.email ?? '');
  if (!name || name.length > 200) throw invalid('name', 'must be 1 to 200 characters');
  if (!name.isWellFormed()) throw invalid('name', 'contains malformed unicode');
  if (!email || email.length > 320 || !isEmail(email)) throw invalid('email', 'must be an email address');
  let answers: unknown = [];
  if (fields.knockoutAnswers?.trim()) {
    try {
      answers = JSON.parse(fields.knockoutAnswers);
    } catch {
      throw invalid('knockoutAnswers', 'must be a JSON list of {itemId, met}');
    }
  }
  if (!Array.isArray(answers) || answers.length > 100)
    throw invalid('knockoutAnswers', 'must be a list of at most 100 answers');
  answers.forEach((answer, i) => {
    const ok =
      typeof answer === 'object' &&
      answer !== null &&
      typeof (answer as KnockoutAnswer).itemId === 'string' &&
      typeof (answer as KnockoutAnswer).met === 'boolean';
    if (!ok) throw invalid(`knockoutAnswers.${i}`, 'must be {itemId, met: true|false}');
  });
  return {
    name,
    email,
    answers: (answers as KnockoutAnswer[]).map(({ itemId, met }) => ({ itemId, met })),
  };
}

@Injectable()
export class PublicApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
  ) {}

  async posting(slug: string): Promise<PublicJobPosting> {
    const job = await this.openJob(slug);
    const prerequisites = await this.dataSource.getRepository(ChecklistItem).find({
      where: { jobId: job.id, category: 'prerequisite', retiredAt: IsNull() },
      order: { position: 'ASC' },
    });
    return {
      slug: job.slug,
      title: job.title,
      location: job.location,
      employmentType: job.employmentType,
      summary: job.summary,
      responsibilities: job.responsibilities,
      perks: job.perks,
      knockoutQuestions: prerequisites.map((item) => ({
        itemId: item.id,
        question: item.knockoutQuestion ?? item.label,
      })),
    };
  }

  /** Counts the attempt first, so refused and failed submissions count too. */
  async refuseWhileThrottled(ip: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - PUBLIC_APPLY_THROTTLE.windowMs);
    const recent = await this.dataSource
      .getRepository(PublicApplicationAttempt)
      .find({ where: { ip, createdAt: MoreThan(since) }, select: { createdAt: true } });
    const verdict = throttleFrom(
      recent.map((attempt) => attempt.createdAt),
      PUBLIC_APPLY_THROTTLE.max,
      now,
      PUBLIC_APPLY_THROTTLE.windowMs,
    );
    if (verdict.blocked) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many applications from this address; try again in ${verdict.retryAfterSeconds} seconds`,
        undefined,
        { 'retry-after': String(verdict.retryAfterSeconds) },
      );
    }
    await this.tx.run(async (m) => {
      await m.delete(PublicApplicationAttempt, { ip, createdAt: LessThan(since) });
      await m.insert(PublicApplicationAttempt, { ...new PublicApplicationAttempt(), ip, createdAt: now });
    });
  }

  /**
   * Creates the candidate, or completes the one with this email without
   * overwriting what a recruiter entered (only empty fields and the résumé),
   * then the application — all in one transaction.
   */
  async apply(slug: string, form: MultipartForm): Promise<PublicApplicationReceipt> {
    const job = await this.openJob(slug);
    const { name, email, answers } = readPublicForm(form.fields);
    const resume: ReadResume | undefined = form.file ? await this.candidates.readResume(form.file) : undefined;
    return this.tx
      .run(async (m) => {
        let candidate = await m.findOneBy(Candidate, { email });
        const newCandidate = !candidate;
        if (!candidate) {
          candidate = await this.candidates.insert(m, { name, email, resumeText: resume?.text ?? null }, 'public_form');
          if (resume) await this.candidates.storeResume(m, candidate, resume);
        } else {
          if (!candidate.name.trim()) {
            await m.update(
              Candidate,
              { id: candidate.id },
              { name, nameKey: candidateKeys({ ...candidate, name }).nameKey },
            );
          }
          if (resume) await this.candidates.storeResume(m, candidate, resume);
        }
        const application = await this.applications.createApplication(m, job, candidate, answers, null, {
          duplicateMessage: 'You have already applied to this job',
        });
        const stage = await m.findOneBy(JobStageRow, { id: application.stageId });
        // No actor (the candidate has no account) and ids only: the form's name, email and résumé stay out.
        await this.audit.record(m, {
          actorId: null,
          action: 'public_application.submitted',
          entityType: 'application',
          entityId: application.id,
          jobId: job.id,
          applicationId: application.id,
          after: { ...auditedNewApplication(application, stage?.name ?? null), newCandidate, resumeStored: !!resume },
        });
        return { received: true as const, jobTitle: job.title };
      })
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'ALREADY_APPLIED') throw alreadyApplied(error.message);
        throw error;
      });
  }

  private async openJob(slug: string): Promise<Job> {
    const job = await this.dataSource.getRepository(Job).findOneBy({ slug, status: 'open' });
    if (!job) throw notFound('Job');
    return job;
  }
}
