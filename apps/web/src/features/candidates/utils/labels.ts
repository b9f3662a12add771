import type { ApplicationStatus, CandidateSource } from '@shortlist/contracts';

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
