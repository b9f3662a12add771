import type { ApplicationStatus, CandidateSource, GateStatus, Proposal } from '@shortlist/contracts';

export const SOURCE_LABELS: Record<CandidateSource, string> = {
  sourced: 'Sourced',
  referral: 'Referral',
  job_board: 'Job board',
  public_form: 'Public form',
  agency: 'Agency',
  import: 'CSV import',
  other: 'Other',
};

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  active: 'Active',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  hired: 'Hired',
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  active: 'blue',
  rejected: 'red',
  withdrawn: 'gray',
  hired: 'teal',
};

export const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
export const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const GATE_LABELS: Record<GateStatus, string> = { pass: 'pass', pending: 'pending', fail: 'fail' };

export const GATE_COLORS: Record<GateStatus, string> = { pass: 'teal', pending: 'yellow', fail: 'red' };

export const PROPOSAL_LABELS: Record<Proposal, string> = {
  advance: 'advance',
  discuss: 'discuss',
  reject: 'reject',
  insufficient_evidence: 'insufficient evidence',
};

export const PROPOSAL_COLORS: Record<Proposal, string> = {
  advance: 'teal',
  discuss: 'yellow',
  reject: 'red',
  insufficient_evidence: 'gray',
};
