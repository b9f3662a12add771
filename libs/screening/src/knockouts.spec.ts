import { type ScreeningChecklistItem, screenResume } from './index';

const prerequisite = (id: string, label: string, keywords: string[] = []): ScreeningChecklistItem => ({
  id,
  category: 'prerequisite',
  label,
  keywords,
  weight: 1,
});

const CHECKLIST: ScreeningChecklistItem[] = [
  prerequisite('months', 'Available for minimum 3-month commitment'),
  prerequisite('authorised', 'Authorization to work in the country of employment'),
  prerequisite('communication', 'Strong written and verbal communication abilities', ['Communication']),
  { id: 'python', category: 'hard_skill', label: 'Python', keywords: ['Python'], weight: 1 },
];

describe('knock-out answers settle prerequisites', () => {
  const resume = 'Python developer; presented to 200 people, strong communication.';

  it('lists the prerequisites answered not met, by label, and leaves the score alone', () => {
    const result = screenResume(resume, CHECKLIST, [
      { itemId: 'months', met: true },
      { itemId: 'authorised', met: false },
    ]);
    expect(result.failedKnockouts).toEqual(['Authorization to work in the country of employment']);
    // Only the hard skill is scored, and it has evidence: 1 / 1 × 100 = 100.
    expect(result.screenScore).toBe(100);
  });

  it('needs no résumé evidence for an answered prerequisite, and shows it for an unanswered one', () => {
    const result = screenResume(resume, CHECKLIST, [{ itemId: 'communication', met: true }]);
    expect(result.items.find((i) => i.itemId === 'communication')?.evidence).toEqual([]);
    const unanswered = screenResume(resume, CHECKLIST).items.find((i) => i.itemId === 'communication');
    expect(unanswered?.evidence.map((e) => e.matched)).toEqual(['Communication']);
  });

  it('fails a prerequisite when any answer says not met, and ignores answers about other items', () => {
    const result = screenResume(resume, CHECKLIST, [
      { itemId: 'months', met: true },
      { itemId: 'months', met: false },
      { itemId: 'python', met: false },
      { itemId: 'no-such-item', met: false },
    ]);
    expect(result.failedKnockouts).toEqual(['Available for minimum 3-month commitment']);
    expect(result.items.find((i) => i.itemId === 'python')?.evidence).toHaveLength(1);
  });

  it('stamps the screening with the given time', () => {
    expect(screenResume(resume, CHECKLIST, [], new Date('2025-05-01T12:00:00Z')).screenedAt).toBe(
      '2025-05-01T12:00:00.000Z',
    );
  });
});
