import type { LiveChange } from '@shortlist/contracts';
import { decodeNotification, encodeNotification, feedChangesOf, NOTIFY_PAYLOAD_LIMIT } from './feed-change';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ids = (count: number) => Array.from({ length: count }, (_, i) => uuid(i + 1));
const JOB = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORIGIN = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const move = (applicationIds: string[], jobId: string | null = JOB): LiveChange => ({
  action: 'applications.bulk_updated',
  jobId,
  applicationIds,
  at: '2026-11-22T10:00:00.000Z',
});
const payloadBytes = (value: Parameters<typeof encodeNotification>[1]) =>
  Buffer.byteLength(encodeNotification(ORIGIN, value), 'utf8');

describe('feedChangesOf', () => {
  it('keeps a change that fits as it is, without duplicate ids', () => {
    expect(feedChangesOf(move([uuid(1), uuid(2), uuid(1)]), counter())).toEqual([
      { id: 'id-1', ...move([uuid(1), uuid(2)]) },
    ]);
  });

  it('sends "the whole job" for a change of one job touching too many applications to list', () => {
    // 500 UUIDs are 500 × 39 bytes (36 + quotes + comma) ≈ 19.5 kB, past the 7.5 kB budget.
    const [only, ...rest] = feedChangesOf(move(ids(500)), counter());
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ jobId: JOB, applicationIds: null });
    expect(payloadBytes(only)).toBeLessThan(8000);
  });

  it('splits a change of several jobs into payloads that each fit, losing no application', () => {
    const changes = feedChangesOf(move(ids(500), null), counter());
    // About 185 ids fit in one payload ((7500 − ~200 bytes of envelope) / 39), so 500 take three.
    expect(changes).toHaveLength(3);
    expect(changes.flatMap((c) => c.applicationIds)).toEqual(ids(500));
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
    for (const change of changes) expect(payloadBytes(change)).toBeLessThanOrEqual(NOTIFY_PAYLOAD_LIMIT);
  });
});

describe('decodeNotification', () => {
  const change = { id: 'c1', ...move([uuid(1)]) };

  it('reads back what was encoded, with its origin', () => {
    expect(decodeNotification(encodeNotification(ORIGIN, change))).toEqual({ origin: ORIGIN, change });
  });

  it.each([
    ['not JSON', 'not json'],
    ['no payload', undefined],
    ['another version', JSON.stringify({ v: 2, origin: ORIGIN, change })],
    ['an unknown action', JSON.stringify({ v: 1, origin: ORIGIN, change: { ...change, action: 'job.deleted' } })],
    ['ids that are not strings', JSON.stringify({ v: 1, origin: ORIGIN, change: { ...change, applicationIds: [1] } })],
    [
      '"the whole job" of no job',
      JSON.stringify({ v: 1, origin: ORIGIN, change: { ...change, jobId: null, applicationIds: null } }),
    ],
  ])('ignores %s', (_, payload) => {
    expect(decodeNotification(payload)).toBeUndefined();
  });
});
