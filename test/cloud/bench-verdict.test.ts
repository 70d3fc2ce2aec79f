/**
 * The scan bench's verdict (bench/scan-verdict.ts) and the benchmarks' median (bench/stats.ts): the rule that says
 * whether DESIGN's scan budget is met must say no when either half or any reply fails.
 */
import { BUDGET, verdict, type RoundFigures } from '~/bench/scan-verdict';
import { median, quantile } from '~/bench/stats';

const round = (ratio: number, p99: number, non2xx = 0, errors = 0): RoundFigures => ({ ratio, p99, non2xx, errors });

test('the median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
  expect(median([30, 10, 20])).toBe(20);
  expect(median([18, 21, 16, 25])).toBe(19.5);
  expect(median([7])).toBe(7);
});

test('a quantile is the nearest rank below it, and never past the last value', () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  expect(quantile(values, 0.99)).toBe(100);
  expect(quantile(values, 0.5)).toBe(51);
  expect(quantile([3, 1, 2], 1)).toBe(3);
});

test('each figure takes its own median: a good ratio in one round does not pick that round’s p99', () => {
  // The round with the median ratio (0.60) had a p99 of 30 ms; the p99s' median is 18 ms.
  const v = verdict([round(0.55, 18), round(0.6, 30), round(0.65, 17)]);
  expect(v).toEqual({ ratio: 0.6, p99: 18, clean: true, met: true });
});

test('the verdict is not met when either half misses its budget', () => {
  expect(verdict([round(0.49, 10), round(0.48, 10), round(0.6, 10)]).met).toBe(false);
  expect(verdict([round(0.7, 21), round(0.7, 25), round(0.7, 12)]).met).toBe(false);
  expect(verdict([round(BUDGET.minRatio, BUDGET.maxP99Ms)]).met).toBe(true);
});

test('one failed reply in any round voids the verdict, however fast the rounds were', () => {
  const v = verdict([round(0.9, 5), round(0.9, 5, 1), round(0.9, 5)]);
  expect(v.clean).toBe(false);
  expect(v.met).toBe(false);
  expect(verdict([round(0.9, 5, 0, 2)]).met).toBe(false);
});

test('a run without rounds has no verdict', () => {
  expect(() => verdict([])).toThrow(RangeError);
});
