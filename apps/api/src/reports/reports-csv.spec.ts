import { reportCsv } from './reports-csv';

describe('report CSV', () => {
  it('writes numbers as numbers (a negative offset is not a formula) and defuses formula-like text', () => {
    expect(reportCsv([['=SUM(A1)', -1.3, 0, null, true, '-2']])).toBe("'=SUM(A1),-1.3,0,,true,'-2\r\n");
  });

  it('separates the sections of one report with an empty line', () => {
    expect(
      reportCsv(
        [
          ['Stage', 'Visits'],
          ['Doe, Jane', 2],
        ],
        [['Waiting longest'], ['Ann']],
      ),
    ).toBe('Stage,Visits\r\n"Doe, Jane",2\r\n\r\nWaiting longest\r\nAnn\r\n');
  });
});
