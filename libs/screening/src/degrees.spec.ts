import { type ScreeningChecklistItem, degreeRequirement, screenResume } from './index';

// The qualification of the reference job description, with the keywords jd-import gives it.
const PURSUING: ScreeningChecklistItem = {
  id: 'degree',
  category: 'qualification',
  label: 'Currently pursuing BS/MS in Computer Science or related field',
  keywords: ['BS/MS', 'Computer Science'],
  weight: 1,
};
const MASTERS: ScreeningChecklistItem = { ...PURSUING, id: 'masters', label: "Master's degree in Computer Science" };

const evidence = (text: string, item: ScreeningChecklistItem = PURSUING) =>
  screenResume(text, [item]).items[0].evidence.map((e) => e.matched);

describe('degrees and fields of study', () => {
  it('reads the requirement from the label', () => {
    expect(degreeRequirement(PURSUING.label)).toEqual({
      minLevel: 'bachelor',
      fields: ['Computer Science'],
      related: true,
    });
    expect(degreeRequirement(MASTERS.label)).toEqual({
      minLevel: 'master',
      fields: ['Computer Science'],
      related: false,
    });
    expect(degreeRequirement('Basic knowledge of databases and SQL')).toBeNull();
  });

  it.each([
    ['B.Sc. Computer Science (expected 2027)', "Bachelor's in Computer Science"],
    ['Bachelor of Science in Computer Science, 2026', "Bachelor's in Computer Science"],
    ["Bachelor's degree in Software Engineering", "Bachelor's in Software Engineering (related field)"],
    ['Computer Science, BS — University of Ottawa', "Bachelor's in Computer Science"],
    ['BS/MS in CS, Stanford', "Bachelor's in Computer Science"],
    ['MSc Mathematics (in progress)', "Master's in Mathematics (related field)"],
    ['Ph.D. in Physics', 'PhD in Physics (related field)'],
  ])('"%s" meets "pursuing BS/MS in Computer Science or related field"', (text, matched) => {
    expect(evidence(text)[0]).toBe(matched);
  });

  it('does not take a nursing BSN for a computer-science degree', () => {
    const text =
      'EDUCATION\nBachelor of Science in Nursing (BSN), 2019\nComputer skills: Epic, Cerner, Microsoft Office';
    expect(evidence(text)).toEqual([]);
  });

  it('does not read a degree into other uses of the abbreviations', () => {
    expect(evidence('MS Office, MS Excel; based in Boston, MA; Scrum Master')).toEqual([]);
    expect(evidence('B.Sc. Nursing; Minor in Computer Science')).toEqual([]);
  });

  it('needs the level asked for, or a higher one', () => {
    expect(evidence('B.Sc. Computer Science', MASTERS)).toEqual([]);
    expect(evidence('M.Sc. Computer Science', MASTERS)).toEqual(["Master's in Computer Science"]);
    expect(evidence('PhD in Computer Science', MASTERS)).toEqual(['PhD in Computer Science']);
    // No "related field" in the label: mathematics does not count.
    expect(evidence('M.Sc. Mathematics', MASTERS)).toEqual([]);
  });

  it('takes any field when the label names none', () => {
    const anyDegree: ScreeningChecklistItem = { ...PURSUING, id: 'any', label: "Bachelor's degree" };
    expect(evidence('Bachelor of Science in Nursing', anyDegree)).toEqual(["Bachelor's"]);
  });
});
