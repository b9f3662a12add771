import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@shortlist/contracts';
import { defaultInterviewPlan } from '@shortlist/rubric';
import { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service';
import { CandidatesService } from '../candidates/candidates.service';
import { JobTemplatesService } from '../job-templates/job-templates.service';
import { JobsService } from '../jobs/jobs.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_JOB_DESCRIPTION_FILE, readBundledText } from './bundled-data';

export const DEMO_PASSWORD = 'shortlist-demo';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'admin@shortlist.test', name: 'Ada Admin', role: 'admin' },
  { email: 'recruiter@shortlist.test', name: 'Riley Recruiter', role: 'recruiter' },
  { email: 'manager@shortlist.test', name: 'Morgan Manager', role: 'hiring_manager' },
  { email: 'interviewer@shortlist.test', name: 'Ivan Interviewer', role: 'interviewer' },
  { email: 'interviewer2@shortlist.test', name: 'Iris Interviewer', role: 'interviewer' },
];

/** Who interviews in which stage of the demo job. */
export const DEMO_PANEL: Readonly<Record<string, string>> = {
  'Coding assessment': 'interviewer@shortlist.test',
  'System design discussion': 'interviewer@shortlist.test',
  'Behavioral interview': 'interviewer2@shortlist.test',
};

export interface DemoSeeded {
  users: number;
  jobs: number;
  candidates?: number;
}

/** Demo applicants for the demo job: where each stands, so the board has something to show. */
export const DEMO_CANDIDATES: ReadonlyArray<{
  name: string;
  email: string;
  stage: string;
  rejected?: string;
  resumeText: string;
}> = [
  {
    name: 'Priya Raman',
    email: 'priya.raman@example.com',
    stage: 'Applied',
    resumeText:
      'B.Sc. Computer Science (expected 2027). Python, Django, PostgreSQL, Git, Docker. Built a REST API for a campus app with unit tests.',
  },
  {
    name: 'Tomás Herrera',
    email: 'tomas.herrera@example.com',
    stage: 'Applied',
    resumeText:
      'Software engineering student. Java, Spring Boot, MySQL, GitHub. Team project lead; no cloud experience yet.',
  },
  {
    name: 'Mei Chen',
    email: 'mei.chen@example.com',
    stage: 'Applied',
    resumeText: 'BSN Nursing graduate moving into tech. Self-taught JavaScript and HTML.',
  },
  {
    name: 'Jonas Weber',
    email: 'jonas.weber@example.com',
    stage: 'Résumé screen',
    resumeText: 'MSc Computer Science. Node.js, Express, MongoDB, Redis, AWS Lambda, Postman, integration testing.',
  },
  {
    name: 'Amara Okafor',
    email: 'amara.okafor@example.com',
    stage: 'Résumé screen',
    resumeText: 'BS Information Technology. Python, Flask, SQLite, Git; data structures and algorithms coursework.',
  },
  {
    name: 'Lucas Martin',
    email: 'lucas.martin@example.com',
    stage: 'Recruiter screen',
    resumeText: 'Computer Engineering student. Java, GraphQL, PostgreSQL, Docker, GitHub Actions.',
  },
  {
    name: 'Sofia Rossi',
    email: 'sofia.rossi@example.com',
    stage: 'Coding assessment',
    resumeText:
      'B.Sc. Computer Science. Python, Java, Node.js; REST and GraphQL APIs; Redis; unit and integration testing; GCP basics.',
  },
  {
    name: 'Daniel Kim',
    email: 'daniel.kim@example.com',
    stage: 'System design discussion',
    resumeText: 'MS Computer Science. Go and Python, PostgreSQL, Kafka, Docker, Kubernetes, AWS.',
  },
  {
    name: 'Hannah Schmidt',
    email: 'hannah.schmidt@example.com',
    stage: 'Behavioral interview',
    resumeText: 'B.Sc. Software Engineering. Java, Spring Boot, MySQL, Git, Jenkins, Swagger.',
  },
  {
    name: 'Omar Haddad',
    email: 'omar.haddad@example.com',
    stage: 'Résumé screen',
    rejected: 'Skills below the bar',
    resumeText: 'Marketing degree; completed an online HTML course.',
  },
];

