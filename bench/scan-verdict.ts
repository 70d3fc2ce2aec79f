/** The scan bench's verdict against DESIGN's budget: ≥ 0.50 × bare `http`, p99 ≤ 20 ms, at 100 connections. */
import { median } from './stats';

export const BUDGET = { minRatio: 0.5, maxP99Ms: 20 } as const;

/** One round's figures: the scan server's throughput over bare's, its p99, and its failed replies. */
export interface RoundFigures {
  ratio: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** The verdict of a run. */
export interface Verdict {
  /** Median of the rounds' ratios. */
  ratio: number;
  /** Median of the rounds' p99s (ms). */
  p99: number;
  /** No round had a failed reply (a 429, a 5xx, a dropped connection: quick and cheap, so any one voids the run). */
  clean: boolean;
  met: boolean;
}

/**
 * Each figure's median on its own: the p99 of the round with the median ratio would pick one round's tail by another
 * figure. The rounds come after the warm-up (bench/scan.ts).
 */
export function verdict(rounds: readonly RoundFigures[]): Verdict {
  if (rounds.length === 0) throw new RangeError('a verdict needs at least one round');
  const ratio = median(rounds.map((r) => r.ratio));
  const p99 = median(rounds.map((r) => r.p99));
  const clean = rounds.every((r) => r.non2xx === 0 && r.errors === 0);
  return { ratio, p99, clean, met: clean && ratio >= BUDGET.minRatio && p99 <= BUDGET.maxP99Ms };
}
