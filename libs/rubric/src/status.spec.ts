import { canChangeStatus } from './index';

describe('job status changes', () => {
  it.each([
    ['draft', 'open', true],
    ['draft', 'closed', true],
    ['open', 'closed', true],
    ['closed', 'open', true],
    ['open', 'open', true],
    ['draft', 'draft', true],
    ['open', 'draft', false],
    ['closed', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });
});
