import type { AuditEventView, AuditPage, UserView } from '@shortlist/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { buildUser } from '@/testing/fixtures';
import { mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp, renderWithProviders } from '@/testing/test-utils';
import { AuditRoute } from './audit-route';

const admin = buildUser({ role: 'admin', name: 'Ada Admin' });
const riley = buildUser({ role: 'recruiter', name: 'Riley Recruiter' });
const ivan = buildUser({ role: 'interviewer', name: 'Ivan Interviewer', active: false });

let seq = 0;
function buildEvent(overrides: Partial<AuditEventView> = {}): AuditEventView {
  seq += 1;
  return {
    id: `10000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    at: `2026-11-2${seq % 10}T09:30:00.000Z`,
    actorId: admin.id,
    actorName: admin.name,
    action: 'session.signed_in',
    entityType: 'session',
    entityId: `20000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    jobId: null,
    applicationId: null,
    before: null,
    after: { userId: admin.id },
    prevHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    ...overrides,
  };
}

const signedIn = buildEvent();
const roleChange = buildEvent({
  action: 'user.updated',
  entityType: 'user',
  entityId: riley.id,
  before: { role: 'recruiter' },
  after: { role: 'hiring_manager' },
});
const moved = buildEvent({
  actorId: riley.id,
  actorName: riley.name,
  action: 'application.moved',
  entityType: 'application',
  before: { stageId: 's1', stage: 'Applied', status: 'active' },
  after: { stageId: 's2', stage: 'Résumé screen', status: 'active', move: 'stage', reason: null },
});
const publicForm = buildEvent({
  actorId: null,
  actorName: null,
  action: 'public_application.submitted',
  entityType: 'application',
  after: { stage: 'Applied', status: 'active', newCandidate: true },
});

const page = (events: AuditEventView[], nextBeforeSeq: number | null = null): { body: AuditPage } => ({
  body: { events, nextBeforeSeq },
});
const users = (items: UserView[]) => ({ body: { items, total: items.length } });
const verified = (checked: number) => ({ body: { ok: true, checked, brokenAtSeq: null, reason: null } });

/** Where the page has put the address, for the filters that live in it. */
function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>;
}

const addressSearch = () => screen.getByTestId('location').textContent;

function renderAuditLog(routes: Parameters<typeof mockFetch>[0], route = '/admin/audit') {
  const requests = mockFetch({
    'GET /api/users': users([admin, riley, ivan]),
    'GET /api/audit/verify': verified(4),
    ...routes,
  });
  const page = (
    <>
      <AuditRoute />
      <LocationProbe />
    </>
  );
  return { requests, ...renderWithProviders(page, { route, user: admin }) };
}

const auditRequests = (requests: { method: string; url: string }[]) =>
  requests.filter((r) => r.url.startsWith('/api/audit?')).map((r) => r.url);

