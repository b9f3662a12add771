import { csvCell, toCsv } from './pipeline.service';

describe('pipeline CSV cells', () => {
  it('prefixes what a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+44 20",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
    ]);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Doe, Jane')).toBe('"Doe, Jane"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Jane')).toBe('Jane');
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '=2'],
      ]),
    ).toBe("a,b\r\n1,'=2\r\n");
  });
});
