/** Bounded parallel store reads over a page of rows. */

/** Runs `fn` over `items` with at most `width` calls in flight (store reads of a page of rows). */
export async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  }
  return out;
}
