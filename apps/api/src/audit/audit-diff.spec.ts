import { changesBetween, keyedById } from './audit-diff';

describe('changesBetween', () => {
  it('keeps only the keys whose value changed, at any depth of the value', () => {
    expect(
      changesBetween(
        { title: 'A', level: 'Intern', thresholds: { advance: 70, discuss: 50 } },
        { title: 'B', level: 'Intern', thresholds: { discuss: 50, advance: 75 } },
      ),
    ).toEqual({
      before: { title: 'A', thresholds: { advance: 70, discuss: 50 } },
      after: { title: 'B', thresholds: { discuss: 50, advance: 75 } },
    });
  });

  it('ignores key order, and keeps `always` keys even when unchanged', () => {
    expect(
      changesBetween({ w: { a: 1, b: 2 }, version: 3 }, { w: { b: 2, a: 1 }, version: 3 }, { always: ['version'] }),
    ).toEqual({
      before: { version: 3 },
      after: { version: 3 },
    });
  });

  it('names only the added, removed and changed entries of a nested record', () => {
    const before = keyedById([
      { id: 'i1', label: 'SQL' },
      { id: 'i2', label: 'Go' },
      { id: 'i3', label: 'Rust' },
    ]);
    const after = keyedById([
      { id: 'i1', label: 'SQL' },
      { id: 'i2', label: 'Golang' },
      { id: 'i4', label: 'Kotlin' },
    ]);
    expect(changesBetween({ items: before }, { items: after }, { nested: ['items'] })).toEqual({
      before: { items: { i2: { label: 'Go' }, i3: { label: 'Rust' } } },
      after: { items: { i2: { label: 'Golang' }, i4: { label: 'Kotlin' } } },
    });
  });

  it('leaves an unchanged nested record out, and a key present on one side only on that side', () => {
    const items = keyedById([{ id: 'i1', label: 'SQL' }]);
    expect(changesBetween({ items, gone: 1 }, { items, added: 2 }, { nested: ['items'] })).toEqual({
      before: { gone: 1 },
      after: { added: 2 },
    });
  });
});
