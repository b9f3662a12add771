import type { CreateJobRequest, JobItemInput, JobTemplate, JobView } from '@shortlist/contracts';
import { DEMO_JOB_DESCRIPTION_FILE, readBundledText } from '../src/seed/bundled-data';
import { ChecklistItem } from '../src/jobs/checklist-item.entity';
import { Job } from '../src/jobs/job.entity';
import { JobStageRow } from '../src/jobs/job-stage.entity';
import { RedFlagTypeRow } from '../src/jobs/red-flag-type.entity';
import { RubricVersion } from '../src/jobs/rubric-version.entity';
import type { TestApp } from './harness';

export type Auth = { Authorization: string };

/** The backend engineer intern page, as bundled with the API (a copy of shared/fixtures/jd). */
export const jobDescriptionText = (): string => readBundledText(DEMO_JOB_DESCRIPTION_FILE);

export async function parseTemplate(t: TestApp, auth: Auth): Promise<JobTemplate> {
  const res = await t.http.post('/api/job-templates/parse').set(auth).send({ text: jobDescriptionText() }).expect(200);
  return res.body;
}

export async function createJob(t: TestApp, auth: Auth, body: CreateJobRequest): Promise<JobView> {
  const res = await t.http.post('/api/jobs').set(auth).send(body);
  if (res.status !== 201) throw new Error(`POST /api/jobs answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A small job typed in: a prerequisite, two rated items, the default plan. */
export const scratchJob = (title = 'Platform Engineer', items?: JobItemInput[]): CreateJobRequest => ({
  title,
  items: items ?? [
    { category: 'prerequisite', label: 'Right to work in the EU' },
    { category: 'hard_skill', label: 'Kubernetes', keywords: ['Kubernetes', 'k8s'] },
    { category: 'soft_skill', label: 'Clear written communication' },
  ],
});

/** A PATCH body that sends the items back as they are (ids and labels). */
export const itemsOf = (job: JobView): JobItemInput[] =>
  job.items.map(({ id, category, label }) => ({ id, category, label }));

/** Every row a job owns, straight from the database. */
export async function rowsOf(t: TestApp, jobId: string) {
  const [job, items, stages, flags, versions] = await Promise.all([
    t.dataSource.getRepository(Job).findOneByOrFail({ id: jobId }),
    t.dataSource.getRepository(ChecklistItem).find({ where: { jobId }, order: { position: 'ASC' } }),
    t.dataSource.getRepository(JobStageRow).find({ where: { jobId }, order: { position: 'ASC' } }),
    t.dataSource.getRepository(RedFlagTypeRow).find({ where: { jobId }, order: { position: 'ASC' } }),
    t.dataSource.getRepository(RubricVersion).find({ where: { jobId }, order: { version: 'ASC' } }),
  ]);
  return { job, items, stages, flags, versions };
}
