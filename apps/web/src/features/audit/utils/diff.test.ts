import { ABSENT, diffRows, formatValue } from './diff';

describe('diffRows', () => {
  it('puts nested fields on dotted paths and marks only what changed', () => {
    expect(
      diffRows(
        { version: 3, ratings: { i1: { item: 'SQL', value: 2 } }, redFlags: [] },
        { version: 4, ratings: { i1: { item: 'SQL', value: 4 } }, redFlags: [] },
      ),
    ).toEqual([
      { field: 'version', before: 3, after: 4, changed: true },
      { field: 'ratings.i1.item', before: 'SQL', after: 'SQL', changed: false },
      { field: 'ratings.i1.value', before: 2, after: 4, changed: true },
      { field: 'redFlags', before: [], after: [], changed: false },
    ]);
  });

  it('shows a field present on one side only as absent on the other', () => {
    expect(diffRows(null, { title: 'Backend' })).toEqual([
      { field: 'title', before: ABSENT, after: 'Backend', changed: true },
    ]);
    expect(diffRows({ items: { i9: { label: 'Go' } } }, {})).toEqual([
      { field: 'items.i9.label', before: 'Go', after: ABSENT, changed: true },
    ]);
  });

  it('has nothing to show for an event without before or after', () => {
    expect(diffRows(null, null)).toEqual([]);
  });
});

describe('formatValue', () => {
  it.each([
    [ABSENT, '—'],
    [null, 'none'],
    [[], 'none'],
    ['Applied', 'Applied'],
    [false, 'false'],
    [['Campus', 'Referral'], '["Campus","Referral"]'],
  ])('writes %p as %p', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});
