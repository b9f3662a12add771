/**
 * One decimal, halves away from zero (72.45 → 72.5, −0.25 → −0.3). Applied once,
 * to the reported number: every sum and mean before it keeps full precision. The
 * 1e-9 absorbs binary noise left by the sums (a half computed as 72.44999999999999).
 */
export function round1(value: number): number {
  const rounded = (Math.sign(value) * Math.floor(Math.abs(value) * 10 + 0.5 + 1e-9)) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** The reported number as text with its one decimal, e.g. 70 → "70.0". */
export function format1(value: number): string {
  return round1(value).toFixed(1);
}
