import type { LiveChangeEvent } from '@shortlist/contracts';
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { assessmentQueryOptions } from '@/features/assessment/api/get-assessment';
import { applicationQueryOptions } from '@/features/assessment/api/get-application';
import { candidateQueryOptions } from '@/features/candidates/api/get-candidate';
import { candidatesQueryOptions } from '@/features/candidates/api/get-candidates';
import { myInterviewsQueryOptions } from '@/features/interviews/api/get-my-interviews';
import { scorecardsQueryOptions } from '@/features/interviews/api/get-scorecards';
import { startScorecardQueryOptions } from '@/features/interviews/api/start-scorecard';
import { jobQueryOptions } from '@/features/jobs/api/get-job';
import { pipelineQueryOptions } from '@/features/pipeline/api/get-pipeline';
import { pipelineOverviewQueryOptions } from '@/features/pipeline/api/get-pipeline-overview';
import { reportQueryKey } from '@/features/reports/api/report-query';
import { meQueryOptions } from '@/lib/auth';
import { LIVE_BATCH_MS } from '@/lib/live-changes';
import { FakeEventSource } from '@/testing/fake-event-source';
import { refreshForChanges, useLiveUpdates } from './live-updates';

const JOB = 'job-1';
const OTHER_JOB = 'job-2';
const change = (overrides: Partial<LiveChangeEvent> = {}): LiveChangeEvent => ({
  action: 'application.moved',
  jobId: JOB,
  applicationIds: ['app-1'],
  at: '2026-11-22T10:00:00.000Z',
  ...overrides,
});

/** What a signed-in recruiter with a few pages visited has cached. */
const CACHED = {
  me: meQueryOptions().queryKey,
  board: pipelineQueryOptions(JOB, {}).queryKey,
  filteredBoard: pipelineQueryOptions(JOB, { minScore: 50 }).queryKey,
  otherBoard: pipelineQueryOptions(OTHER_JOB, {}).queryKey,
  application: applicationQueryOptions('app-1').queryKey,
  assessment: assessmentQueryOptions('app-1').queryKey,
  scorecards: scorecardsQueryOptions('app-1').queryKey,
  start: startScorecardQueryOptions('app-1', 'stage-1').queryKey,
  otherApplication: applicationQueryOptions('app-2').queryKey,
  candidate: candidateQueryOptions('cand-1').queryKey,
  candidates: candidatesQueryOptions({ q: 'ada' }).queryKey,
  interviews: myInterviewsQueryOptions().queryKey,
  overview: pipelineOverviewQueryOptions().queryKey,
  job: jobQueryOptions(JOB).queryKey,
  report: reportQueryKey('funnel', { jobId: JOB }),
} satisfies Record<string, QueryKey>;
type Cached = keyof typeof CACHED;

function cachedClient(): QueryClient {
  const client = new QueryClient();
  for (const key of Object.values(CACHED) as QueryKey[]) client.setQueryData(key, {});
  return client;
}

const invalidated = (client: QueryClient): Cached[] =>
  (Object.keys(CACHED) as Cached[]).filter((name) => client.getQueryState(CACHED[name])?.isInvalidated).sort();

describe('refreshForChanges', () => {
  it("makes a move stale on its job's boards and its application's pages, nowhere else", async () => {
    // The report is only marked stale: it is not refetched while on screen (see staleQueriesOf).
    const client = cachedClient();
    await refreshForChanges(client, { changes: [change()], resync: false });
    expect(invalidated(client)).toEqual(
      (
        [
          'application',
          'assessment',
          'board',
          'candidate',
          'filteredBoard',
          'interviews',
          'overview',
          'report',
          'scorecards',
        ] satisfies Cached[]
      ).sort(),
    );
  });

  it('reads "the whole job" as every application page', async () => {
    const client = cachedClient();
    await refreshForChanges(client, { changes: [change({ applicationIds: null })], resync: false });
    expect(invalidated(client)).toEqual(expect.arrayContaining(['application', 'otherApplication']));
    expect(invalidated(client)).not.toContain('otherBoard');
    expect(invalidated(client)).not.toContain('start');
  });

  it('makes every board stale for a change of applications in several jobs', async () => {
    const client = cachedClient();
    await refreshForChanges(client, {
      changes: [change({ action: 'applications.bulk_updated', jobId: null })],
      resync: false,
    });
    expect(invalidated(client)).toEqual(expect.arrayContaining(['board', 'otherBoard']));
  });

  it('refreshes jobs for a job change and candidate lists for a new candidate', async () => {
    const client = cachedClient();
    await refreshForChanges(client, {
      changes: [
        change({ action: 'job.updated', applicationIds: [] }),
        change({ action: 'candidate.created', jobId: null, applicationIds: [] }),
      ],
      resync: false,
    });
    expect(invalidated(client)).toEqual((['candidate', 'candidates', 'job'] satisfies Cached[]).sort());
  });

  it('on a resync refreshes everything but the session and the get-or-create scorecard', async () => {
    const client = cachedClient();
    await refreshForChanges(client, { changes: [], resync: true });
    expect(invalidated(client)).toEqual(
      (Object.keys(CACHED) as Cached[]).filter((name) => name !== 'me' && name !== 'start').sort(),
    );
  });
});

describe('useLiveUpdates', () => {
  let restore: () => void;
  beforeEach(() => {
    jest.useFakeTimers();
    restore = FakeEventSource.install();
  });
  afterEach(() => {
    jest.useRealTimers();
    restore();
  });

  const render = (client: QueryClient) =>
    renderHook(() => useLiveUpdates(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      ),
    });

  it('refreshes once for a burst of moves', async () => {
    const client = cachedClient();
    const invalidate = jest.spyOn(client, 'invalidateQueries');
    const { result } = render(client);
    const source = FakeEventSource.latest;
    act(() => source.open());
    expect(result.current).toBe('live');
    act(() => {
      for (const id of ['app-1', 'app-2', 'app-3']) source.emit('change', change({ applicationIds: [id] }));
    });
    expect(invalidate).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(LIVE_BATCH_MS);
    });
    // One board filter for the three moves of one job, not three.
    const boardCalls = invalidate.mock.calls.filter(([filters]) => filters?.queryKey?.[0] === CACHED.board[0]);
    expect(boardCalls).toHaveLength(1);
    expect(invalidated(client)).toEqual(expect.arrayContaining(['board', 'application', 'otherApplication']));
  });

  it('re-checks the session when the stream is refused', () => {
    const client = cachedClient();
    const invalidate = jest.spyOn(client, 'invalidateQueries');
    render(client);
    act(() => FakeEventSource.latest.refuse());
    expect(invalidate).toHaveBeenCalledWith({ queryKey: CACHED.me });
  });
});
