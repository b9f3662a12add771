import type { UserView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { buildCandidateView, buildApplicationView } from '@/testing/candidate-fixtures';
import { buildUser } from '@/testing/fixtures';
import { buildJobSummary, buildJobView, versionConflict } from '@/testing/job-fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const candidate = buildCandidateView();
const application = buildApplicationView();
const candidateUrl = `/api/candidates/${candidate.id}`;

function renderCandidate(routes: Parameters<typeof mockFetch>[0] = {}) {
  const requests = mockFetch({
    [`GET ${candidateUrl}`]: { body: candidate },
    [`GET /api/applications/${application.id}`]: { body: application },
    'GET /api/jobs': { body: { items: [], total: 0 } },
    [`GET /api/applications/${application.id}/notes`]: { body: [] },
    [`GET /api/jobs/${application.jobId}`]: { body: buildJobView() },
    ...routes,
  });
  return { requests, ...renderApp({ route: `/candidates/${candidate.id}`, user: buildUser({ role: 'recruiter' }) }) };
}

function marks(): string[] {
  return Array.from(screen.getByRole('document', { name: 'Résumé text' }).querySelectorAll('mark')).map(
    (mark) => mark.textContent ?? '',
  );
}

describe('candidate page', () => {
  it('shows the profile, applications and the stage history', async () => {
    renderCandidate();

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ada@example.test' })).toBeInTheDocument();
    expect(screen.getByText('Referral')).toBeInTheDocument();
    const applications = screen.getByRole('table', { name: 'Applications' });
    expect(within(applications).getByRole('link', { name: 'Backend Engineer Intern' })).toBeInTheDocument();
    expect(applications).toHaveTextContent('Recruiter screen');

    const history = await screen.findByRole('region', { name: 'Application: Backend Engineer Intern' });
    expect(history).toHaveTextContent('Applied');
    expect(history).toHaveTextContent('Moved to Recruiter screen');
    expect(history).toHaveTextContent('Note: Strong résumé');
    expect(within(history).getByRole('list', { name: 'Knock-out answers' })).toHaveTextContent(
      'Available for minimum 3-month commitment: Yes',
    );
  });

  it('marks the evidence of the chosen checklist item in the résumé', async () => {
    const { user } = renderCandidate();

    const sql = await screen.findByRole('button', { name: /Basic knowledge of databases and SQL/ });
    expect(marks()).toEqual([]);
    await user.click(sql);
    expect(sql).toHaveAttribute('aria-pressed', 'true');
    expect(marks()).toEqual(['Postgres']);

    await user.hover(screen.getByRole('button', { name: /Programming Languages/ }));
    expect(marks()).toEqual(['Python']);
    await user.unhover(screen.getByRole('button', { name: /Programming Languages/ }));
    expect(marks()).toEqual(['Postgres']);
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE', 'This file is too large. Résumés can be at most 5 MB.'],
    [415, 'UNSUPPORTED_RESUME_TYPE', 'This type of file is not supported. Upload a .pdf, .docx or .txt file.'],
    [
      422,
      'RESUME_UNREADABLE',
      'No text could be read from this file (a scanned image?). Paste the résumé text instead.',
    ],
  ] as const)('explains an upload refused with %i', async (status, code, message) => {
    const { requests, user } = renderCandidate({
      [`POST ${candidateUrl}/resume`]: problem(status, code, 'refused'),
    });

    await screen.findByRole('button', { name: 'Upload a résumé' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    const form = requests.find((r) => r.method === 'POST')?.body as FormData;
    expect((form.get('file') as File).name).toBe('cv.pdf');
  });

  it('applies the candidate to an open job with the knock-out answers', async () => {
    const job = buildJobView({ status: 'open' });
    const { requests, user } = renderCandidate({
      'GET /api/jobs': { body: { items: [buildJobSummary({ id: 'j2', title: 'Data Engineer' })], total: 1 } },
      'GET /api/jobs/j2': { body: { ...job, id: 'j2', title: 'Data Engineer' } },
      'POST /api/jobs/j2/applications': { status: 201, body: { ...application, jobTitle: 'Data Engineer' } },
    });

    const region = await screen.findByRole('region', { name: 'Apply to a job' });
    await user.click(within(region).getByRole('textbox', { name: 'Job' }));
    await user.click(within(region).getByRole('option', { name: 'Data Engineer' }));
    const question = await within(region).findByRole('radiogroup', { name: job.items[0].knockoutQuestion! });
    await user.click(within(region).getByRole('button', { name: 'Apply to job' }));
    expect(within(region).getByText('Answer yes or no')).toBeInTheDocument();

    await user.click(within(question).getByRole('radio', { name: 'No' }));
    await user.click(within(region).getByRole('button', { name: 'Apply to job' }));

    await waitFor(() =>
      expect(requests.find((r) => r.url === '/api/jobs/j2/applications')?.body).toEqual({
        candidateId: candidate.id,
        knockoutAnswers: [{ itemId: job.items[0].id, met: false }],
      }),
    );
  });

  describe('a rejected application', () => {
    const rejected = buildApplicationView({
      status: 'rejected',
      rejection: { kind: 'rejected_by_us', reason: 'Skills below the bar', fromStageId: application.stageId },
    });
    const rejectedCandidate = buildCandidateView({
      applications: [{ ...candidate.applications[0], status: 'rejected' }],
    });

    function renderRejected(moveReply: Parameters<typeof mockFetch>[0][string], role: UserView['role'] = 'recruiter') {
      const requests = mockFetch({
        [`GET ${candidateUrl}`]: [{ body: rejectedCandidate }, { body: candidate }],
        [`GET /api/applications/${application.id}`]: [{ body: rejected }, { body: application }],
        'GET /api/jobs': { body: { items: [], total: 0 } },
        [`POST /api/applications/${application.id}/moves`]: moveReply,
      });
      return { requests, ...renderApp({ route: `/candidates/${candidate.id}`, user: buildUser({ role }) }) };
    }

    const row = async () =>
      (
        await within(await screen.findByRole('table', { name: 'Applications' })).findByText(
          'Reason: Skills below the bar',
        )
      ).closest('tr') as HTMLElement;

    it('shows the reason and undoes the rejection, then shows the application active again', async () => {
      const { requests, user } = renderRejected({ body: application });

      const applicationRow = await row();
      expect(applicationRow).toHaveTextContent('Rejected');
      await user.click(within(applicationRow).getByRole('button', { name: 'Undo rejection' }));

      await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ undoRejection: true }));
      const table = screen.getByRole('table', { name: 'Applications' });
      await waitFor(() =>
        expect(within(table).queryByRole('button', { name: 'Undo rejection' })).not.toBeInTheDocument(),
      );
      expect(table).toHaveTextContent('Active');
      expect(table).not.toHaveTextContent('Skills below the bar');
    });

    it('shows why the rejection could not be undone', async () => {
      const { user } = renderRejected(problem(409, 'CONFLICT', 'The stage this application left was removed'));

      const applicationRow = await row();
      await user.click(within(applicationRow).getByRole('button', { name: 'Undo rejection' }));

      expect(await within(applicationRow).findByRole('alert')).toHaveTextContent(
        'The stage this application left was removed',
      );
    });
  });

  describe('links', () => {
    const links = () => screen.getByRole('list', { name: 'Links' });

    it('adds and removes links, refusing an address that is not http(s), and saves them with the version', async () => {
      const saved = buildCandidateView({
        version: 4,
        links: [{ label: 'Portfolio', url: 'https://ada.dev' }],
      });
      const { requests, user } = renderCandidate({ [`PATCH ${candidateUrl}`]: { body: saved } });

      expect(await screen.findByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/ada');
      const save = screen.getByRole('button', { name: 'Save links' });
      expect(save).toBeDisabled();

      await user.type(screen.getByRole('textbox', { name: 'Link label' }), 'Portfolio');
      await user.type(screen.getByRole('textbox', { name: 'Link URL' }), 'javascript:alert(1)');
      await user.click(screen.getByRole('button', { name: 'Add link' }));
      expect(screen.getByRole('textbox', { name: 'Link URL' })).toHaveAccessibleDescription(
        'Enter a web address starting with http:// or https://',
      );
      expect(within(links()).queryByText('Portfolio')).not.toBeInTheDocument();

      await user.clear(screen.getByRole('textbox', { name: 'Link URL' }));
      await user.type(screen.getByRole('textbox', { name: 'Link URL' }), 'https://ada.dev');
      await user.click(screen.getByRole('button', { name: 'Add link' }));
      expect(within(links()).getByRole('link', { name: 'Portfolio' })).toHaveAttribute('href', 'https://ada.dev');
      await user.click(screen.getByRole('button', { name: 'Remove link GitHub' }));
      await user.click(save);

      await waitFor(() =>
        expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
          version: 3,
          links: [{ label: 'Portfolio', url: 'https://ada.dev' }],
        }),
      );
      expect(await screen.findByText('Links saved.')).toBeInTheDocument();
    });

    it('keeps the edits on a version conflict and reloads the latest candidate when asked', async () => {
      const theirs = buildCandidateView({ version: 4, links: [{ label: 'Blog', url: 'https://ada.blog' }] });
      const { requests, user } = renderCandidate({
        [`GET ${candidateUrl}`]: [{ body: candidate }, { body: theirs }],
        [`PATCH ${candidateUrl}`]: versionConflict(),
      });

      await user.click(await screen.findByRole('button', { name: 'Remove link GitHub' }));
      await user.click(screen.getByRole('button', { name: 'Save links' }));

      const notice = (await screen.findByText('Someone else changed this candidate; reload')).closest(
        '[role="alert"]',
      ) as HTMLElement;
      expect(screen.queryByRole('link', { name: 'GitHub' })).not.toBeInTheDocument();
      expect(requests.filter((r) => r.method === 'GET' && r.url === candidateUrl)).toHaveLength(1);

      await user.click(within(notice).getByRole('button', { name: 'Reload' }));

      expect(await within(links()).findByRole('link', { name: 'Blog' })).toBeInTheDocument();
      await waitFor(() =>
        expect(screen.queryByText('Someone else changed this candidate; reload')).not.toBeInTheDocument(),
      );
    });
  });

  describe('notes', () => {
    const job = buildJobView();
    const sql = job.items[1];
    const notesUrl = `/api/applications/${application.id}/notes`;
    const saved = {
      id: 'note-1',
      applicationId: application.id,
      authorId: 'u-1',
      authorName: 'Rita Recruiter',
      body: 'Strong on SQL joins',
      itemId: sql.id,
      redFlagTypeId: null,
      createdAt: '2030-01-01T10:00:00.000Z',
    };

    it('posts the note with the item it is about and shows it on the timeline', async () => {
      const { requests, user } = renderCandidate({
        [`GET /api/jobs/${application.jobId}`]: { body: job },
        [`GET ${notesUrl}`]: [{ body: [] }, { body: [saved] }],
        [`POST ${notesUrl}`]: { status: 201, body: saved },
      });

      const history = await screen.findByRole('region', { name: 'Application: Backend Engineer Intern' });
      await user.type(within(history).getByRole('textbox', { name: 'Note' }), 'Strong on SQL joins');
      await user.click(within(history).getByRole('textbox', { name: 'About item' }));
      await user.click(await within(history).findByRole('option', { name: sql.label }));
      await user.click(within(history).getByRole('button', { name: 'Add note' }));

      await waitFor(() => expect(requests.filter((r) => r.method === 'POST' && r.url === notesUrl)).toHaveLength(1));
      expect(requests.find((r) => r.method === 'POST' && r.url === notesUrl)?.body).toEqual({
        body: 'Strong on SQL joins',
        itemId: sql.id,
      });
      const timeline = history.querySelector<HTMLElement>('[aria-label="Stage history"]')!;
      expect(await within(timeline).findByText('Strong on SQL joins')).toBeInTheDocument();
      expect(timeline).toHaveTextContent('Note by Rita Recruiter');
      expect(timeline).toHaveTextContent(`Item: ${sql.label}`);
      expect(within(history).getByRole('textbox', { name: 'Note' })).toHaveValue('');
    });

    it('refuses an empty note without calling the API', async () => {
      const { requests, user } = renderCandidate();

      const history = await screen.findByRole('region', { name: 'Application: Backend Engineer Intern' });
      await user.type(within(history).getByRole('textbox', { name: 'Note' }), '   ');
      await user.click(within(history).getByRole('button', { name: 'Add note' }));

      expect(await within(history).findByText('Write a note')).toBeInTheDocument();
      expect(requests.some((r) => r.method === 'POST' && r.url === notesUrl)).toBe(false);
    });

    it('shows the problem details of a refused note', async () => {
      const { user } = renderCandidate({
        [`POST ${notesUrl}`]: problem(403, 'FORBIDDEN', 'You may not see this application'),
      });

      const history = await screen.findByRole('region', { name: 'Application: Backend Engineer Intern' });
      await user.type(within(history).getByRole('textbox', { name: 'Note' }), 'Call went well');
      await user.click(within(history).getByRole('button', { name: 'Add note' }));

      expect(await within(history).findByRole('alert')).toHaveTextContent('You may not see this application');
    });
  });
  describe('stored score and interviewers', () => {
    const scored = buildApplicationView({
      score: 87.3,
      coverage: 100,
      gates: 'pass',
      proposal: 'discuss',
      redFlagCount: 2,
    });
    const interviewersUrl = `/api/applications/${application.id}/interviewers`;
    const IVAN = {
      id: 'd0000000-0000-4000-8000-000000000009',
      name: 'Ivan Interviewer',
      email: 'ivan@example.test',
      role: 'interviewer',
    };

    it('shows the stored score of the application on its row', async () => {
      renderCandidate({ [`GET /api/applications/${application.id}`]: { body: scored } });

      const table = await screen.findByRole('table', { name: 'Applications' });
      const line = await within(table).findByRole('group', { name: 'Stored score' });
      expect(line).toHaveTextContent('Score 87.3 · Coverage 100% · Gates pass · Proposal discuss · 2 red flags');
    });

    it('says an application without a score is not scored yet', async () => {
      renderCandidate();

      const table = await screen.findByRole('table', { name: 'Applications' });
      expect(await within(table).findByText('Not scored yet')).toBeInTheDocument();
    });

    it('assigns an interviewer to an interview stage', async () => {
      const job = buildJobView();
      const stage = job.stages.find((s) => s.kind === 'interview')!;
      const { requests, user } = renderCandidate({
        'GET /api/users/panel': { body: { items: [IVAN], total: 1 } },
        [`POST ${interviewersUrl}`]: {
          status: 201,
          body: { applicationId: application.id, userId: IVAN.id, userName: IVAN.name, stageId: stage.id },
        },
      });

      const table = await screen.findByRole('table', { name: 'Applications' });
      await user.click(within(table).getByRole('button', { name: 'Assign interviewer' }));
      const assign = within(table).getByRole('button', { name: 'Assign' });
      expect(assign).toBeDisabled();
      await user.click(within(table).getByRole('textbox', { name: 'Interviewer' }));
      await user.click(await screen.findByRole('option', { name: IVAN.name }));
      await user.click(within(table).getByRole('textbox', { name: 'Interview stage' }));
      expect(screen.queryByRole('option', { name: 'Recruiter screen' })).not.toBeInTheDocument();
      await user.click(await screen.findByRole('option', { name: stage.name }));
      await user.click(assign);

      await waitFor(() =>
        expect(requests.find((r) => r.method === 'POST' && r.url === interviewersUrl)?.body).toEqual({
          userId: IVAN.id,
          stageId: stage.id,
        }),
      );
      expect(await screen.findByText(`${IVAN.name} will interview at ${stage.name}`)).toBeInTheDocument();
    });

    it('shows why the interviewer could not be assigned', async () => {
      const job = buildJobView();
      const stage = job.stages.find((s) => s.kind === 'interview')!;
      const { user } = renderCandidate({
        'GET /api/users/panel': { body: { items: [IVAN], total: 1 } },
        [`POST ${interviewersUrl}`]: problem(409, 'CONFLICT', 'Ivan is already on this stage'),
      });

      const table = await screen.findByRole('table', { name: 'Applications' });
      await user.click(within(table).getByRole('button', { name: 'Assign interviewer' }));
      await user.click(within(table).getByRole('textbox', { name: 'Interviewer' }));
      await user.click(await screen.findByRole('option', { name: IVAN.name }));
      await user.click(within(table).getByRole('textbox', { name: 'Interview stage' }));
      await user.click(await screen.findByRole('option', { name: stage.name }));
      await user.click(within(table).getByRole('button', { name: 'Assign' }));

      expect(await within(table).findByRole('alert')).toHaveTextContent('Ivan is already on this stage');
    });

    it('offers the assignment to an admin too', async () => {
      mockFetch({
        [`GET ${candidateUrl}`]: { body: candidate },
        [`GET /api/applications/${application.id}`]: { body: application },
        'GET /api/jobs': { body: { items: [], total: 0 } },
        [`GET /api/applications/${application.id}/notes`]: { body: [] },
        [`GET /api/jobs/${application.jobId}`]: { body: buildJobView() },
      });
      renderApp({ route: `/candidates/${candidate.id}`, user: buildUser({ role: 'admin' }) });

      const table = await screen.findByRole('table', { name: 'Applications' });
      expect(within(table).getByRole('button', { name: 'Assign interviewer' })).toBeInTheDocument();
    });
  });
});
