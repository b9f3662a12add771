import { knockoutQuestionFor } from './index';

describe('knock-out questions drafted from prerequisites', () => {
  it.each([
    ['Available for minimum 3-month commitment', 'Are you available for a minimum 3-month commitment?'],
    ['Authorization to work in the country of employment', 'Are you authorized to work in the country of employment?'],
    ['Authorisation to work in the UK', 'Are you authorised to work in the UK?'],
    ['Ability to work independently and in teams', 'Are you able to work independently and in teams?'],
    [
      'Excellent problem-solving and analytical skills',
      'Would you say you have excellent problem-solving and analytical skills?',
    ],
    [
      'Strong written and verbal communication abilities',
      'Would you say you have strong written and verbal communication abilities?',
    ],
    ['Right to work in the EU', 'Do you have the right to work in the EU?'],
    ['Willing to relocate to Lisbon.', 'Are you willing to relocate to Lisbon?'],
    ["Valid driver's license required", "Do you have a valid driver's license?"],
    ["Bachelor's degree in Computer Science", "Do you have a bachelor's degree in Computer Science?"],
    ['3+ years of SQL experience', 'Do you have 3+ years of SQL experience?'],
    ['Experience with Kubernetes', 'Do you have experience with Kubernetes?'],
    ['Must be based in Berlin', 'Are you based in Berlin?'],
    ['Fluent in German', 'Are you fluent in German?'],
    ['Currently enrolled in a university program', 'Are you currently enrolled in a university program?'],
    ['Travel up to 20% of the time', 'Are you able to travel up to 20% of the time?'],
    ['SQL skills', 'Would you say you have SQL skills?'],
  ])('%s → %s', (label, question) => {
    expect(knockoutQuestionFor(label)).toBe(question);
  });

  it('still asks something for an empty label', () => {
    expect(knockoutQuestionFor('')).toBe('Do you meet this requirement?');
  });
});
