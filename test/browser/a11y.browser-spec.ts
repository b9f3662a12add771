import { REPORT_KINDS } from '@shortlist/contracts';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { DataSource } from 'typeorm';
import { paths } from '../../apps/web/src/config/paths';
import { axeFindings } from './axe';
import { api, Browser, openBrowser, RunningServer, startServer } from './harness';

const PASSWORD = 'shortlist-demo';
const ROUTER_FILE = path.resolve(__dirname, '../../apps/web/src/app/router.tsx');
const JOB_DESCRIPTION = fs.readFileSync(
  path.resolve(__dirname, '../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt'),
  'utf8',
);

/**
 * Every path the dashboard's router declares (`path: paths.x`, a literal, or the index route),
 * read from its source so that a page added there without a visit here fails the last test.
 */
function declaredRoutes(): string[] {
  const source = fs.readFileSync(ROUTER_FILE, 'utf8');
  const routes = [...source.matchAll(/\bpath:\s*(?:paths\.(\w+)|'([^']*)')/g)].map(([, key, literal]) => {
    if (key === undefined) return literal;
    if (!(key in paths)) throw new Error(`router.tsx uses paths.${key}, which paths.ts does not define`);
    return paths[key as keyof typeof paths];
  });
  if (/\bindex:\s*true/.test(source)) routes.push(paths.home);
  return routes;
}

