import { isUUID } from 'class-validator';
import { timeOrderedUuid } from './time-ordered-id';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID with the RFC 9562 variant', () => {
    const id = timeOrderedUuid();
    expect(isUUID(id, 7)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('starts with the time in milliseconds, so later ids sort after earlier ones', () => {
    const at = Date.UTC(2026, 10, 22, 12, 0, 0, 0);
    expect(timeOrderedUuid(at).replace(/-/g, '').slice(0, 12)).toBe(at.toString(16).padStart(12, '0'));
    const earlier = Array.from({ length: 20 }, () => timeOrderedUuid(at));
    const later = Array.from({ length: 20 }, () => timeOrderedUuid(at + 1));
    expect(later.every((l) => earlier.every((e) => e < l))).toBe(true);
  });

  it('differs between ids made in the same millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedUuid(at))).size).toBe(1000);
  });
});
