import { filtersFromSearch, queryOf, rangeError } from './filters';

describe('report filters in the address', () => {
  it('reads the report, job and dates, ignoring what is not a date or a report', () => {
    expect(filtersFromSearch(new URLSearchParams('report=sources&jobId=j1&from=2026-01-01&to=soon'))).toEqual({
      report: 'sources',
      jobId: 'j1',
      from: '2026-01-01',
    });
    expect(filtersFromSearch(new URLSearchParams('report=nope'))).toEqual({ report: 'funnel' });
  });

  it('refuses an end on or before the start, as the API does', () => {
    expect(rangeError({ from: '2026-02-01', to: '2026-02-01' })).toBe('Must be after the start date');
    expect(rangeError({ from: '2026-02-01', to: '2026-03-01' })).toBeUndefined();
    expect(rangeError({ to: '2026-03-01' })).toBeUndefined();
  });

  it('sends only the filters that are set', () => {
    expect(queryOf({ jobId: '', from: '2026-01-01' })).toEqual({ from: '2026-01-01' });
  });
});
