const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the application entered its stage (rounded down; 0 for a future or unreadable date). */
export function daysInStage(enteredAt: Date | string, now: Date = new Date()): number {
  const entered = enteredAt instanceof Date ? enteredAt.getTime() : Date.parse(enteredAt);
  const elapsed = now.getTime() - entered;
  return Number.isFinite(elapsed) && elapsed > 0 ? Math.floor(elapsed / DAY_MS) : 0;
}
