import { isRole, ROLE_LABELS, ROLES } from './roles';

describe('roles', () => {
  it('knows exactly the four roles of the permission model, each with a label', () => {
    expect([...ROLES].sort()).toEqual(['admin', 'hiring_manager', 'interviewer', 'recruiter']);
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/^[A-Z]/);
  });

  it('rejects anything else as a role', () => {
    expect(isRole('admin')).toBe(true);
    for (const value of ['Admin', 'owner', '', null, 1, { role: 'admin' }]) expect(isRole(value)).toBe(false);
  });
});
