import * as path from 'node:path';
import { api, Browser, openBrowser, RunningServer, screenshotDir, startServer } from './harness';

const CANDIDATES = [
  {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    resumeText: 'B.Sc. Computer Science. Python, Java, PostgreSQL, Git, Docker, REST APIs, unit testing.',
  },
  {
    name: 'Grace Hopper',
    email: 'grace@example.com',
    resumeText: 'BS in Computer Science. Node.js and Express, MongoDB, GitHub Actions, AWS.',
  },
  {
    name: 'Alan Turing',
    email: 'alan@example.com',
    resumeText: 'Mathematics degree. Java and algorithms; no cloud experience yet.',
  },
];

describe('the pipeline board in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let jobId: string;
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
    const jobs = await api<{ items: { id: string; title: string }[] }>(page, 'GET', '/api/jobs');
    jobId = jobs.body.items.find((job) => job.title === 'Backend Engineer Intern')!.id;
    const job = await api<{ items: { id: string; category: string }[] }>(page, 'GET', `/api/jobs/${jobId}`);
    const knockoutAnswers = job.body.items
      .filter((i) => i.category === 'prerequisite')
      .map((i) => ({ itemId: i.id, met: true }));
    for (const candidate of CANDIDATES) {
      const created = await api<{ id: string }>(page, 'POST', '/api/candidates', candidate);
      expect(created.status).toBe(201);
      const applied = await api(page, 'POST', `/api/jobs/${jobId}/applications`, {
        candidateId: created.body.id,
        knockoutAnswers,
      });
      expect(applied.status).toBe(201);
    }
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const column = (name: string) => browser.page.getByRole('region', { name, exact: true });

  it('shows the new applications in the Applied column', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/jobs/${jobId}/pipeline`);
    for (const { name } of CANDIDATES) await column('Applied').getByRole('article', { name }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'board.png') });
  });

  it('moves a card to the next stage by dragging it', async () => {
    const { page } = browser;
    const card = column('Applied').getByRole('article', { name: 'Ada Lovelace' });
    const target = column('Résumé screen');
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Several steps past dnd-kit's activation distance, as a hand would.
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
    await page.mouse.up();
    await target.getByRole('article', { name: 'Ada Lovelace' }).waitFor();
    await expect(column('Applied').getByRole('article', { name: 'Ada Lovelace' }).count()).resolves.toBe(0);

    const board = await api<{ stages: { name: string; applications: { candidateName: string }[] }[] }>(
      page,
      'GET',
      `/api/jobs/${jobId}/pipeline`,
    );
    const screen = board.body.stages.find((stage) => stage.name === 'Résumé screen')!;
    expect(screen.applications.map((a) => a.candidateName)).toContain('Ada Lovelace');
    const applied = board.body.stages.find((stage) => stage.name === 'Applied')!;
    expect(applied.applications.map((a) => a.candidateName)).not.toContain('Ada Lovelace');
  });

  it('moves a card with the keyboard alone, through its menu', async () => {
    const { page } = browser;
    const focused = page.locator(':focus');
    const focusedName = async () => (await focused.getAttribute('aria-label')) ?? '';
    // A card is a tab stop; Tab walks through its controls to the move menu.
    await column('Applied').getByRole('article', { name: 'Grace Hopper' }).focus();
    for (let presses = 0; presses < 5 && (await focusedName()) !== 'Move Grace Hopper'; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedName()).toBe('Move Grace Hopper');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Move Grace Hopper' });
    await menu.waitFor();
    const focusedItem = async () => ((await focused.textContent()) ?? '').trim();
    for (let presses = 0; presses < 10 && (await focusedItem()) !== 'Résumé screen'; presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedItem()).toBe('Résumé screen');
    await page.keyboard.press('Enter');
    await column('Résumé screen').getByRole('article', { name: 'Grace Hopper' }).waitFor();

    const board = await api<{ stages: { name: string; applications: { candidateName: string }[] }[] }>(
      page,
      'GET',
      `/api/jobs/${jobId}/pipeline`,
    );
    const screen = board.body.stages.find((stage) => stage.name === 'Résumé screen')!;
    expect(screen.applications.map((a) => a.candidateName)).toContain('Grace Hopper');
  });

  it('rejects a candidate with a reason, from the card menu', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Move Alan Turing' }).click();
    await page.getByRole('menuitem', { name: /Reject/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Reason/ }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: /Reject/ }).click();
    await expect(
      column('Applied').getByRole('article', { name: 'Alan Turing' }).waitFor({ state: 'detached' }),
    ).resolves.toBeUndefined();

    const candidates = await api<{ items: { id: string; name: string }[] }>(page, 'GET', '/api/candidates?q=Alan');
    const alan = await api<{ applications: { applicationId: string; status: string }[] }>(
      page,
      'GET',
      `/api/candidates/${candidates.body.items[0].id}`,
    );
    expect(alan.body.applications.map((a) => a.status)).toEqual(['rejected']);
    const application = await api<{
      rejection: { reason: string } | null;
      history: { toStatus: string; reason: string | null }[];
    }>(page, 'GET', `/api/applications/${alan.body.applications[0].applicationId}`);
    expect(application.body.rejection?.reason).toBeTruthy();
    expect(application.body.history.at(-1)).toMatchObject({
      toStatus: 'rejected',
      reason: application.body.rejection!.reason,
    });
  });

  it('shows the candidate page with the résumé evidence', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/candidates`);
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.getByText('PostgreSQL', { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'candidate.png'), fullPage: true });
  });
});
