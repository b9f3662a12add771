import type { CreateJobRequest, JobTemplate } from '@shortlist/contracts';
import { defaultAnchors } from '@shortlist/jd-import';
import { DEFAULT_REJECTION_REASONS } from '@shortlist/pipeline';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildUser } from '@/testing/fixtures';
import { buildJobTemplate, buildJobView } from '@/testing/job-fixtures';
import { mockFetch, problem, type MockReply, type RecordedRequest } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const manager = buildUser({ role: 'hiring_manager', name: 'Hana Manager' });
const NEW_JOB_ID = 'a0000000-0000-4000-8000-0000000000ff';
const JD_TEXT = 'Job Title: Backend Engineer Intern\n\nQualifications\n✔ Strong understanding of data structures';

type User = ReturnType<typeof renderApp>['user'];

const IVAN = {
  id: '4d7c9a51-6f1e-4a39-9a44-0c5b1d0f2e11',
  name: 'Ivan Interviewer',
  email: 'interviewer@shortlist.test',
  role: 'interviewer',
} as const;

function created(request: RecordedRequest): MockReply {
  const body = request.body as CreateJobRequest;
  return { status: 201, body: buildJobView({ id: NEW_JOB_ID, title: body.title }) };
}

function mockApi(template: JobTemplate = buildJobTemplate(), createReply: MockReply | typeof created = created) {
  return mockFetch({
    'POST /api/job-templates/parse': { body: template },
    'POST /api/jobs': createReply,
    'GET /api/users/panel': { body: { items: [IVAN], total: 1 } },
  });
}

function createBody(requests: RecordedRequest[]): CreateJobRequest {
  const posts = requests.filter((request) => request.method === 'POST' && request.url === '/api/jobs');
  expect(posts).toHaveLength(1);
  return posts[0].body as CreateJobRequest;
}

async function pasteAndParse(user: User) {
  await user.click(await screen.findByRole('textbox', { name: 'Job description' }));
  await user.paste(JD_TEXT);
  await user.click(screen.getByRole('button', { name: 'Parse' }));
  await screen.findByRole('heading', { name: 'Checklist' });
}

async function replaceText(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

const group = (name: string) => screen.getByRole('group', { name });

async function continueToCreate(user: User) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('button', { name: 'Create job' });
}

async function chooseLevel(user: User, level: string) {
  await user.click(screen.getByRole('textbox', { name: 'Level' }));
  await user.click(await screen.findByRole('option', { name: level }));
}

