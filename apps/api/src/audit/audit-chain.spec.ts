import { canonicalJson, ChainedFields, eventHash, GENESIS_HASH, verifyChain } from './audit-chain';

function chain(length: number): Array<ChainedFields & { hash: string }> {
  const events: Array<ChainedFields & { hash: string }> = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const fields: ChainedFields = {
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      seq,
      at: new Date(Date.UTC(2026, 10, 22, 9, 0, seq)),
      actorId: null,
      action: 'application.moved',
      entityType: 'application',
      entityId: `app-${seq}`,
      jobId: 'job-1',
      applicationId: `app-${seq}`,
      before: { stageId: 'a' },
      after: { stageId: 'b', seq },
      prevHash: events.at(-1)?.hash ?? GENESIS_HASH,
    };
    events.push({ ...fields, hash: eventHash(fields) });
  }
  return events;
}

describe('audit chain', () => {
  it('canonical JSON ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('accepts an untouched chain and an empty one', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5, brokenAtSeq: null, reason: null });
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, brokenAtSeq: null, reason: null });
  });

  it('finds an edited event', () => {
    const events = chain(5);
    events[2] = { ...events[2], after: { stageId: 'c', seq: 3 } };
    expect(verifyChain(events)).toMatchObject({ ok: false, checked: 2, brokenAtSeq: 3 });
  });

  it('finds an edited event whose hash was recomputed, at the next link', () => {
    const events = chain(5);
    const edited = { ...events[2], actorId: 'someone-else' };
    events[2] = { ...edited, hash: eventHash(edited) };
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAtSeq: 4, reason: expect.stringContaining('link') });
  });

  it('finds a removed event', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, checked: 1, brokenAtSeq: 3 });
  });

  it('finds a removed event even when the later ones were renumbered', () => {
    const events = chain(5);
    events.splice(1, 1);
    const renumbered = events.map((event, index) => ({ ...event, seq: index + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, checked: 1, brokenAtSeq: 2 });
  });
});