describe('audit log page', () => {
  it('lists events newest first with time, actor, action, entity and a summary, under the verification banner', async () => {
    renderAuditLog({ 'GET /api/audit?limit=50': page([publicForm, moved, roleChange, signedIn]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findByText('Chain verified — 4 events')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /4 events shown, newest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);

    expect(cells(rows[0]).slice(2)).toEqual([
      'Candidate (public form)',
      'Public application',
      `Application${publicForm.entityId!.slice(0, 8)}`,
      'Applied through the public form, at Applied',
    ]);
    expect(cells(rows[1]).slice(2)).toEqual([
      'Riley Recruiter',
      'Application moved',
      `Application${moved.entityId!.slice(0, 8)}`,
      'Applied → Résumé screen',
    ]);
    expect(cells(rows[2]).slice(2, 4)).toEqual(['Ada Admin', 'User changed']);
    expect(cells(rows[2])[5]).toBe('role recruiter → hiring manager');
    expect(within(rows[3]).getByText(`#${signedIn.seq}`)).toBeInTheDocument();
    expect(rows[3].querySelector('time')).toHaveAttribute('dateTime', signedIn.at);
    expect(screen.getByText('That is the oldest event.')).toBeInTheDocument();
  });

  it('says where the chain was tampered with', async () => {
    renderAuditLog({
      'GET /api/audit/verify': {
        body: { ok: false, checked: 6, brokenAtSeq: 7, reason: 'content does not match its hash' },
      },
      'GET /api/audit?limit=50': page([signedIn]),
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tampering detected at event 7: content does not match its hash');
    expect(alert).toHaveTextContent('Events 1 to 6 are intact');
  });

  it('expands a row from the keyboard into a before/after diff that marks the changed fields', async () => {
    const job = buildEvent({
      action: 'job.updated',
      entityType: 'job',
      before: { title: 'Backend Intern', version: 1, rubricVersion: 1 },
      after: { title: 'Backend Engineer Intern', version: 2, rubricVersion: 1 },
    });
    const { user } = renderAuditLog({ 'GET /api/audit?limit=50': page([job]) });

    const toggle = await screen.findByRole('button', { name: `Show changes of event ${job.seq}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Edited title')).toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(`Hide changes of event ${job.seq}`);
    const diff = screen.getByRole('table', { name: `Changes recorded by event ${job.seq}` });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(diff);
    const row = (field: string) =>
      within(diff)
        .getByRole('rowheader', { name: new RegExp(`^${field}`) })
        .closest('tr')!;
    expect(row('title')).toHaveAttribute('data-changed', 'true');
    expect(within(row('title')).getByText('changed')).toBeInTheDocument();
    expect(
      within(row('title'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Backend Intern', 'Backend Engineer Intern']);
    expect(row('version')).toHaveAttribute('data-changed', 'true');
    expect(row('rubricVersion')).not.toHaveAttribute('data-changed');
    expect(within(row('rubricVersion')).queryByText('changed')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('table', { name: `Changes recorded by event ${job.seq}` })).not.toBeInTheDocument();
  });

  it('loads older events through the cursor', async () => {
    const { requests, user } = renderAuditLog({
      'GET /api/audit?limit=50': page([moved, roleChange], roleChange.seq),
      [`GET /api/audit?limit=50&beforeSeq=${roleChange.seq}`]: page([signedIn]),
    });

    await user.click(await screen.findByRole('button', { name: 'Load older' }));

    expect(await screen.findByRole('table', { name: /3 events shown/ })).toBeInTheDocument();
    expect(screen.getByText(`#${signedIn.seq}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument();
    expect(auditRequests(requests)).toEqual(['/api/audit?limit=50', `/api/audit?limit=50&beforeSeq=${roleChange.seq}`]);
  });

  it('keeps the filters in the address and sends them to the API', async () => {
    const from = new Date('2026-11-01T00:00:00').toISOString();
    const to = new Date('2026-11-03T00:00:00').toISOString();
    const filtered = `action=application.moved&actorId=${riley.id}&entityId=app-1&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=50`;
    const { requests, user } = renderAuditLog({
      'GET /api/audit?limit=50': page([moved, roleChange, signedIn]),
      'GET /api/audit?action=application.moved&limit=50': page([moved]),
      [`GET /api/audit?action=application.moved&actorId=${riley.id}&limit=50`]: page([moved]),
      [`GET /api/audit?action=application.moved&actorId=${riley.id}&entityId=app-1&limit=50`]: page([moved]),
      [`GET /api/audit?action=application.moved&actorId=${riley.id}&entityId=app-1&from=${encodeURIComponent(from)}&limit=50`]:
        page([moved]),
      [`GET /api/audit?${filtered}`]: page([moved]),
    });
    await screen.findByRole('table', { name: /3 events shown/ });

    await user.click(screen.getByRole('textbox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Application moved' }));
    await user.click(screen.getByRole('textbox', { name: 'Actor' }));
    expect(await screen.findByRole('option', { name: 'Ivan Interviewer (inactive)' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Riley Recruiter' }));
    await user.type(screen.getByRole('textbox', { name: 'Entity id' }), 'app-1');
    await waitFor(() => expect(addressSearch()).toContain('entity=app-1'));
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-11-02');

    await waitFor(() =>
      expect(addressSearch()).toBe(
        `?action=application.moved&actor=${riley.id}&entity=app-1&from=2026-11-01&to=2026-11-02`,
      ),
    );
    await waitFor(() => expect(auditRequests(requests).at(-1)).toBe(`/api/audit?${filtered}`));
    expect(await screen.findByRole('table', { name: /1 event shown/ })).toBeInTheDocument();
  });

  it('reads filters from the address, says when nothing matches, and clears them', async () => {
    const { user } = renderAuditLog(
      {
        'GET /api/audit?action=note.added&entityId=abc&limit=50': page([]),
        'GET /api/audit?limit=50': page([signedIn]),
      },
      '/admin/audit?action=note.added&entity=abc&actor=not-a-uuid',
    );

    expect(await screen.findByRole('heading', { name: 'No events match these filters' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('Note added');
    expect(screen.getByRole('textbox', { name: 'Entity id' })).toHaveValue('abc');

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);

    await waitFor(() => expect(addressSearch()).toBe(''));
    expect(await screen.findByRole('table', { name: /1 event shown/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Entity id' })).toHaveValue('');
  });

  it('narrows to one entity from an expanded row', async () => {
    const { user } = renderAuditLog({
      'GET /api/audit?limit=50': page([roleChange, signedIn]),
      [`GET /api/audit?entityId=${riley.id}&limit=50`]: page([roleChange]),
    });

    await user.click(await screen.findByRole('button', { name: `Show changes of event ${roleChange.seq}` }));
    await user.click(screen.getByRole('button', { name: 'Show only events of this user' }));

    await waitFor(() => expect(addressSearch()).toBe(`?entity=${riley.id}`));
    expect(await screen.findByRole('table', { name: /1 event shown/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Entity id' })).toHaveValue(riley.id);
  });

  it('shows an empty log, and a failed load with a retry', async () => {
    const { user } = renderAuditLog({
      'GET /api/audit?limit=50': [problem(503, 'SERVICE_UNAVAILABLE', 'The database is not reachable'), page([])],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the audit log');
    expect(alert).toHaveTextContent('The database is not reachable');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Nothing recorded yet' })).toBeInTheDocument();
  });

  it('is offered to admins only', async () => {
    const requests = mockFetch({});
    renderApp({ route: '/admin/audit', user: riley });

    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeInTheDocument();
    expect(requests.filter((r) => r.url.startsWith('/api/audit'))).toEqual([]);
  });
});
