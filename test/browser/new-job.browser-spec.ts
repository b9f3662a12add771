import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, openBrowser, RunningServer, screenshotDir, startServer } from './harness';

const jobDescription = fs.readFileSync(
  path.resolve(__dirname, '../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt'),
  'utf8',
);

describe('a hiring manager creates a job from a pasted job description', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    browser.page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and finds the demo job on the jobs page', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/jobs`);
    await page.getByLabel('Email').fill('manager@shortlist.test');
    await page.getByLabel(/^Password/).fill('shortlist-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/jobs$/);
    await page.getByRole('link', { name: 'Backend Engineer Intern', exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'jobs.png') });
  });

  it('parses the pasted text, lets the title be edited, and creates the job', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'New job' }).click();
    await page.getByLabel('Job description').first().fill(jobDescription);
    await page.getByRole('button', { name: 'Parse' }).click();
    const title = page.getByRole('textbox', { name: /^Title\b/ });
    await title.waitFor();
    await expect(title.inputValue()).resolves.toBe('Backend Engineer Intern');
    await title.fill('Backend Engineer Intern (Autumn)');
    await page.screenshot({ path: path.join(screenshotDir, 'new-job-review.png'), fullPage: false });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Create job' }).click();

    await page.getByRole('heading', { level: 1, name: 'Backend Engineer Intern (Autumn)' }).waitFor();
    const checklist = page.getByRole('region', { name: 'Checklist' });
    for (const heading of ['Prerequisites (5)', 'Qualifications (5)', 'Hard skills (8)', 'Soft skills (8)']) {
      await checklist.getByRole('heading', { name: heading }).waitFor();
    }
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Programming Languages' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(screenshotDir, 'job.png'), fullPage: false });
  });

  it('stored the job as the API reports it', async () => {
    const { page } = browser;
    const jobs = await page.evaluate(
      async () =>
        (await (await fetch('/api/jobs')).json()) as {
          items: { title: string; itemCount: number; stageCount: number }[];
        },
    );
    const created = jobs.items.find((job) => job.title === 'Backend Engineer Intern (Autumn)');
    expect(created).toMatchObject({ itemCount: 26, stageCount: 9 });
  });
});
