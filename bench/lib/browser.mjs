// The dashboard in headless Chromium (playwright-core, Debian's chromium):
// how long until a board is visible and scrolled to the bottom of its longest
// column, and how much layout work that took (Chrome's Performance metrics).
/* global document, getComputedStyle, innerHeight, requestAnimationFrame -- used in page.evaluate, inside the page */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './load.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without these, Chromium tries the network at start and this machine refuses it.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function openBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'shortlist-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  // One page for every board: a page in the background gets no animation frames (so no paint to wait for).
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    context,
    page,
    cdp,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's page for `server`, and how to sign it in. Cookies are per
 * host, not per port, so two servers on 127.0.0.1 share one cookie jar: each
 * timing signs in to its own server first (outside the timed part).
 */
export function sessionFor(browser, server, email, password) {
  const { page, cdp } = browser;
  const signIn = async () => {
    const response = await page.request.post(`${server.url}/api/auth/login`, { data: { email, password } });
    if (response.status() !== 200) throw new Error(`browser login: ${response.status()}`);
  };
  return { page, cdp, signIn };
}

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/**
 * Opens the board and scrolls its longest column (the page when no column
 * scrolls) to the end; resolves once the last card there is on screen and
 * painted. Returns the milliseconds from navigation, and the layout work.
 */
export async function timeBoard({ page, cdp, signIn }, url) {
  await page.goto('about:blank');
  await signIn();
  const before = await metricsOf(cdp);
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('section[role="region"] article').first().waitFor({ state: 'visible' });
  const visibleMs = performance.now() - started;
  const scrolled = page.evaluate(async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // The longest column (by the height of its cards); its own scroll box when it has one (a virtualized list),
    // else the page.
    const scrollBoxOf = (section) =>
      [...section.querySelectorAll('div')].find(
        (div) => getComputedStyle(div).overflowY === 'auto' && div.scrollHeight > div.clientHeight,
      ) ?? null;
    const [column, scroller] = [...document.querySelectorAll('section[role="region"]')]
      .map((section) => [section, scrollBoxOf(section)])
      .sort(([a, boxA], [b, boxB]) => (boxB ?? b).scrollHeight - (boxA ?? a).scrollHeight)[0];
    const toEnd = () => {
      if (scroller) {
        scroller.scrollIntoView({ block: 'end' });
        scroller.scrollTop = scroller.scrollHeight;
      } else {
        document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
      }
    };
    const done = () => {
      const articles = column.querySelectorAll('article');
      const last = articles[articles.length - 1];
      if (!last) return true;
      const box = last.getBoundingClientRect();
      const bottom = Math.min(innerHeight, scroller ? scroller.getBoundingClientRect().bottom : innerHeight);
      const atEnd = !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      return atEnd && box.height > 0 && box.top >= 0 && box.bottom <= bottom + 1;
    };
    toEnd();
    let waited = 0;
    for (; waited < 300 && !done(); waited += 1) {
      await frames();
      toEnd();
    }
    await frames();
    return {
      cards: document.querySelectorAll('section[role="region"] article').length,
      scrolledColumn: column.getAttribute('aria-label'),
      virtualized: scroller !== null,
      reachedEnd: done(),
    };
  });
  const scroll = await Promise.race([
    scrolled,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: no scrolled paint in 60 s`)), 60_000)),
  ]);
  const totalMs = performance.now() - started;
  const after = await metricsOf(cdp);
  const delta = (name) => Math.round((after[name] - before[name]) * 1000) / 1000;
  return {
    visibleMs,
    totalMs,
    renderedCards: scroll.cards,
    scrolledColumn: scroll.scrolledColumn,
    virtualized: scroll.virtualized,
    reachedEnd: scroll.reachedEnd,
    layoutCount: delta('LayoutCount'),
    recalcStyleCount: delta('RecalcStyleCount'),
    layoutMs: Math.round(delta('LayoutDuration') * 1000 * 10) / 10,
    scriptMs: Math.round(delta('ScriptDuration') * 1000 * 10) / 10,
  };
}

/** `rounds` alternating timings of each board after one untimed load of each; medians per board. */
export async function compareBoards(boards, rounds, log) {
  for (const board of boards) await timeBoard(board.session, board.url);
  const runs = Object.fromEntries(boards.map((board) => [board.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const board of boards) {
      const result = await timeBoard(board.session, board.url);
      runs[board.name].push(result);
      log?.(
        `    ${board.name.padEnd(6)} round ${round + 1}: ${result.totalMs.toFixed(0)} ms (visible ${result.visibleMs.toFixed(0)} ms; ` +
          `${result.renderedCards} cards in the DOM; scrolled ${result.scrolledColumn}${result.virtualized ? ' (virtualized)' : ''}` +
          `${result.reachedEnd ? '' : ' WITHOUT reaching its end'}; ${result.layoutCount} layouts)`,
      );
    }
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        totalMs: median(list.map((r) => r.totalMs)),
        visibleMs: median(list.map((r) => r.visibleMs)),
        layoutCount: median(list.map((r) => r.layoutCount)),
        layoutMs: median(list.map((r) => r.layoutMs)),
        scriptMs: median(list.map((r) => r.scriptMs)),
        renderedCards: median(list.map((r) => r.renderedCards)),
        scrolledColumn: list[0].scrolledColumn,
        virtualized: list[0].virtualized,
        reachedEnd: list.every((r) => r.reachedEnd),
      },
    ]),
  );
}
