import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(__dirname, '../../apps/web/dist');
const BUDGET_KB = 250;

/** The scripts index.html loads before anything lazy: the entry and what it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
}

const gzippedKb = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;

// `npm test` builds the dashboard before jest runs; without a build there is nothing to measure, which is a failure.
beforeAll(() => {
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error('No dashboard build to measure: run `npm run build:web`');
});

describe('dashboard bundle budget', () => {
  it(`loads at most ${BUDGET_KB} KB of gzipped JavaScript before the first page`, () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, file) => sum + gzippedKb(file), 0);
    expect(Math.round(total)).toBeLessThanOrEqual(BUDGET_KB);
  });

  it('keeps the charts (Reports) out of the initial load', () => {
    for (const file of initialScripts()) expect(readFileSync(path.join(dist, file), 'utf8')).not.toMatch(/recharts/);
  });
});
