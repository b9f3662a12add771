import type { Role } from '@shortlist/contracts';

/** Who is calling, as the guard resolved it from the session. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export const SESSION_COOKIE = 'sl_session';
