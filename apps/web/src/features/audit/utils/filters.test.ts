import { filtersOf, searchFromParams } from './filters';

describe('audit filters in the address', () => {
  it('keeps well-formed filters and drops malformed ones', () => {
    const params = new URLSearchParams(
      'action=note.added&actor=00000000-0000-4000-8000-000000000001&entity=%20abc%20&from=2026-11-01&to=11/02/2026',
    );
    expect(searchFromParams(params)).toEqual({
      action: 'note.added',
      actor: '00000000-0000-4000-8000-000000000001',
      entity: 'abc',
      from: '2026-11-01',
    });
    expect(searchFromParams(new URLSearchParams('action=job.deleted&actor=me'))).toEqual({});
  });

  it('turns a range of whole days in the viewer’s time zone into [start of from, start of the day after to)', () => {
    expect(filtersOf({ action: 'job.updated', from: '2026-11-01', to: '2026-11-02' })).toEqual({
      action: 'job.updated',
      from: new Date('2026-11-01T00:00:00').toISOString(),
      to: new Date('2026-11-03T00:00:00').toISOString(),
    });
  });

  it('does not send the end of a range that ends before it starts', () => {
    expect(filtersOf({ from: '2026-11-05', to: '2026-11-01' })).toEqual({
      from: new Date('2026-11-05T00:00:00').toISOString(),
    });
  });
});