/**
 * Idempotent: creates the demo users that are missing, and — only while there
 * is no job at all — the "Backend Engineer Intern" job imported from the
 * bundled job description, open, owned by the demo hiring manager.
 */
export async function seedDemo(
  app: Pick<INestApplicationContext, 'get'>,
  { candidates = false }: { candidates?: boolean } = {},
): Promise<DemoSeeded> {
  const users = app.get(UsersService);
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await users.createIfMissing(demo.email, demo.name, demo.role, DEMO_PASSWORD)) created += 1;
  }
  const jobId = await seedDemoJob(app);
  const seeded: DemoSeeded = { users: created, jobs: jobId ? 1 : 0 };
  return candidates && jobId ? { ...seeded, candidates: await seedDemoCandidates(app, jobId) } : seeded;
}

/** Applies the demo candidates to the new demo job and moves each to its stage, as a recruiter would. */
async function seedDemoCandidates(app: Pick<INestApplicationContext, 'get'>, jobId: string): Promise<number> {
  const recruiter = await app
    .get(DataSource)
    .getRepository(User)
    .findOneBy({ email: 'recruiter@shortlist.test', active: true });
  if (!recruiter) return 0;
  const actor = { id: recruiter.id, role: recruiter.role };
  const job = await app.get(JobsService).get(jobId, actor);
  const stageId = new Map(job.stages.map((stage) => [stage.name, stage.id]));
  const knockoutAnswers = job.items
    .filter((i) => i.category === 'prerequisite')
    .map((i) => ({ itemId: i.id, met: true }));
  const candidates = app.get(CandidatesService);
  const applications = app.get(ApplicationsService);
  for (const demo of DEMO_CANDIDATES) {
    const candidate = await candidates.create({ name: demo.name, email: demo.email, resumeText: demo.resumeText });
    const application = await applications.apply(jobId, { candidateId: candidate.id, knockoutAnswers }, actor);
    if (demo.stage !== 'Applied')
      await applications.move(application.id, { toStageId: stageId.get(demo.stage)! }, actor);
    if (demo.rejected) await applications.move(application.id, { status: 'rejected', reason: demo.rejected }, actor);
  }
  return DEMO_CANDIDATES.length;
}

/** Returns the new job's id, or undefined when there is a job already (or the demo users were reshaped). */
async function seedDemoJob(app: Pick<INestApplicationContext, 'get'>): Promise<string | undefined> {
  const jobs = app.get(JobsService);
  if ((await jobs.countJobs()) > 0) return undefined;
  const people = app.get(DataSource).getRepository(User);
  const idOf = async (email: string) => (await people.findOneBy({ email, active: true }))?.id;
  const manager = await people.findOneBy({ email: 'manager@shortlist.test', role: 'hiring_manager', active: true });
  const panel = Object.entries(DEMO_PANEL);
  const panelIds = await Promise.all(panel.map(([, email]) => idOf(email)));
  // Someone has reshaped the demo users; a half-staffed demo job would mislead more than help.
  if (!manager || panelIds.some((id) => id === undefined)) return undefined;

  const template = app.get(JobTemplatesService).parse(readBundledText(DEMO_JOB_DESCRIPTION_FILE));
  const prerequisites = template.items.filter((item) => item.category === 'prerequisite').map((item) => item.label);
  const stages = defaultInterviewPlan(template.stages, prerequisites).map((stage) => ({
    ...stage,
    interviewerIds: panel.flatMap(([name], i) => (name === stage.name ? [panelIds[i]!] : [])),
  }));
  return (await jobs.create({ template, level: 'Intern', status: 'open', stages }, manager)).id;
}
