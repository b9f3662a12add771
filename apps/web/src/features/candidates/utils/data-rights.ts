import type { Role } from '@shortlist/contracts';

/** DESIGN.md, "API v1 surface": GET /candidates/:id/export is for recruiters and admins. */
export const canExportCandidates = (role: Role): boolean => role === 'recruiter' || role === 'admin';

/** DELETE /candidates/:id and POST /candidates/erasures are for admins. */
export const canEraseCandidates = (role: Role): boolean => role === 'admin';

/** What an erasure removes and what it keeps, as the confirmations explain it. */
export const ERASURE_REMOVES = [
  'Name, email, phone, links and tags',
  'The résumé text and the uploaded file',
  'The résumé quotes in screening results',
  'Their name, email and phone wherever staff wrote them: notes, scorecards, stage history, import reports',
] as const;

export const ERASURE_KEEPS = [
  'Applications, stages, scores and decisions, so reports still count them',
  'Notes and scorecards, detached from the person',
  'An audit record of the erasure, without personal data',
] as const;
