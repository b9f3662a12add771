import { readAuditEntry } from './read-audit';

const actor = '11111111-1111-4111-8111-111111111111';
const job = '22222222-2222-4222-8222-222222222222';
const application = '33333333-3333-4333-8333-333333333333';

describe('readAuditEntry', () => {
  it('counts the cards of every stage of a board, and names the job', () => {
    const result = {
      stages: [
        { applications: [{ candidateName: 'A' }, { candidateName: 'B' }] },
        { applications: [] },
        { applications: [{}] },
      ],
    };
    // 2 + 0 + 1 cards.
    expect(readAuditEntry('pipeline.viewed', actor, { params: { id: job }, query: {}, route: '', result })).toEqual({
      actorId: actor,
      action: 'pipeline.viewed',
      entityType: 'job',
      entityId: job,
      jobId: job,
      after: { returned: 3 },
    });
  });

  it('names the application and its job for an application read, and nothing of its content', () => {
    const result = { id: application, jobId: job, candidateName: 'Ann Example', candidateEmail: 'ann@example.com' };
    const entry = readAuditEntry('application.viewed', actor, {
      params: { id: application },
      query: {},
      route: '',
      result,
    });
    expect(entry).toEqual({
      actorId: actor,
      action: 'application.viewed',
      entityType: 'application',
      entityId: application,
      applicationId: application,
      jobId: job,
    });
  });

  it('counts a search page and keeps its total, never the query text', () => {
    const entry = readAuditEntry('candidates.searched', actor, {
      params: {},
      query: { q: 'Ann Example' },
      route: '/api/candidates',
      result: { items: [{}, {}], total: 7 },
    });
    expect(entry.after).toEqual({ returned: 2, total: 7 });
    expect(JSON.stringify(entry)).not.toContain('Ann');
  });

  it('names the report from its route, JSON or CSV', () => {
    const json = readAuditEntry('report.viewed', actor, {
      params: {},
      query: { jobId: job },
      route: '/api/reports/time-in-stage',
      result: { waitingLongest: [{}, {}, {}] },
    });
    const csv = readAuditEntry('report.viewed', actor, {
      params: {},
      query: {},
      route: '/api/reports/time-in-stage.csv',
      result: 'Candidate,Job\n',
    });
    expect(json).toMatchObject({
      entityType: 'report',
      entityId: 'time-in-stage',
      jobId: job,
      after: { returned: 3, format: 'json' },
    });
    expect(csv).toMatchObject({
      entityType: 'report',
      entityId: 'time-in-stage',
      jobId: null,
      after: { format: 'csv' },
    });
  });
});
