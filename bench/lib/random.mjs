// A small seeded PRNG, so the same seed always builds the same data set.
// sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128 bits of state, passes
// PractRand, and is fast in plain JavaScript.

function sfc32(a, b, c, d) {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a, to turn a seed and a label into a stream's starting state. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * An independent stream per (seed, label): each application is generated from
 * its own stream, so the data does not depend on how the work is split up.
 */
export function rng(seed, label = '') {
  const key = `${seed}:${label}`;
  const next = sfc32(fnv1a(key), fnv1a(`a${key}`), fnv1a(`b${key}`), fnv1a(`c${key}`));
  for (let i = 0; i < 12; i += 1) next();
  const hex = () =>
    Math.floor(next() * 2 ** 16)
      .toString(16)
      .padStart(4, '0');
  const random = {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `count` distinct elements in random order. */
    sample: (list, count) => {
      const copy = [...list];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    /** Index into `weights` with probability proportional to each weight. */
    weighted: (weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    /** Standard normal (Box–Muller). */
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    /** A version 4 UUID whose random bits come from this stream. */
    uuid: () => {
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${variant}${hex().slice(1)}-${hex()}${hex()}${hex()}`;
    },
  };
  return random;
}
