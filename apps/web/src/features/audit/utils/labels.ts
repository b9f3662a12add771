import type { AuditAction, AuditEntityType } from '@shortlist/contracts';

export const ACTION_LABELS: Record<AuditAction, string> = {
  'session.signed_in': 'Signed in',
  'session.signed_out': 'Signed out',
  'user.created': 'User created',
  'user.updated': 'User changed',
  'job.created': 'Job created',
  'job.updated': 'Job edited',
  'candidate.created': 'Candidate added',
  'candidate.updated': 'Candidate changed',
  'candidate.resume_uploaded': 'Résumé uploaded',
  'candidate.exported': 'Candidate data exported',
  'candidate.erased': 'Candidate erased',
  'candidates.imported': 'Candidates imported',
  'application.created': 'Application added',
  'application.moved': 'Application moved',
  'applications.bulk_updated': 'Bulk update',
  'application.interviewer_assigned': 'Interviewer assigned',
  'application.decided': 'Decision made',
  'public_application.submitted': 'Public application',
  'scorecard.started': 'Scorecard started',
  'scorecard.saved': 'Scorecard saved',
  'scorecard.submitted': 'Scorecard submitted',
  'scorecard.revised': 'Scorecard revised',
  'note.added': 'Note added',
};

export const ENTITY_LABELS: Record<AuditEntityType, string> = {
  session: 'Session',
  user: 'User',
  job: 'Job',
  candidate: 'Candidate',
  application: 'Application',
  scorecard: 'Scorecard',
  note: 'Note',
  import: 'Import',
};

/** Enough of a UUID to tell rows apart at a glance; the full id is one click away. */
export const shortId = (id: string) => id.slice(0, 8);
