import type { PublicJobPosting } from '@shortlist/contracts';
import { screen, waitFor } from '@testing-library/react';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const posting: PublicJobPosting = {
  slug: 'backend-engineer-intern',
  title: 'Backend Engineer Intern',
  location: 'Hybrid/Remote',
  employmentType: 'Full-time Internship',
  summary: 'Build robust server-side applications.',
  responsibilities: ['Design RESTful APIs'],
  perks: ['Mentorship from senior engineers'],
  knockoutQuestions: [{ itemId: 'i1', question: 'Are you available for at least 3 months?' }],
};
const postingUrl = '/api/public/jobs/backend-engineer-intern';

function renderPublic(reply: Parameters<typeof mockFetch>[0][string]) {
  const requests = mockFetch({ [`GET ${postingUrl}`]: { body: posting }, [`POST ${postingUrl}/applications`]: reply });
  // Signed out: the page needs no session.
  return { requests, ...renderApp({ route: '/apply/backend-engineer-intern', user: null }) };
}

async function fillIn(user: ReturnType<typeof renderPublic>['user']) {
  await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Ada Lovelace');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.test');
  await user.click(screen.getByRole('radio', { name: 'Yes' }));
  await user.click(screen.getByRole('button', { name: 'Submit application' }));
}

describe('public application page', () => {
  it('shows the posting, validates, submits and thanks the candidate', async () => {
    const { requests, user } = renderPublic({ status: 201, body: { received: true, jobTitle: posting.title } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Backend Engineer Intern' })).toBeInTheDocument();
    expect(screen.getByText('Design RESTful APIs')).toBeInTheDocument();
    expect(screen.getByText('Mentorship from senior engineers')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit application' }));
    expect(screen.getByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Are you available for at least 3 months?' })).toBeInTheDocument();
    expect(screen.getByText('Answer yes or no')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await fillIn(user);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your application for Backend Engineer Intern was received.',
    );
    const form = requests.find((r) => r.method === 'POST')?.body as FormData;
    expect(form.get('name')).toBe('Ada Lovelace');
    expect(form.get('email')).toBe('ada@example.test');
    expect(JSON.parse(String(form.get('knockoutAnswers')))).toEqual([{ itemId: 'i1', met: true }]);
  });

  it('tells a candidate who already applied', async () => {
    const { user } = renderPublic(problem(409, 'ALREADY_APPLIED', 'duplicate'));
    await fillIn(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('You have already applied to this job');
  });

  it('asks the network to wait when rate-limited', async () => {
    const { user } = renderPublic(problem(429, 'TOO_MANY_REQUESTS', 'slow down', {}, { 'Retry-After': '600' }));
    await fillIn(user);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Too many applications from your network; try again in 10 minutes.',
      ),
    );
  });
});
