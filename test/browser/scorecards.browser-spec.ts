import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { api, Browser, openBrowser, RunningServer, screenshotDir, startServer } from './harness';

interface JobItem {
  id: string;
  category: 'prerequisite' | 'qualification' | 'hard_skill' | 'soft_skill';
  label: string;
  weight: number;
}
interface Job {
  id: string;
  items: JobItem[];
  stages: { id: string; name: string }[];
  redFlagTypes: { id: string; label: string }[];
  categoryWeights: Record<'qualification' | 'hard_skill' | 'soft_skill', number>;
}

const PASSWORD = 'shortlist-demo';
const THIRD = { email: 'third.interviewer@example.com', name: 'Theo Third', password: 'a-long-password-3' };
const CANDIDATE = {
  name: 'Katherine Johnson',
  email: 'katherine@example.com',
  resumeText: 'BS Mathematics. Python, SQL, Git.',
};

async function signInAs(page: Page, email: string, password = PASSWORD): Promise<void> {
  await api(page, 'POST', '/api/auth/logout');
  const res = await api(page, 'POST', '/api/auth/login', { email, password });
  expect(res.status).toBe(200);
}

/** A segmented control's radio input is visually hidden: a person clicks its label. */
async function chooseSegment(page: Page, radio: ReturnType<Page['getByRole']>): Promise<void> {
  const id = await radio.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await expect(radio.isChecked()).resolves.toBe(true);
}

/** DESIGN.md's formulas, computed here independently of libs/scoring. */
function expectedOverall(job: Job, ratingsByInterviewer: Array<(item: JobItem) => number>): number {
  const categories = ['qualification', 'hard_skill', 'soft_skill'] as const;
  let weighted = 0;
  let weights = 0;
  for (const category of categories) {
    const items = job.items.filter((item) => item.category === category);
    if (items.length === 0) continue;
    const itemScore = (item: JobItem) =>
      ratingsByInterviewer.map((rate) => ((rate(item) - 1) / 3) * 100).reduce((a, b) => a + b, 0) /
      ratingsByInterviewer.length;
    const categoryScore =
      items.reduce((sum, item) => sum + item.weight * itemScore(item), 0) / items.reduce((s, i) => s + i.weight, 0);
    weighted += job.categoryWeights[category] * categoryScore;
    weights += job.categoryWeights[category];
  }
  return Math.round((weighted / weights) * 10) / 10;
}

