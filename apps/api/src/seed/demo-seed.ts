import type { Role } from '@shortlist/contracts';
import type { UsersService } from '../users/users.service';

export const DEMO_PASSWORD = 'shortlist-demo';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'admin@shortlist.test', name: 'Ada Admin', role: 'admin' },
  { email: 'recruiter@shortlist.test', name: 'Riley Recruiter', role: 'recruiter' },
  { email: 'manager@shortlist.test', name: 'Morgan Manager', role: 'hiring_manager' },
  { email: 'interviewer@shortlist.test', name: 'Ivan Interviewer', role: 'interviewer' },
  { email: 'interviewer2@shortlist.test', name: 'Iris Interviewer', role: 'interviewer' },
];

/** Idempotent: creates only the demo users that are missing. Returns how many it created. */
export async function seedDemo(users: UsersService): Promise<number> {
  let created = 0;
  for (const demo of DEMO_USERS) {
    if (await users.createIfMissing(demo.email, demo.name, demo.role, DEMO_PASSWORD)) created += 1;
  }
  return created;
}
