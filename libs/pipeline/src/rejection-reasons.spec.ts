import { DEFAULT_REJECTION_REASONS } from './index';

describe('the default reasons for closing an application', () => {
  it('has reasons for both sides, none blank or repeated', () => {
    expect(DEFAULT_REJECTION_REASONS.rejected_by_us).toContain('Did not meet must-have requirements');
    expect(DEFAULT_REJECTION_REASONS.withdrew).toContain('Accepted another offer');
    const all = [...DEFAULT_REJECTION_REASONS.rejected_by_us, ...DEFAULT_REJECTION_REASONS.withdrew];
    expect(all.every((reason) => reason.trim() === reason && reason.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });
});
