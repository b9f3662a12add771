import { endsUserSessions, removesLastAdmin } from './users.service';

describe('removesLastAdmin', () => {
  const admin = { role: 'admin', active: true } as const;

  it('refuses demoting or deactivating the only active admin', () => {
    expect(removesLastAdmin(admin, { role: 'recruiter', active: true }, 1)).toBe(true);
    expect(removesLastAdmin(admin, { role: 'admin', active: false }, 1)).toBe(true);
  });

  it('allows it when another active admin remains', () => {
    expect(removesLastAdmin(admin, { role: 'recruiter', active: true }, 2)).toBe(false);
  });

  it('does not concern changes to non-admins or no-op edits', () => {
    expect(removesLastAdmin({ role: 'recruiter', active: true }, { role: 'recruiter', active: false }, 1)).toBe(false);
    expect(removesLastAdmin(admin, admin, 1)).toBe(false);
  });
});

describe('endsUserSessions', () => {
  const recruiter = { role: 'recruiter', active: true } as const;

  it('ends them on a new password, a deactivation or a new role', () => {
    expect(endsUserSessions(recruiter, recruiter, true)).toBe(true);
    expect(endsUserSessions(recruiter, { ...recruiter, active: false }, false)).toBe(true);
    expect(endsUserSessions(recruiter, { ...recruiter, role: 'admin' }, false)).toBe(true);
  });

  it('keeps them on a change that grants nothing new, or a reactivation', () => {
    expect(endsUserSessions(recruiter, recruiter, false)).toBe(false);
    expect(endsUserSessions({ ...recruiter, active: false }, recruiter, false)).toBe(false);
  });
});