describe('new job', () => {
  it('reads a pasted job description, lets the draft be edited, creates the job and opens it', async () => {
    const template = buildJobTemplate();
    const requests = mockApi(template);
    const { user, router } = renderApp({ route: '/jobs/new', user: manager });

    await pasteAndParse(user);

    expect(requests[0].body).toEqual({ text: JD_TEXT });
    // The review shows the template's checklist by category, with counts.
    for (const heading of ['Prerequisites (1)', 'Qualifications (2)', 'Hard skills (2)', 'Soft skills (1)']) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Backend Engineer Intern');
    // "Intern" in the title picks the level, its ladder description and its defaults.
    expect(screen.getByRole('textbox', { name: 'Level' })).toHaveValue('Intern');
    expect(screen.getByRole('textbox', { name: 'Level' })).toHaveAccessibleDescription(template.levels[0].description);
    expect(screen.queryByText('What we could not read')).not.toBeInTheDocument();

    await replaceText(user, screen.getByRole('textbox', { name: 'Title' }), 'Backend Engineer Intern (Autumn)');
    await replaceText(
      user,
      within(group('Qualification 1')).getByRole('textbox', { name: 'Label' }),
      'Data structures and algorithms',
    );
    await replaceText(user, within(group('Hard skill 1')).getByRole('textbox', { name: 'Weight' }), '2');
    const [codingInterviewers] = screen.getAllByRole('textbox', { name: 'Interviewers' });
    await user.click(codingInterviewers);
    await user.click(await screen.findByRole('option', { name: 'Ivan Interviewer (interviewer@shortlist.test)' }));
    await continueToCreate(user);

    const summary = screen.getByRole('table', { name: 'Summary of the new job' });
    expect(within(summary).getByRole('row', { name: 'Qualifications 2' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('row', { name: 'Interview stages Coding assessment → Behavioral interview' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${NEW_JOB_ID}`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Backend Engineer Intern (Autumn)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Job created')).toBeInTheDocument();

    const body = createBody(requests);
    expect(body.template).toEqual(template);
    expect(body).toMatchObject({
      title: 'Backend Engineer Intern (Autumn)',
      level: 'Intern',
      location: 'Hybrid/Remote',
      employmentType: 'Full-time Internship',
      // Intern defaults (libs/jd-import LEVEL_DEFAULTS).
      categoryWeights: { qualification: 35, hard_skill: 30, soft_skill: 35 },
      thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
    });
    // In the template's order, so the API's `items.N` paths name the same rows.
    expect(body.items?.map((item) => [item.category, item.label, item.weight])).toEqual([
      ['qualification', 'Data structures and algorithms', 1],
      ['qualification', 'Basic knowledge of databases and SQL', 1],
      ['prerequisite', 'Available for minimum 3-month commitment', 1],
      ['hard_skill', 'Programming Languages: Python, Java, Node.js', 2],
      ['hard_skill', 'Testing: Unit Testing, Integration Testing', 1],
      ['soft_skill', 'Excellent written and verbal communication', 1],
    ]);
    expect(body.items?.[2]).toEqual({
      category: 'prerequisite',
      label: 'Available for minimum 3-month commitment',
      weight: 1,
      mustHave: true,
      keywords: [],
      anchors: template.items[2].anchors,
      knockoutQuestion: 'Are you available for a minimum 3-month commitment?',
    });
    expect(body.stages?.map((stage) => `${stage.name} (${stage.kind})`)).toEqual([
      'Applied (applied)',
      'Résumé screen (screen)',
      'Recruiter screen (screen)',
      'Coding assessment (interview)',
      'Behavioral interview (interview)',
      'Decision (decision)',
      'Offer (offer)',
      'Hired (hired)',
    ]);
    // New items are referenced by label, and a renamed item by its new label.
    expect(body.stages?.[2].focusItemLabels).toEqual(['Available for minimum 3-month commitment']);
    expect(body.stages?.[3]).toEqual({
      name: 'Coding assessment',
      kind: 'interview',
      focusItemLabels: [
        'Data structures and algorithms',
        'Programming Languages: Python, Java, Node.js',
        'Testing: Unit Testing, Integration Testing',
      ],
      guidance: ['Prioritize practical coding experience and problem-solving abilities.'],
      interviewerIds: [IVAN.id],
    });
    expect(body.stages?.[4].interviewerIds).toEqual([]);
    expect(body.redFlagTypes).toEqual([
      { label: 'Poor communication skills', linkedItemLabels: ['Excellent written and verbal communication'] },
    ]);
  });

  it('starts with the default rejection reasons, flags knock-outs, and sends what the user set', async () => {
    const requests = mockApi();
    const { user } = renderApp({ route: '/jobs/new', user: manager });
    await pasteAndParse(user);

    const section = screen.getByRole('region', { name: 'Rejections' });
    const reasons = within(section).getByRole('textbox', { name: 'Rejection reasons' });
    for (const reason of DEFAULT_REJECTION_REASONS.rejected_by_us) expect(section).toHaveTextContent(reason);
    // Withdrawals keep their own default reasons, outside the job's list.
    expect(section).not.toHaveTextContent('Accepted another offer');
    const autoReject = within(section).getByRole('switch', {
      name: /^Reject automatically when a must-have knock-out is answered no/,
    });
    expect(autoReject).not.toBeChecked();
    expect(section).toHaveTextContent('Off: the application is flagged for a person to decide');

    await user.type(reasons, 'No work permit{Enter}');
    await user.click(autoReject);
    await continueToCreate(user);
    await user.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() => expect(requests.some((request) => request.url === '/api/jobs')).toBe(true));
    const body = createBody(requests);
    expect(body.rejectionReasons).toEqual([...DEFAULT_REJECTION_REASONS.rejected_by_us, 'No work permit']);
    expect(body.autoRejectOnKnockout).toBe(true);
  });

  it('resets weights and thresholds to the new level’s defaults, unless the user changed them', async () => {
    mockApi();
    const { user } = renderApp({ route: '/jobs/new', user: manager });
    await pasteAndParse(user);
    const weight = (name: string) => screen.getByRole('textbox', { name });

    await chooseLevel(user, 'Senior');

    // Senior defaults: weights 20/45/35, advance 75.
    expect(weight('Qualifications')).toHaveValue('20');
    expect(weight('Hard skills')).toHaveValue('45');
    expect(weight('Soft skills')).toHaveValue('35');
    expect(screen.getByRole('textbox', { name: 'Advance at' })).toHaveValue('75');
    expect(screen.getByRole('textbox', { name: 'Level' })).toHaveAccessibleDescription(
      'A Senior Back-End Engineer develops and maintains server-side logic.',
    );

    await replaceText(user, weight('Qualifications'), '50');
    await chooseLevel(user, 'Junior');

    // The edited weights stay; the untouched thresholds follow (Junior: advance 70).
    expect(weight('Qualifications')).toHaveValue('50');
    expect(weight('Hard skills')).toHaveValue('45');
    expect(screen.getByRole('textbox', { name: 'Advance at' })).toHaveValue('70');
    expect(screen.getByText('Hard skills: 35%')).toBeInTheDocument(); // 45 / (50 + 45 + 35)
  });

  it('puts the API’s field errors on the matching inputs and lists the others', async () => {
    const requests = mockApi(
      buildJobTemplate(),
      problem(400, 'VALIDATION_FAILED', 'The job is not valid', {
        errors: [
          { field: 'items.1.label', message: 'Label must name one requirement' },
          { field: 'slug', message: 'Another job already uses this address' },
        ],
      }),
    );
    const { user, router } = renderApp({ route: '/jobs/new', user: manager });
    await pasteAndParse(user);
    await continueToCreate(user);

    await user.click(screen.getByRole('button', { name: 'Create job' }));

    // Back on the review step, on the second item in API order: Qualification 2.
    const label = await within(await screen.findByRole('group', { name: 'Qualification 2' })).findByRole('textbox', {
      name: 'Label',
    });
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription('Label must name one requirement');
    expect(within(group('Qualification 1')).getByRole('textbox', { name: 'Label' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 field needs attention below.');
    expect(alert).toHaveTextContent('slug: Another job already uses this address');
    expect(router.state.location.pathname).toBe('/jobs/new');

    await user.type(label, ' (SQL)');
    expect(label).not.toHaveAttribute('aria-invalid', 'true');
    expect(createBody(requests).items).toHaveLength(6);
  });

  it('checks the review before moving on', async () => {
    const requests = mockApi();
    const { user } = renderApp({ route: '/jobs/new', user: manager });
    await pasteAndParse(user);

    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.clear(within(group('Soft skill 1')).getByRole('textbox', { name: 'Label' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(screen.getByText('Enter a title')).toBeInTheDocument();
    expect(within(group('Soft skill 1')).getByText('Enter a label')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('2 fields need attention below.');
    expect(screen.queryByRole('button', { name: 'Create job' })).not.toBeInTheDocument();
    expect(requests.filter((request) => request.url === '/api/jobs')).toHaveLength(0);
  });

  it('adds, reorders and removes items and stages, keeping focus items and links in step', async () => {
    const requests = mockApi();
    const { user } = renderApp({ route: '/jobs/new', user: manager });
    await pasteAndParse(user);

    await user.click(within(group('Hard skill 2')).getByRole('button', { name: 'Move hard skill 2 up' }));
    expect(within(group('Hard skill 1')).getByRole('textbox', { name: 'Label' })).toHaveValue(
      'Testing: Unit Testing, Integration Testing',
    );
    expect(within(group('Hard skill 1')).getByRole('button', { name: 'Move hard skill 1 up' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove soft skill 1' }));
    expect(screen.getByRole('heading', { name: 'Soft skills (0)' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'New prerequisite' }), 'Authorization to work in Germany');
    await user.click(screen.getByRole('button', { name: 'Add prerequisite' }));
    expect(screen.getByRole('heading', { name: 'Prerequisites (2)' })).toBeInTheDocument();
    expect(within(group('Prerequisite 2')).getByRole('textbox', { name: 'Knock-out question' })).toHaveValue(
      'Are you authorized to work in Germany?',
    );

    await user.click(screen.getByRole('button', { name: 'Move stage 5 up' }));
    await user.click(screen.getByRole('button', { name: 'Add interview stage' }));
    await user.type(within(group('Stage 6')).getByRole('textbox', { name: 'Name' }), 'Team lunch');

    await continueToCreate(user);
    await user.click(screen.getByRole('button', { name: 'Create job' }));
    await screen.findByText('Job created');

    const body = createBody(requests);
    expect(body.items?.map((item) => item.label)).toEqual([
      'Strong understanding of data structures and algorithms',
      'Basic knowledge of databases and SQL',
      'Available for minimum 3-month commitment',
      'Authorization to work in Germany',
      'Testing: Unit Testing, Integration Testing',
      'Programming Languages: Python, Java, Node.js',
    ]);
    expect(body.items?.[3]).toEqual({
      category: 'prerequisite',
      label: 'Authorization to work in Germany',
      weight: 1,
      mustHave: true,
      keywords: [],
      anchors: defaultAnchors('prerequisite', 'Authorization to work in Germany'),
      knockoutQuestion: 'Are you authorized to work in Germany?',
    });
    expect(body.stages?.filter((stage) => stage.kind === 'interview').map((stage) => stage.name)).toEqual([
      'Behavioral interview',
      'Coding assessment',
      'Team lunch',
    ]);
    // The removed soft skill is gone from the stage that assessed it and from the red flag.
    expect(body.stages?.[3]).toMatchObject({ name: 'Behavioral interview', focusItemIds: [] });
    expect(body.stages?.[3].focusItemLabels).toBeUndefined();
    expect(body.redFlagTypes).toEqual([{ label: 'Poor communication skills', linkedItemIds: [] }]);
  });

  it('lists what the importer could not read', async () => {
    mockApi(buildJobTemplate({ warnings: ['No "Hard skills" section found', 'The FAQ names no interview stages'] }));
    const { user } = renderApp({ route: '/jobs/new', user: manager });

    await pasteAndParse(user);

    const warnings = screen.getByText('What we could not read').closest('[role="alert"]') as HTMLElement;
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['No "Hard skills" section found', 'The FAQ names no interview stages']);
  });

  it('refuses a file that is not text, or larger than 1 MB, and reads a .txt into the box', async () => {
    const requests = mockApi();
    renderApp({ route: '/jobs/new', user: manager });
    // Browsers let people pick any file whatever `accept` says; so does this user.
    const user = userEvent.setup({ applyAccept: false });
    const textarea = await screen.findByRole('textbox', { name: 'Job description' });
    const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]')!;

    await user.upload(fileInput, new File(['%PDF-1.7 binary'], 'resume.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“resume.pdf” is not a text file. Upload a .txt file, or open the document and paste its text.',
    );
    expect(textarea).toHaveValue('');

    await user.upload(fileInput, new File(['x'.repeat(1024 * 1024 + 1)], 'huge.txt', { type: 'text/plain' }));
    expect(await screen.findByText(/“huge\.txt” is larger than 1 MB/)).toBeInTheDocument();
    expect(textarea).toHaveValue('');

    await user.upload(fileInput, new File([JD_TEXT], 'backend.txt', { type: 'text/plain' }));
    await waitFor(() => expect(textarea).toHaveValue(JD_TEXT));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('says why parsing failed', async () => {
    mockFetch({
      'POST /api/job-templates/parse': problem(413, 'PAYLOAD_TOO_LARGE', 'The text is larger than 1 MB'),
    });
    const { user } = renderApp({ route: '/jobs/new', user: manager });

    await user.click(await screen.findByRole('textbox', { name: 'Job description' }));
    await user.paste(JD_TEXT);
    await user.click(screen.getByRole('button', { name: 'Parse' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not read the job description');
    expect(alert).toHaveTextContent('The text is larger than 1 MB');
  });

  it.each(['recruiter', 'interviewer'] as const)('is not offered to a %s', async (role) => {
    const requests = mockFetch({});
    renderApp({ route: '/jobs/new', user: buildUser({ role }) });

    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
