/**
 * Seeded randomness for the reliability suites. Each suite names its seed in
 * its title, so a failure prints it; RELIABILITY_SEED=<n> replays that run.
 */
export function runSeed(): number {
  const given = process.env.RELIABILITY_SEED?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`RELIABILITY_SEED must be a whole number: ${given}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: 32 bits of state, plenty for choosing timings and orders, and the same on every machine. */
export function seededRandom(seed: number, label = ''): Random {
  let state = seed >>> 0;
  for (let i = 0; i < label.length; i += 1) state = Math.imul(state ^ label.charCodeAt(i), 0x9e3779b1) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}
