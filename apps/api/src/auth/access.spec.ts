import { decideAccess } from './access';

describe('decideAccess', () => {
  it('refuses a route that declares nothing, whoever calls', () => {
    expect(decideAccess(undefined, 'admin')).toBe('undeclared');
    expect(decideAccess(undefined, undefined)).toBe('undeclared');
  });

  it('lets anyone reach a public route', () => {
    expect(decideAccess({ kind: 'public' }, undefined)).toBe('allow');
  });

  it('asks for a session before looking at roles', () => {
    expect(decideAccess({ kind: 'roles', roles: ['admin'] }, undefined)).toBe('unauthenticated');
    expect(decideAccess({ kind: 'signed-in' }, undefined)).toBe('unauthenticated');
  });

  it('allows only the declared roles', () => {
    const adminOnly = { kind: 'roles', roles: ['admin'] } as const;
    expect(decideAccess(adminOnly, 'admin')).toBe('allow');
    expect(decideAccess(adminOnly, 'recruiter')).toBe('forbidden');
    expect(decideAccess({ kind: 'signed-in' }, 'interviewer')).toBe('allow');
  });
});
