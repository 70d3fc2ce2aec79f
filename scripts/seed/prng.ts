/**
 * Seeded randomness for the demo dataset (演示数据). Every module draws from its own named stream, so adding a draw in
 * one module never shifts the data of another, and the same seed gives the same dataset on every run and machine.
 */

/** The fixed seed of the demo network. */
export const DEMO_SEED = 20231231;

/** A deterministic source of pseudo-random choices. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: a tiny 32-bit generator, plenty for demo data and stable across engines. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a label, used to derive one stream per module from the demo seed. */
export function hashSeed(label: string, seed: number = DEMO_SEED): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The named stream `label` of the demo seed. */
export function createRng(label: string, seed: number = DEMO_SEED): Rng {
  const next = mulberry32(hashSeed(label, seed));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}

/**
 * Splits `total` into integer shares proportional to `weights`, each at least `min` (largest remainder, ties to the
 * lower index), so the published totals (1,038 villages, 5,292 posts…) come out exact.
 */
export function apportion(total: number, weights: readonly number[], min: number): number[] {
  const spare = total - min * weights.length;
  if (spare < 0) throw new Error(`cannot give ${weights.length} shares at least ${min} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (spare * w) / sum);
  const shares = quotas.map((q) => min + Math.floor(q));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) shares[order[k % order.length].i] += 1;
  return shares;
}
