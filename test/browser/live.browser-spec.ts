import type { PipelineView } from '@shortlist/contracts';
import { Browser, openBrowser, RunningServer, startServer } from './harness';

const DEMO_JOB = 'Backend Engineer Intern';

describe('live updates in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let auth: { Authorization: string };
  let jobId: string;

  /** Another person at another desk: the API straight from the test, with their own session. */
  const elsewhere = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@shortlist.test', password: 'shortlist-demo' }),
    });
    auth = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const jobs = await elsewhere<{ items: { id: string; title: string }[] }>('GET', '/api/jobs');
    jobId = jobs.items.find((job) => job.title === DEMO_JOB)!.id;

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

  const column = (name: string) => browser.page.getByRole('region', { name, exact: true });

  it('moves a card on an open board within a second of someone else moving it', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/jobs/${jobId}/pipeline`);
    await page.getByRole('status', { name: 'Live updates: on' }).waitFor();
    const board = await elsewhere<PipelineView>('GET', `/api/jobs/${jobId}/pipeline`);
    const applied = board.stages.find((stage) => stage.name === 'Applied')!.applications[0];
    const screen = board.stages.find((stage) => stage.name === 'Résumé screen')!;
    await column('Applied').getByRole('article', { name: applied.candidateName }).waitFor();

    const movedAt = Date.now();
    await elsewhere('POST', `/api/applications/${applied.applicationId}/moves`, { toStageId: screen.id });
    await column('Résumé screen')
      .getByRole('article', { name: applied.candidateName })
      .waitFor({ timeout: Math.max(1, 1_000 - (Date.now() - movedAt)) });
    await expect(column('Applied').getByRole('article', { name: applied.candidateName }).count()).resolves.toBe(0);
  });

  it('updates an open candidate page too', async () => {
    const { page } = browser;
    const board = await elsewhere<PipelineView>('GET', `/api/jobs/${jobId}/pipeline`);
    const card = board.stages.find((stage) => stage.name === 'Résumé screen')!.applications[0];
    const next = board.stages.find((stage) => stage.name === 'Recruiter screen')!;
    await page.goto(`${server.url}/candidates/${card.candidateId}`);
    await page.getByRole('heading', { level: 1, name: card.candidateName }).waitFor();
    await page.getByRole('status', { name: 'Live updates: on' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: DEMO_JOB });
    await row.getByText('Résumé screen', { exact: true }).waitFor();

    const movedAt = Date.now();
    await elsewhere('POST', `/api/applications/${card.applicationId}/moves`, { toStageId: next.id });
    await row
      .getByText('Recruiter screen', { exact: true })
      .waitFor({ timeout: Math.max(1, 1_000 - (Date.now() - movedAt)) });
  });
});
