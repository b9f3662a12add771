import { levelFromTitle } from './index';

describe('the level a job title names', () => {
  it.each([
    ['Backend Engineer Intern', 'Intern'],
    ['Sr. Data Engineer', 'Senior'],
    ['Mid-Level Platform Engineer', 'Mid-Level'],
    ['Graduate Software Engineer (Java)', 'Graduate'],
    ['Team Lead, Payments', 'Lead'],
    ['Internal Tools Engineer', null],
    ['Backend Engineer', null],
  ])('%s → %s', (title, level) => {
    expect(levelFromTitle(title)).toBe(level);
  });
});
