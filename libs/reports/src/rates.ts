import { round1 } from '@shortlist/scoring';

/** part / whole × 100 with one decimal (halves away from zero); null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((part * 100) / whole) : null;
}
