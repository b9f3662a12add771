import type { UserView } from '@shortlist/contracts';

let sequence = 0;

export function buildUser(overrides: Partial<UserView> = {}): UserView {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    email: `user${sequence}@example.test`,
    name: `User ${sequence}`,
    role: 'interviewer',
    active: true,
    createdAt: '2025-01-15T10:00:00.000Z',
    updatedAt: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}
