import { inspectBody, MAX_BODY_DEPTH } from './body-guard';

describe('inspectBody', () => {
  it('accepts ordinary bodies', () => {
    expect(inspectBody({ name: 'Zoë 👩‍💻', items: [{ weight: 1, tags: ['a'] }] })).toBeUndefined();
  });

  it('names the field holding a lone surrogate', () => {
    expect(inspectBody({ items: [{ label: 'ok' }, { label: 'bad\ud800' }] })).toEqual({
      field: 'items.1.label',
      message: 'contains malformed unicode',
    });
  });

  it('names the field or key holding a NUL character', () => {
    expect(inspectBody({ tags: ['ok', 'a\u0000b'] })).toEqual({ field: 'tags.1', message: 'contains a NUL character' });
    expect(inspectBody({ links: { 'x\u0000': 'y' } })?.field).toBe('links');
  });

  it('refuses nesting at the limit without recursing', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(inspectBody({ a: deep })?.message).toBe(`is nested deeper than ${MAX_BODY_DEPTH} levels`);
  });

  it('allows nesting just under the limit', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_BODY_DEPTH - 1; i += 1) deep = [deep];
    expect(inspectBody(deep)).toBeUndefined();
  });
});
