import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, openBrowser, RunningServer, screenshotDir, startServer } from './harness';

describe('the dashboard in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    // Fail a step in seconds with Playwright's own message rather than at jest's timeout.
    browser.page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = async (email: string, password: string) => {
    const { page } = browser;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  it('sends a visitor without a session to the login page', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers/);
    // The login page loads on first visit: wait for it rather than read visibility at once.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'login.png') });
  });

  it('says so when the password is wrong', async () => {
    await signIn('admin@shortlist.test', 'not-the-password');
    const alert = browser.page.getByRole('alert').filter({ hasText: 'Invalid email or password' });
    await alert.waitFor();
    await expect(alert.isVisible()).resolves.toBe(true);
    expect(browser.page.url()).toMatch(/\/login/);
  });

  it('lets the demo admin in, back to the page they asked for, with the Users page', async () => {
    const { page } = browser;
    await signIn('admin@shortlist.test', 'shortlist-demo');
    await page.waitForURL(/\/admin\/users$/);
    const table = page.getByRole('table');
    await table.getByText('recruiter@shortlist.test').waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(6); // header + five demo users
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'admin-users.png') });
  });

  it('creates an interviewer whose generated password works, and who sees no admin area', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('new.interviewer@example.com');
    await dialog.getByLabel('Name').fill('Nia New');
    await dialog.getByRole('textbox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Interviewer' }).click();
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const password = (await dialog.getByTestId('generated-password').textContent())?.trim() ?? '';
    expect(password).toHaveLength(24);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table').getByText('new.interviewer@example.com').waitFor();

    await page.getByRole('button', { name: /Account menu for Ada Admin/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await signIn('new.interviewer@example.com', password);
    await page.getByRole('button', { name: /Account menu for Nia New/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My interviews' }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
  });

  it('refuses the admin page to an interviewer who types its address', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/admin/users`);
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
  });

  it('shows a not-found page for an unknown address', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: /not found/i }).waitFor();
  });
});
