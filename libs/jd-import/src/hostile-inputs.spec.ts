import { MAX_ITEMS_PER_SECTION, parseJobDescription, parseLadder } from './index';

const MB = 1024 * 1024;

// A generous guard that catches a hang or a quadratic blow-up, not a benchmark:
// each of these runs in well under half a second on a laptop.
const GUARD_MS = 2_000;

const timed = <T>(run: () => T): { result: T; ms: number } => {
  const start = Date.now();
  const result = run();
  return { result, ms: Date.now() - start };
};

describe('hostile input of up to 1 MB', () => {
  it.each([
    ['empty text', ''],
    ['1 MB on one line', 'x'.repeat(MB)],
    ['1 MB of "- " lines', '- \n'.repeat(MB / 3)],
    ['1 MB of bullets with text', '- item\n'.repeat(MB / 7)],
    ['1 MB of ":" and spaces', ': '.repeat(MB / 2)],
    ['1 MB of spaces, then a colon', `${' '.repeat(MB - 2)}:x`],
    ['1 MB of NUL bytes', '\u0000'.repeat(MB)],
    ['1 MB of "#"', '#'.repeat(MB)],
    ['1 MB of glued capitals', 'Tools\nIDEs\n'.concat('AbcDef'.repeat(MB / 6))],
    ['a heading and 1 MB of one inline entry', 'Requirements: '.concat('word '.repeat(MB / 5))],
    ['a watch-for sentence with 100k commas', 'FAQ\nWatch for candidates who '.concat('x, '.repeat(MB / 10))],
    ['sections repeated 20k times', 'Requirements\n- a\nPerks\n- b\nTools\nIDEs\nGitGitHub\n'.repeat(MB / 50)],
  ])('%s: returns a template in time', (_name, text) => {
    const { result, ms } = timed(() => parseJobDescription(text));
    expect(ms).toBeLessThan(GUARD_MS);
    expect(Array.isArray(result.items)).toBe(true);
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(timed(() => parseLadder(text)).ms).toBeLessThan(GUARD_MS);
  });

  it('fills every cap at once: 4 × 200 items, 200 red flags, 200 tools, 20 stages, 200 advice paragraphs', () => {
    const list = (heading: string, make: (i: number) => string) =>
      [heading, ...Array.from({ length: 300 }, (_, i) => `- ${make(i)}`)].join('\n');
    const text = [
      list('Qualifications', (i) => `Strong knowledge of data structures number ${i} and Python, SQL, Docker`),
      list('Prerequisites', (i) => `Available for minimum ${i}-month commitment in the country of employment`),
      list('Hard skills', (i) => `Programming Languages ${i}: Python, Java, Node.js, Go, Rust, SQL, AWS basics`),
      list('Soft skills', (i) => `Excellent written and verbal communication in teams, case ${i}`),
      list('Red flags', (i) => `Poor communication skills and inability to work in teams, case ${i}`),
      list('Interview process', (i) => `Stage ${i}`),
      list('Tools', (i) => `ToolNumber${i}GitHub`),
      ['FAQ', ...Array.from({ length: 300 }, (_, i) => `\nFocus on their learning approach and curiosity, ${i}.`)].join(
        '\n',
      ),
    ].join('\n');
    const { result, ms } = timed(() => parseJobDescription(text));
    expect(ms).toBeLessThan(GUARD_MS);
    expect(result.items).toHaveLength(4 * MAX_ITEMS_PER_SECTION);
    expect(result.redFlags).toHaveLength(MAX_ITEMS_PER_SECTION);
    expect(result.stages).toHaveLength(20);
    expect(result.tools.reduce((n, group) => n + group.items.length, 0)).toBe(MAX_ITEMS_PER_SECTION);
    expect(result.guidance).toHaveLength(MAX_ITEMS_PER_SECTION);
  });

  it('keeps 200 of 100,000 bullets and says so', () => {
    const text = `Responsibilities\n${Array.from({ length: 100_000 }, (_, i) => `- duty ${i}`).join('\n')}`;
    const { result, ms } = timed(() => parseJobDescription(text));
    expect(ms).toBeLessThan(GUARD_MS);
    expect(result.responsibilities).toHaveLength(MAX_ITEMS_PER_SECTION);
    expect(result.responsibilities[199]).toBe('duty 199');
    expect(result.warnings).toContain('Responsibilities list has more than 200 entries; only the first 200 were kept');
  });

  it('shortens a 10,000-character entry to 500 characters and says so', () => {
    const result = parseJobDescription(`Soft skills\n- ${'patience '.repeat(1_200)}`);
    expect(result.items[0].label.length).toBeLessThanOrEqual(500);
    expect(result.warnings).toContain('Some soft skills entries were too long and were shortened');
  });

  it('reads the text around NUL bytes and warns about them', () => {
    const result = parseJobDescription('Job Title: Data\u0000 Engineer\n\u0000\u0000Perks:\n- Rem\u0000ote');
    expect(result.title).toBe('Data Engineer');
    expect(result.perks).toEqual(['Remote']);
    expect(result.warnings).toContain('The text contains control or binary characters; they were ignored');
  });

  it('reads only the first 1 MB of a longer text', () => {
    const result = parseJobDescription(`Job Title: Big\n${'y'.repeat(2 * MB)}`);
    expect(result.title).toBe('Big');
    expect(result.warnings).toContain('The text is longer than 1 MB; only the first 1 MB was read');
  });
});
