/** Number wording shared by the charts. */

/** A count short enough for a narrow bar: 987, 1.2万, 35万. */
export function compactNumber(n: number): string {
  if (n < 10_000) return String(n);
  const wan = n / 10_000;
  return `${wan < 10 ? wan.toFixed(1).replace(/\.0$/, '') : Math.round(wan)}万`;
}

/** A bar's length in % of the longest; a non-zero value keeps a sliver so it never looks like zero. */
export function share(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '0%';
  return `${Math.max(2, Math.round((value / max) * 100))}%`;
}
