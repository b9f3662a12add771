import type { AuditEventView } from '@shortlist/contracts';
import { ACTION_LABELS } from './labels';

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const humanize = (value: string) => value.replace(/_/g, ' ');

/** Keys that say which version, not what changed. */
const BOOKKEEPING = new Set(['version', 'rubricVersion']);

function userChanges(before: Fields, after: Fields): string {
  const parts: string[] = [];
  if ('role' in after) parts.push(`role ${humanize(String(before.role))} → ${humanize(String(after.role))}`);
  if ('active' in after) parts.push(after.active ? 'reactivated' : 'deactivated');
  if ('name' in after) parts.push(`renamed to ${text(after.name) ?? '—'}`);
  if (after.passwordChanged) parts.push('password changed');
  return parts.length ? parts.join(', ') : 'No change';
}

function jobChanges(before: Fields, after: Fields): string {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !BOOKKEEPING.has(key));
  const rubric =
    before.rubricVersion !== after.rubricVersion
      ? ` (rubric v${text(before.rubricVersion) ?? '?'} → v${text(after.rubricVersion) ?? '?'})`
      : '';
  return changed.length ? `Edited ${changed.join(', ')}${rubric}` : 'No change';
}

function moveSummary(before: Fields, after: Fields): string {
  const reason = text(after.reason);
  switch (after.move) {
    case 'rejected':
      return `Rejected at ${text(after.stage) ?? 'its stage'}${reason ? `: ${reason}` : ''}`;
    case 'withdrawn':
      return `Withdrawn at ${text(after.stage) ?? 'its stage'}${reason ? `: ${reason}` : ''}`;
    case 'undo':
      return `Reopened at ${text(after.stage) ?? 'its stage'}`;
    case 'hired':
      return 'Hired';
    default:
      return `${text(before.stage) ?? '?'} → ${text(after.stage) ?? '?'}`;
  }
}

function bulkSummary(after: Fields): string {
  const count = Array.isArray(after.applicationIds) ? after.applicationIds.length : 0;
  const applications = plural(count, 'application');
  const first = fieldsOf(Object.values(fieldsOf(after.applications))[0]);
  switch (after.action) {
    case 'move':
      return `Moved ${applications} to ${text(first.stage) ?? 'another stage'}`;
    case 'reject':
      return `Rejected ${applications}${text(after.reason) ? `: ${text(after.reason)}` : ''}`;
    case 'tag':
      return `Tagged ${applications}${Array.isArray(after.tags) ? `: ${after.tags.join(', ')}` : ''}`;
    default:
      return `Updated ${applications}`;
  }
}

/**
 * One line saying what happened, read from the event's before/after; `names`
 * turns user ids into names. Falls back to the action's label.
 */
export function summarize(event: AuditEventView, names: ReadonlyMap<string, string> = new Map()): string {
  const before = fieldsOf(event.before);
  const after = fieldsOf(event.after);
  switch (event.action) {
    case 'user.created':
      return `Created ${text(after.name) ?? 'a user'} (${humanize(text(after.role) ?? 'no role')})`;
    case 'user.updated':
      return userChanges(before, after);
    case 'job.created':
      return `Created “${text(after.title) ?? 'a job'}”`;
    case 'job.updated':
      return jobChanges(before, after);
    case 'application.created':
      return `Added at ${text(after.stage) ?? 'the first stage'}`;
    case 'public_application.submitted':
      return `Applied through the public form, at ${text(after.stage) ?? 'the first stage'}`;
    case 'application.moved':
      return moveSummary(before, after);
    case 'applications.bulk_updated':
      return bulkSummary(after);
    case 'application.interviewer_assigned': {
      const who = names.get(String(after.userId)) ?? 'An interviewer';
      return `${who} assigned to ${text(after.stage) ?? 'a stage'}`;
    }
    case 'application.decided': {
      const proposal = text(after.proposal) ?? 'none';
      return `Decided ${text(after.decision) ?? '?'} (proposal: ${humanize(proposal)})`;
    }
    case 'scorecard.started':
      return `Started a scorecard for ${text(after.stage) ?? 'a stage'}`;
    case 'scorecard.saved':
      return `Saved draft, version ${text(after.version) ?? '?'}`;
    case 'scorecard.submitted':
      return `Submitted${text(after.recommendation) ? `, recommending ${humanize(String(after.recommendation))}` : ''}`;
    case 'scorecard.revised':
      return `Revised after submitting${after.afterSeeingOthers ? ', having seen others’ scorecards' : ''}`;
    default:
      return ACTION_LABELS[event.action];
  }
}
