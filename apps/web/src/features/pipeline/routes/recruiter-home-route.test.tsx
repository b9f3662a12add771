import { screen, within } from '@testing-library/react';
import { buildUser } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

describe('recruiter home', () => {
  it('is where a recruiter lands, with every open job by stage and what is waiting', async () => {
    mockFetch({
      'GET /api/pipeline/overview': {
        body: {
          jobs: [
            {
              jobId: 'j1',
              title: 'Backend Engineer Intern',
              total: 5,
              waiting: 2,
              stages: [
                { id: 's1', name: 'Applied', count: 3, waiting: 2 },
                { id: 's2', name: 'Coding assessment', count: 2, waiting: 0 },
              ],
            },
          ],
        },
      },
    });
    const { router } = renderApp({ route: '/', user: buildUser({ role: 'recruiter' }) });

    const link = await screen.findByRole('link', { name: 'Backend Engineer Intern' });
    expect(router.state.location.pathname).toBe('/home');
    expect(link).toHaveAttribute('href', '/jobs/j1/pipeline');
    const row = link.closest('li')!;
    expect(row).toHaveTextContent('2 waiting');
    expect(within(row).getByRole('list', { name: 'Backend Engineer Intern by stage' })).toHaveTextContent(
      'Applied: 3Coding assessment: 2',
    );
  });
});
