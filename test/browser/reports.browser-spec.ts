import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, openBrowser, RunningServer, screenshotDir, startServer } from './harness';

/** The demo job's ten candidates (seeded on an empty embedded database) across its stages. */
describe('reports in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    const { page } = browser;
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('recruiter@shortlist.test');
    await page.getByLabel(/^Password/).fill('shortlist-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the funnel beside its table', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Reports' }).click();
    const table = page.getByRole('table', { name: 'Funnel by stage' });
    await table.waitFor();
    const cells = (stage: string) => table.getByRole('row').filter({ hasText: stage }).first().locator('th, td');
    // Every demo candidate applied; three still wait there.
    await expect(cells('Applied').allTextContents()).resolves.toEqual(['Applied', '10', '10', '0', '0', '3', '70.0%']);
    // The seed moved most straight past the résumé screen: 3 entered it, 7 reached it; Omar was rejected there.
    await expect(cells('Résumé screen').allTextContents()).resolves.toEqual([
      'Résumé screen',
      '3',
      '7',
      '1',
      '0',
      '2',
      '57.1%',
    ]);
    const bars = page.getByRole('img', { name: /reached each stage/ }).locator('.recharts-bar-rectangle');
    await bars.first().waitFor();
    await expect(bars.count()).resolves.toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: path.join(screenshotDir, 'reports.png') });
  });

  it('moves between reports from the keyboard and keeps the choice in the address', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Funnel' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Time in stage' }).waitFor();
    expect(new URL(page.url()).searchParams.get('report')).toBe('time-in-stage');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Applications by source' }).waitFor();
  });

  it('downloads the report on screen as CSV', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sources.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      'Source,Applications,Active,Rejected,Withdrawn,Hired,Hire rate (%)',
      'sourced,10,9,1,0,0,0',
    ]);
  });
});
