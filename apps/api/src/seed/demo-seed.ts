import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@shortlist/contracts';
import { defaultInterviewPlan } from '@shortlist/rubric';
import { DataSource } from 'typeorm';
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
}

/**
 * Idempotent: creates the demo users that are missing, and — only while there
 * is no job at all — the "Backend Engineer Intern" job imported from the
 * bundled job description, open, owned by the demo hiring manager.
 */
export async function seedDemo(app: Pick<INestApplicationContext, 'get'>): Promise<DemoSeeded> {
  const users = app.get(UsersService);
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await users.createIfMissing(demo.email, demo.name, demo.role, DEMO_PASSWORD)) created += 1;
  }
  return { users: created, jobs: await seedDemoJob(app) };
}

async function seedDemoJob(app: Pick<INestApplicationContext, 'get'>): Promise<number> {
  const jobs = app.get(JobsService);
  if ((await jobs.countJobs()) > 0) return 0;
  const people = app.get(DataSource).getRepository(User);
  const idOf = async (email: string) => (await people.findOneBy({ email, active: true }))?.id;
  const manager = await people.findOneBy({ email: 'manager@shortlist.test', role: 'hiring_manager', active: true });
  const panel = Object.entries(DEMO_PANEL);
  const panelIds = await Promise.all(panel.map(([, email]) => idOf(email)));
  // Someone has reshaped the demo users; a half-staffed demo job would mislead more than help.
  if (!manager || panelIds.some((id) => id === undefined)) return 0;

  const template = app.get(JobTemplatesService).parse(readBundledText(DEMO_JOB_DESCRIPTION_FILE));
  const prerequisites = template.items.filter((item) => item.category === 'prerequisite').map((item) => item.label);
  const stages = defaultInterviewPlan(template.stages, prerequisites).map((stage) => ({
    ...stage,
    interviewerIds: panel.flatMap(([name], i) => (name === stage.name ? [panelIds[i]!] : [])),
  }));
  await jobs.create({ template, level: 'Intern', status: 'open', stages }, manager);
  return 1;
}
