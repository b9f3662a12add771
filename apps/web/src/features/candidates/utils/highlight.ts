import type { ScreeningEvidence } from '@shortlist/contracts';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits the résumé into plain and marked runs; overlapping evidence merges into one mark. */
export function highlightSegments(text: string, evidence: readonly ScreeningEvidence[]): Segment[] {
  const ranges = evidence
    .map((e) => [Math.max(0, e.offset), Math.min(text.length, e.offset + e.text.length)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    segments.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
