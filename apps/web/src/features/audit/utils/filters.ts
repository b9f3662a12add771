import { AUDIT_ACTIONS, type AuditAction } from '@shortlist/contracts';
import type { AuditEventFilters } from '../api/get-audit-events';

/** The filter bar as the address holds it: dates are calendar days (YYYY-MM-DD), both inclusive. */
export interface AuditSearch {
  action?: AuditAction;
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isAction = (value: string | null): value is AuditAction => AUDIT_ACTIONS.some((action) => action === value);

/** Reads the filters from the address, dropping anything malformed rather than sending it to be refused. */
export function searchFromParams(params: URLSearchParams): AuditSearch {
  const search: AuditSearch = {};
  const action = params.get('action');
  if (isAction(action)) search.action = action;
  const actor = params.get('actor');
  if (actor && UUID.test(actor)) search.actor = actor;
  const entity = params.get('entity')?.trim();
  if (entity) search.entity = entity.slice(0, 64);
  for (const name of ['from', 'to'] as const) {
    const day = params.get(name);
    if (day && DAY.test(day) && !Number.isNaN(localMidnight(day).getTime())) search[name] = day;
  }
  return search;
}

/** Midnight at the start of a calendar day, in the viewer's time zone. */
function localMidnight(day: string): Date {
  return new Date(`${day}T00:00:00`);
}

/**
 * The API's filters: a day range in the viewer's time zone becomes the
 * instants [start of `from`, start of the day after `to`).
 */
export function filtersOf(search: AuditSearch): AuditEventFilters {
  const filters: AuditEventFilters = {};
  if (search.action) filters.action = search.action;
  if (search.actor) filters.actorId = search.actor;
  if (search.entity) filters.entityId = search.entity;
  if (search.from) filters.from = localMidnight(search.from).toISOString();
  if (search.to && !isBackwards(search)) {
    const end = localMidnight(search.to);
    end.setDate(end.getDate() + 1);
    filters.to = end.toISOString();
  }
  return filters;
}

/** A range that ends before it starts: the filter bar flags it and the end is not sent. */
export function isBackwards(search: AuditSearch): boolean {
  return search.from !== undefined && search.to !== undefined && search.to < search.from;
}

export function hasFilters(search: AuditSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}

/** Sets one parameter (removing it when empty), keeping the others. */
export function withParam(params: URLSearchParams, name: keyof AuditSearch, value: string | undefined) {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}
