import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: the bar issue 8 sets for every page. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const TARGETS_SHOWN = 5;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  /** axe's own explanation for the first element, e.g. the measured contrast ratio. */
  summary: string;
}

interface PageAnimation {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number } } | null;
}

/**
 * Waits until finite animations and transitions are over: axe reads computed colours,
 * and a modal half-way through its fade would be measured at a contrast it never shows.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    // Typed here by hand: this project's Node type-check has no DOM types.
    (globalThis as unknown as { document: { getAnimations(): PageAnimation[] } }).document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

/** CSS selectors: only these parts of the page (a dialog just opened), or all but these (parts checked elsewhere). */
export interface AxeScope {
  include?: string[];
  exclude?: string[];
}

/** The serious and critical WCAG 2 A/AA violations axe finds on the page as it stands, or in `scope` of it. */
export async function axeFindings(page: Page, { include = [], exclude = [] }: AxeScope = {}): Promise<AxeFinding[]> {
  await settle(page);
  // Only violations are read: axe then skips collecting every passing node, which is slow on big forms.
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
  for (const selector of include) builder.include(selector);
  for (const selector of exclude) builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: [
        ...violation.nodes.slice(0, TARGETS_SHOWN).map((node) => node.target.join(' ')),
        ...(violation.nodes.length > TARGETS_SHOWN ? [`… and ${violation.nodes.length - TARGETS_SHOWN} more`] : []),
      ],
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
}
