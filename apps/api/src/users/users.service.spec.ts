import { removesLastAdmin } from './users.service';

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
