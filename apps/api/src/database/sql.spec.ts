import { toSqlitePositional, valuesList } from './sql';

describe('toSqlitePositional', () => {
  it('binds $n in order of appearance, repeating a value that appears twice', () => {
    expect(toSqlitePositional('SELECT $2, $1 WHERE a = $2', ['one', 'two'])).toEqual([
      'SELECT ?, ? WHERE a = ?',
      ['two', 'one', 'two'],
    ]);
  });

  it('tells $1 from $10', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(toSqlitePositional('($10, $1)', values)).toEqual(['(?, ?)', [10, 1]]);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => toSqlitePositional('SELECT $3', ['a', 'b'])).toThrow('no value for $3');
    expect(() => toSqlitePositional('SELECT $0', ['a'])).toThrow('no value for $0');
  });
});

describe('valuesList', () => {
  it('numbers the rows of a multi-row INSERT one after another', () => {
    expect(valuesList(2, 3)).toBe('($1, $2, $3), ($4, $5, $6)');
    expect(valuesList(1, 2, 5)).toBe('($5, $6)');
  });
});
