import type { ApplicationStatus, CandidateApplicationSummary, CandidateView } from '@shortlist/contracts';
import type { EntityManager } from 'typeorm';
import type { Candidate } from './candidate.entity';
import type { ResumeFile } from './resume-file.entity';

/** Every application of a candidate with its job title and stage name, in one query. */
export async function candidateApplicationsQuery(
  m: EntityManager,
  candidateId: string,
): Promise<CandidateApplicationSummary[]> {
  const rows: Array<{
    id: string;
    job_id: string;
    title: string;
    stage_name: string | null;
    status: ApplicationStatus;
    applied_at: Date | string;
  }> = await m
    .createQueryBuilder()
    .select('a.id', 'id')
    .addSelect('a.job_id', 'job_id')
    .addSelect('j.title', 'title')
    .addSelect('s.name', 'stage_name')
    .addSelect('a.status', 'status')
    .addSelect('a.applied_at', 'applied_at')
    .from('applications', 'a')
    .innerJoin('jobs', 'j', 'j.id = a.job_id')
    .leftJoin('job_stages', 's', 's.id = a.stage_id')
    .where('a.candidate_id = :candidateId', { candidateId })
    .orderBy('a.applied_at', 'DESC')
    .getRawMany();
  return rows.map((row) => ({
    applicationId: row.id,
    jobId: row.job_id,
    jobTitle: row.title,
    stageName: row.stage_name ?? '',
    status: row.status,
    appliedAt: toIso(row.applied_at),
  }));
}

/** Raw rows give dates as Date (PostgreSQL) or as 'YYYY-MM-DD HH:MM:SS.sss' UTC text (SQLite). */
export function toIso(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).toISOString();
}

export function toCandidateView(
  c: Candidate,
  file: Pick<ResumeFile, 'fileName' | 'mimeType' | 'sizeBytes' | 'uploadedAt'> | null,
  applications: CandidateApplicationSummary[],
): CandidateView {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    source: c.source,
    tags: c.tags,
    links: c.links,
    resumeText: c.resumeText,
    resumeFile: file
      ? {
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          uploadedAt: file.uploadedAt.toISOString(),
        }
      : null,
    applications,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
    erasedAt: c.erasedAt ? c.erasedAt.toISOString() : null,
  };
}
