import type { Role } from '@shortlist/contracts';
import type { Access } from './access.decorators';

export type AccessVerdict = 'allow' | 'unauthenticated' | 'forbidden' | 'undeclared';

/** Deny by default: a route that declares nothing is refused to everyone. */
export function decideAccess(access: Access | undefined, role: Role | undefined): AccessVerdict {
  if (!access) return 'undeclared';
  if (access.kind === 'public') return 'allow';
  if (!role) return 'unauthenticated';
  if (access.kind === 'signed-in') return 'allow';
  return access.roles.includes(role) ? 'allow' : 'forbidden';
}
