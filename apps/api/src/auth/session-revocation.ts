import { EntityManager, IsNull, Not } from 'typeorm';
import { Session } from './session.entity';

/** Ends every live session of the user but `keepSessionId` (the one changing its own password). */
export async function revokeSessions(
  m: EntityManager,
  userId: string,
  keepSessionId?: string,
  now = new Date(),
): Promise<void> {
  await m.update(
    Session,
    { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
    { revokedAt: now },
  );
}
