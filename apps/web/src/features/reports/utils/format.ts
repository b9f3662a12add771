/** A percentage from the API (one decimal already), or a dash when there was nothing to divide by. */
export const formatRate = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)}%`);

export const formatDays = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)} d`);

/** A calibration offset with its sign: +1.5, −1.3 (a true minus), 0.0. */
export function formatOffset(value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0.0';
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

export const REPORT_LABELS = {
  funnel: 'Funnel',
  'time-in-stage': 'Time in stage',
  'red-flags': 'Red flags',
  calibration: 'Interviewers',
  'item-reliability': 'Checklist items',
  sources: 'Sources',
} as const;