/** A route pattern as a regular expression over a pathname (`:param` is one segment, `*` anything). */
function routeRegExp(pattern: string): RegExp {
  if (pattern === '*') return /^\/.*$/;
  const body = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}/?$`);
}

interface Ids {
  jobId: string;
  slug: string;
  codingStageId: string;
  /** Sofia Rossi, in the coding assessment: Ivan scores her, the hiring manager opens her assessment. */
  applicationId: string;
  candidateId: string;
  /** A candidate to erase, so the tombstone page has something to show. */
  erasableId: string;
}

// Each test walks a page through its states on a machine shared with the rest of CI.
jest.setTimeout(120_000);

describe('accessibility: axe finds no serious or critical WCAG 2 A/AA violation on any page', () => {
  let server: RunningServer;
  let browser: Browser;
  let ids: Ids;
  const visited = new Set<string>();

  const page = () => browser.page;

  /** Opens a path that the router serves with `route`, and waits for its level-1 heading. */
  const visit = async (route: string, url: string, heading: string | RegExp) => {
    expect(new URL(url, server.url).pathname).toMatch(routeRegExp(route));
    await page().goto(`${server.url}${url}`);
    await page().getByRole('heading', { level: 1, name: heading }).waitFor();
    visited.add(route);
  };

  /** The whole page, or only the parts that changed since it was checked whole. */
  const expectAccessible = async (...include: string[]) => expect(await axeFindings(page(), { include })).toEqual([]);

  /** Signs in through the login form, as a person would. */
  const signIn = async (email: string) => {
    await api(page(), 'POST', '/api/auth/logout');
    await page().goto(`${server.url}${paths.login}`);
    await page().getByLabel('Email').fill(email);
    await page()
      .getByLabel(/^Password/)
      .fill(PASSWORD);
    await page().getByRole('button', { name: 'Sign in' }).click();
    await page()
      .getByRole('button', { name: /^Account menu for/ })
      .waitFor();
  };

  const dialog = async (name: string | RegExp): Promise<Locator> => {
    const found = page().getByRole('dialog', { name });
    await found.waitFor();
    return found;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page().setDefaultTimeout(10_000);
    await page().goto(`${server.url}${paths.login}`);
    const login = await api(page(), 'POST', '/api/auth/login', {
      email: 'recruiter@shortlist.test',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    const jobs = await api<{ items: { id: string; title: string }[] }>(page(), 'GET', '/api/jobs');
    const jobId = jobs.body.items.find((job) => job.title === 'Backend Engineer Intern')!.id;
    const job = await api<{ slug: string; stages: { id: string; name: string }[] }>(
      page(),
      'GET',
      `/api/jobs/${jobId}`,
    );
    const coding = job.body.stages.find((stage) => stage.name === 'Coding assessment')!;
    const board = await api<{
      stages: { id: string; applications: { applicationId: string; candidateId: string; candidateName: string }[] }[];
    }>(page(), 'GET', `/api/jobs/${jobId}/pipeline`);
    const sofia = board.body.stages
      .flatMap((stage) => stage.applications)
      .find((a) => a.candidateName === 'Sofia Rossi')!;
    const panel = await api<{ items: { id: string; email: string }[] }>(page(), 'GET', '/api/users/panel');
    const ivan = panel.body.items.find((member) => member.email === 'interviewer@shortlist.test')!;
    const assigned = await api(page(), 'POST', `/api/applications/${sofia.applicationId}/interviewers`, {
      userId: ivan.id,
      stageId: coding.id,
    });
    expect(assigned.status).toBe(201);
    // A candidate with no application, untouched for longer than the retention period, for the retention review.
    const stale = await api<{ id: string }>(page(), 'POST', '/api/candidates', {
      name: 'Rita Retention',
      email: 'rita.retention@example.com',
    });
    expect(stale.status).toBe(201);
    const db = await new DataSource({ type: 'better-sqlite3', database: server.databaseFile }).initialize();
    const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString().replace('T', ' ').replace('Z', '');
    await db.query('UPDATE candidates SET updated_at = ?, created_at = ? WHERE id = ?', [
      longAgo,
      longAgo,
      stale.body.id,
    ]);
    await db.destroy();
    const erasable = await api<{ id: string }>(page(), 'POST', '/api/candidates', {
      name: 'Eve Erasable',
      email: 'eve.erasable@example.com',
    });
    ids = {
      jobId,
      slug: job.body.slug,
      codingStageId: coding.id,
      applicationId: sofia.applicationId,
      candidateId: sofia.candidateId,
      erasableId: erasable.body.id,
    };
    await api(page(), 'POST', '/api/auth/logout');
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe('signed out', () => {
    it('the login page, and its error', async () => {
      await visit(paths.login, paths.login, /Sign in/);
      await expectAccessible();
      await page().getByLabel('Email').fill('admin@shortlist.test');
      await page()
        .getByLabel(/^Password/)
        .fill('not-the-password');
      await page().getByRole('button', { name: 'Sign in' }).click();
      await page().getByRole('alert').filter({ hasText: 'Invalid email or password' }).waitFor();
      await expectAccessible('form');
    });

    it('the public application page: empty, with its errors, and sent', async () => {
      const url = `/apply/${encodeURIComponent(ids.slug)}`;
      await visit(paths.publicApply, url, 'Backend Engineer Intern');
      await expectAccessible();
      const form = page().getByRole('form', { name: 'Apply' });
      await form.getByRole('button', { name: 'Submit application' }).click();
      await form.getByText('Enter your name').waitFor();
      await expectAccessible('form');
      await form.getByRole('textbox', { name: 'Name' }).fill('Paula Public');
      await form.getByRole('textbox', { name: 'Email' }).fill('paula.public@example.com');
      for (const question of await form.getByRole('radiogroup').all()) {
        await question.getByRole('radio', { name: 'Yes' }).check();
      }
      await form.getByRole('button', { name: 'Submit application' }).click();
      await page().getByRole('status').filter({ hasText: 'was received' }).waitFor();
      await expectAccessible('section');
    });

    it('the public application page of a job that is not open', async () => {
      await page().goto(`${server.url}/apply/no-such-job`);
      await page().getByRole('heading', { name: 'This job is not open for applications' }).waitFor();
      await expectAccessible();
    });
  });

  describe('as an interviewer', () => {
    beforeAll(async () => signIn('interviewer@shortlist.test'));

    it('the jobs list and a job', async () => {
      await visit(paths.jobs, paths.jobs, 'Jobs');
      await expectAccessible();
      await visit(paths.job, `/jobs/${ids.jobId}`, 'Backend Engineer Intern');
      await expectAccessible();
    });

    it('my interviews', async () => {
      await visit(paths.interviews, paths.interviews, 'My interviews');
      await expectAccessible();
    });

    it('a scorecard: blank, with its errors, filled and submitted', async () => {
      await visit(
        paths.scorecard,
        `/applications/${ids.applicationId}/scorecards/${ids.codingStageId}`,
        'Scorecard: Sofia Rossi',
      );
      await expectAccessible();
      await page().getByRole('button', { name: 'Submit scorecard' }).click();
      await page().getByText('Choose an overall recommendation to submit').waitFor();
      await expectAccessible('section[aria-labelledby="overall-title"]', '[role="alert"]');

      const others = page().getByRole('button', { name: /^Other items/ });
      if ((await others.getAttribute('aria-expanded')) !== 'true') await others.click();
      for (const card of await page().locator('[data-item-card]').all()) {
        await card.focus();
        await page().keyboard.press('3');
      }
      await page().getByRole('button', { name: 'Raise a red flag' }).click();
      await page().getByRole('group', { name: 'Red flag 1' }).waitFor();
      await expectAccessible('section[aria-labelledby="red-flags-title"]');
      await page()
        .getByRole('group', { name: 'Red flag 1' })
        .getByRole('button', { name: /Remove/ })
        .click();
      const yes = page().getByRole('radio', { name: 'Yes', exact: true });
      await page()
        .locator(`label[for="${await yes.getAttribute('id')}"]`)
        .click();
      await page().getByRole('textbox', { name: 'Key take-aways' }).fill('Clear reasoning, tidy code.');
      await page().getByRole('button', { name: 'Submit scorecard' }).click();
      await page().getByText('This scorecard is submitted and locked.').waitFor();
      await expectAccessible();
    });

    it('the assessment, once the scorecard is in', async () => {
      await visit(paths.assessment, `/applications/${ids.applicationId}/assessment`, 'Assessment: Sofia Rossi');
      await expectAccessible();
    });

    it('the account page, and its form with errors', async () => {
      await visit(paths.account, paths.account, 'Your account');
      await expectAccessible();
      await page().getByRole('button', { name: 'Change password' }).click();
      await page().getByText('Enter your current password').waitFor();
      await expectAccessible('main form');
    });

    it('a page outside the role', async () => {
      await page().goto(`${server.url}${paths.adminUsers}`);
      await page().getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible();
    });
  });

  describe('as a hiring manager', () => {
    beforeAll(async () => signIn('manager@shortlist.test'));

    it('the pipelines overview', async () => {
      await visit(paths.recruiterHome, paths.recruiterHome, 'Pipelines');
      await expectAccessible();
    });

    it('the jobs list, with its New job action', async () => {
      await visit(paths.jobs, paths.jobs, 'Jobs');
      await page().getByRole('link', { name: 'New job' }).waitFor();
      await expectAccessible();
    });

    it('a new job from a pasted description: each step, and the leave-without-saving dialog', async () => {
      await visit(paths.newJob, paths.newJob, 'New job');
      await expectAccessible();
      await page().getByLabel('Job description').first().fill(JOB_DESCRIPTION);
      await page().getByRole('button', { name: 'Parse' }).click();
      await page()
        .getByRole('textbox', { name: /^Title\b/ })
        .waitFor();
      // The rubric editor's sections are the job settings page's editor, checked whole there.
      expect(await axeFindings(page(), { exclude: ['main section'] })).toEqual([]);
      await page().getByRole('button', { name: 'Continue' }).click();
      await page().getByRole('button', { name: 'Create job' }).waitFor();
      await expectAccessible();
      await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
      const leave = await dialog('Leave without saving?');
      await expectAccessible('[role="dialog"]');
      await leave.getByRole('button', { name: /Leave/ }).click();
      await page().waitForURL(/\/jobs$/);
    });

    it('a job, and its rubric history drawer', async () => {
      await visit(paths.job, `/jobs/${ids.jobId}`, 'Backend Engineer Intern');
      await expectAccessible();
      await page().getByRole('button', { name: 'History' }).click();
      await dialog(/history/i);
      await expectAccessible('[role="dialog"]');
      await page().keyboard.press('Escape');
    });

    it('the job settings', async () => {
      await visit(paths.jobSettings, `/jobs/${ids.jobId}/settings`, 'Job settings');
      await expectAccessible();
    });

    it('the assessment with the decision form, and its error', async () => {
      await visit(paths.assessment, `/applications/${ids.applicationId}/assessment`, 'Assessment: Sofia Rossi');
      const form = page().getByRole('form', { name: 'Decision' });
      await form.waitFor();
      await expectAccessible();
      await form.getByRole('button', { name: 'Record decision' }).click();
      await form.getByText('Choose a decision').waitFor();
      await expectAccessible('form[aria-labelledby="decision-title"]');
    });

    it.each(REPORT_KINDS)('the %s report', async (kind) => {
      await visit(paths.reports, `${paths.reports}?report=${kind}`, 'Reports');
      // The report's table, or its empty state's heading, once loaded.
      await page().getByRole('tabpanel').locator('table, h3').first().waitFor();
      await expectAccessible();
    });
  });

  describe('as a recruiter', () => {
    beforeAll(async () => signIn('recruiter@shortlist.test'));

    it('the pipeline board, its card menu and reject dialog', async () => {
      await visit(paths.pipeline, `/jobs/${ids.jobId}/pipeline`, /Backend Engineer Intern/);
      await page().getByRole('article', { name: 'Priya Raman' }).waitFor();
      await expectAccessible();
      await page().getByRole('button', { name: 'Move Priya Raman' }).click();
      await page().getByRole('menu', { name: 'Move Priya Raman' }).waitFor();
      await expectAccessible('[role="menu"]');
      await page()
        .getByRole('menuitem', { name: /Reject/ })
        .click();
      await dialog('Close the application of Priya Raman');
      await expectAccessible('[role="dialog"]');
      await page().keyboard.press('Escape');
    });

    it('bulk selection: the action bar, its move menu and the tag dialog', async () => {
      await page().getByRole('checkbox', { name: 'Select Priya Raman' }).check();
      await page().getByRole('checkbox', { name: 'Select Tomás Herrera' }).check();
      const bar = page().getByRole('toolbar', { name: 'Bulk actions' });
      await bar.getByRole('button', { name: 'Move to…' }).click();
      await page().getByRole('menu', { name: 'Move to…' }).waitFor();
      await expectAccessible('[role="toolbar"]');
      await page().keyboard.press('Escape');
      await bar.getByRole('button', { name: 'Tag…' }).click();
      await dialog('Tag 2 candidates');
      await expectAccessible('[role="dialog"]');
      await page().keyboard.press('Escape');
    });

    it('the pipeline as a table', async () => {
      await visit(paths.pipeline, `/jobs/${ids.jobId}/pipeline?view=table`, /Backend Engineer Intern/);
      await page().getByRole('table').waitFor();
      await expectAccessible();
    });

    it('the candidates list, and the new-candidate and import dialogs', async () => {
      await visit(paths.candidates, paths.candidates, 'Candidates');
      await page().getByRole('link', { name: 'Priya Raman' }).waitFor();
      // The applicant from the public page, listed like any other.
      await page().getByRole('link', { name: 'Paula Public' }).waitFor();
      await expectAccessible();
      await page()
        .getByRole('button', { name: /Import/ })
        .click();
      await dialog(/Import candidates/);
      await expectAccessible('[role="dialog"]');
      await page().keyboard.press('Escape');
      await page().getByRole('button', { name: 'New candidate' }).click();
      const form = await dialog('New candidate');
      await form.getByRole('button', { name: 'Add candidate' }).click();
      await form.locator('[aria-invalid="true"]').first().waitFor();
      await expectAccessible('[role="dialog"]');
      await form.getByRole('textbox', { name: 'Name' }).fill('Nadia Newcomer');
      await form.getByRole('textbox', { name: 'Email' }).fill('nadia.newcomer@example.com');
      await form.getByRole('button', { name: 'Add candidate' }).click();
      await page().getByRole('heading', { level: 1, name: 'Nadia Newcomer' }).waitFor();
    });

    it('a candidate with an application, and the note form with its error', async () => {
      await visit(paths.candidate, `/candidates/${ids.candidateId}`, 'Sofia Rossi');
      const note = page().getByRole('form', { name: 'Add a note' }).first();
      await note.waitFor();
      await expectAccessible();
      await note.getByRole('button', { name: 'Add note' }).click();
      await note.getByText('Write a note').waitFor();
      await expectAccessible('form[aria-label="Add a note"]');
    });
  });

  describe('as an admin', () => {
    beforeAll(async () => signIn('admin@shortlist.test'));

    it('the landing redirect', async () => {
      await visit(paths.home, paths.home, 'Jobs');
      await expectAccessible();
    });

    it('the users page and the new-user dialog', async () => {
      await visit(paths.adminUsers, paths.adminUsers, 'Users');
      await page().getByRole('table').waitFor();
      await expectAccessible();
      await page().getByRole('button', { name: 'New user' }).click();
      const form = await dialog(/user/i);
      await expectAccessible('[role="dialog"]');
      // A select's open list of options, as every select in the dashboard draws it.
      await form.getByRole('textbox', { name: 'Role' }).click();
      await page().getByRole('option', { name: 'Interviewer' }).waitFor();
      await expectAccessible('[role="dialog"]', '[role="listbox"]');
      await page().keyboard.press('Escape');
      await page().keyboard.press('Escape');
    });

    it('the audit log, with an event opened', async () => {
      await visit(paths.adminAudit, paths.adminAudit, 'Audit log');
      const show = page()
        .getByRole('button', { name: /^Show changes of event/ })
        .first();
      await show.click();
      await expectAccessible();
    });

    it('the retention review and its erase dialog', async () => {
      await visit(paths.adminRetention, paths.adminRetention, 'Data retention');
      await page().getByRole('checkbox', { name: 'Select Rita Retention' }).check();
      await expectAccessible();
      await page()
        .getByRole('button', { name: /^Erase/ })
        .click();
      await dialog(/^Erase/);
      await expectAccessible('[role="dialog"]');
      await page().keyboard.press('Escape');
    });

    it('the erase confirmation, and the tombstone it leaves', async () => {
      await visit(paths.candidate, `/candidates/${ids.erasableId}`, 'Eve Erasable');
      await page().getByRole('button', { name: 'Erase personal data' }).click();
      const confirm = await dialog('Erase personal data');
      await confirm.getByRole('textbox', { name: /Type the candidate/ }).fill('Eve Erasable');
      await expectAccessible('[role="dialog"]');
      await confirm.getByRole('button', { name: 'Erase personal data' }).click();
      await page()
        .getByRole('heading', { level: 1, name: /erased/i })
        .waitFor();
      await expectAccessible();
    });

    it('the account menu, and the not-found page', async () => {
      await page().goto(`${server.url}/no/such/page`);
      await page().getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      visited.add('*');
      await expectAccessible();
      await page()
        .getByRole('button', { name: /^Account menu for Ada Admin/ })
        .click();
      await page().getByRole('menu').waitFor();
      await expectAccessible('[role="menu"]');
    });
  });

  describe('in the dark colour scheme, the pages that draw each kind of colour', () => {
    // The scheme follows the system's preference; the theme's colours are the same variables on every page.
    beforeAll(async () => page().emulateMedia({ colorScheme: 'dark' }));
    afterAll(async () => page().emulateMedia({ colorScheme: 'light' }));

    it('the pipeline board: badges, score rings, the reject zone', async () => {
      await visit(paths.pipeline, `/jobs/${ids.jobId}/pipeline`, /Backend Engineer Intern/);
      await page().getByRole('article', { name: 'Priya Raman' }).waitFor();
      await expect(page().locator('html').getAttribute('data-mantine-color-scheme')).resolves.toBe('dark');
      await expectAccessible();
    });

    it('the assessment: filled and light badges, the decision form and its error', async () => {
      await visit(paths.assessment, `/applications/${ids.applicationId}/assessment`, 'Assessment: Sofia Rossi');
      const form = page().getByRole('form', { name: 'Decision' });
      await form.getByRole('button', { name: 'Record decision' }).click();
      await form.getByText('Choose a decision').waitFor();
      await expectAccessible();
    });

    it('the audit log: light buttons and an opened event', async () => {
      await visit(paths.adminAudit, paths.adminAudit, 'Audit log');
      await page()
        .getByRole('button', { name: /^Show changes of event/ })
        .first()
        .click();
      await expectAccessible();
    });

    it('the retention review: a selected row under the pointer', async () => {
      await visit(paths.adminRetention, paths.adminRetention, 'Data retention');
      await page().getByRole('checkbox', { name: 'Select Rita Retention' }).check();
      await expectAccessible();
    });
  });

  it('visited every page the router declares', () => {
    expect(declaredRoutes().filter((route) => !visited.has(route))).toEqual([]);
  });
});