describe('three interviewers score independently, the hiring manager decides', () => {
  let server: RunningServer;
  let browser: Browser;
  let job: Job;
  let applicationId: string;
  const rated = () => job.items.filter((item) => item.category !== 'prerequisite');
  const disputed = () => rated()[0];
  // Ivan says strong yes throughout, Iris yes, Theo strong yes but "no" on one item (a 2-point disagreement).
  const RATINGS: Record<string, (item: JobItem) => number> = {
    'interviewer@shortlist.test': () => 4,
    'interviewer2@shortlist.test': () => 3,
    [THIRD.email]: (item) => (item.id === disputed().id ? 2 : 4),
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    const { page } = browser;
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await signInAs(page, 'admin@shortlist.test');
    const third = await api<{ id: string }>(page, 'POST', '/api/users', { ...THIRD, role: 'interviewer' });
    expect(third.status).toBe(201);

    await signInAs(page, 'recruiter@shortlist.test');
    const jobs = await api<{ items: { id: string; title: string }[] }>(page, 'GET', '/api/jobs');
    const jobId = jobs.body.items.find((j) => j.title === 'Backend Engineer Intern')!.id;
    job = (await api<Job>(page, 'GET', `/api/jobs/${jobId}`)).body;
    const candidate = await api<{ id: string }>(page, 'POST', '/api/candidates', CANDIDATE);
    const knockoutAnswers = job.items
      .filter((i) => i.category === 'prerequisite')
      .map((i) => ({ itemId: i.id, met: true }));
    const applied = await api<{ id: string }>(page, 'POST', `/api/jobs/${jobId}/applications`, {
      candidateId: candidate.body.id,
      knockoutAnswers,
    });
    applicationId = applied.body.id;
    const coding = job.stages.find((stage) => stage.name === 'Coding assessment')!;
    expect((await api(page, 'POST', `/api/applications/${applicationId}/moves`, { toStageId: coding.id })).status).toBe(
      200,
    );
    const panel = await api<{ items: { id: string; email: string }[] }>(page, 'GET', '/api/users/panel');
    for (const email of Object.keys(RATINGS)) {
      const userId = panel.body.items.find((member) => member.email === email)!.id;
      const assigned = await api(page, 'POST', `/api/applications/${applicationId}/interviewers`, {
        userId,
        stageId: coding.id,
      });
      expect([200, 201]).toContain(assigned.status);
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['interviewer@shortlist.test', PASSWORD, true],
    ['interviewer2@shortlist.test', PASSWORD, true],
    [THIRD.email, THIRD.password, false],
  ])('%s scores blind, by keyboard, and submits', async (email, password, raisesFlag) => {
    const { page } = browser;
    await signInAs(page, email, password);
    // Blind until submitting: no one else's scorecard, no assessment.
    const before = await api<Array<{ interviewerId: string }>>(
      page,
      'GET',
      `/api/applications/${applicationId}/scorecards`,
    );
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).not.toMatch(/"status":"submitted"/);
    expect((await api(page, 'GET', `/api/applications/${applicationId}/assessment`)).status).toBe(403);

    await page.goto(`${server.url}/interviews`);
    await page.getByRole('link', { name: `Fill scorecard: ${CANDIDATE.name}, Coding assessment` }).click();
    await page.getByRole('heading', { name: `Scorecard: ${CANDIDATE.name}` }).waitFor();
    const others = page.getByRole('button', { name: /^Other items/ });
    if ((await others.getAttribute('aria-expanded')) !== 'true') await others.click();
    for (const item of rated()) {
      const card = page.getByRole('group', { name: item.label, exact: true });
      await card.focus();
      await page.keyboard.press(String(RATINGS[email](item)));
      await expect(
        card.getByRole('radio', { name: new RegExp(`^${RATINGS[email](item)} `) }).isChecked(),
      ).resolves.toBe(true);
    }
    if (raisesFlag) {
      await page.getByRole('button', { name: 'Raise a red flag' }).click();
      const flag = page.getByRole('group', { name: 'Red flag 1' });
      await flag.getByRole('textbox', { name: /^Type/ }).click();
      await page.getByRole('option', { name: 'Poor communication skills' }).click();
      await chooseSegment(page, flag.getByRole('radio', { name: 'Concern' }));
      await flag.getByRole('textbox', { name: /evidence/i }).fill('Could not explain their own solution.');
    }
    await chooseSegment(page, page.getByRole('radio', { name: 'Strong yes', exact: true }));
    await page.getByRole('textbox', { name: 'Key take-aways' }).fill(`Take-aways from ${email}`);
    if (email === THIRD.email) await page.screenshot({ path: path.join(screenshotDir, 'scorecard.png') });
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await page.getByText('This scorecard is submitted and locked.').waitFor();
    expect((await api(page, 'GET', `/api/applications/${applicationId}/assessment`)).status).toBe(200);
  });

  it('shows the hiring manager the formula numbers, a corroborated flag turning advance into discuss', async () => {
    const { page } = browser;
    await signInAs(page, 'manager@shortlist.test');
    await page.goto(`${server.url}/applications/${applicationId}/assessment`);
    await page.getByRole('heading', { name: `Assessment: ${CANDIDATE.name}` }).waitFor();
    const overall = expectedOverall(job, Object.values(RATINGS));
    await page.getByLabel(`Overall score ${overall.toFixed(1)}`).waitFor();
    const reasons = page.getByRole('list', { name: 'Proposal reasons' });
    await reasons.getByText(/Poor communication skills.*2 interviewers/).waitFor();
    const assessment = await api<{ proposal: string; overall: number; disagreements: string[] }>(
      page,
      'GET',
      `/api/applications/${applicationId}/assessment`,
    );
    expect(assessment.body).toMatchObject({ proposal: 'discuss', overall });
    expect(assessment.body.disagreements).toEqual([disputed().id]);
    await page.getByText('Disagreement').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'assessment.png'), fullPage: true });
  });

  it('demands a reason for a decision against the proposal', async () => {
    const { page } = browser;
    const form = page.getByRole('form', { name: 'Decision' });
    await form.getByRole('radio', { name: 'Advance' }).check();
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByText('A reason is required when the decision differs from the proposal').waitFor();
    const undecided = await api<{ stageName: string }>(page, 'GET', `/api/applications/${applicationId}`);
    expect(undecided.body.stageName).toBe('Coding assessment');
    await form
      .getByRole('textbox', { name: 'Reason' })
      .fill('Strong technical signal; the communication concern is coachable.');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded').waitFor();
    // Advancing moves the application on to the next stage of the plan.
    const decided = await api<{ stageName: string }>(page, 'GET', `/api/applications/${applicationId}`);
    expect(decided.body.stageName).toBe('System design discussion');
  });
});
