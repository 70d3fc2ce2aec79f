/**
 * Counting windows shared by every container of a cloud function (port/windows.ts). CloudBase runs a function in
 * as many containers as its load asks for, each with its own memory, so a limit kept in memory alone lets one
 * caller make its limit's worth of calls in every container. Here a window is a `meta` document per key per window
 * of the clock (`win.<digest>.<window length>.<index>`). The first call of a window makes the document with a count
 * of 1 (an `add`, refused on a duplicate `_id` when it exists); a later one counts by a compare-and-set,
 * `where({_id, count < limit}).update(count + 1)`. The document carries `expiresAt`, so the timer's sweep of expired
 * claims removes it.
 */
import { createHash } from 'node:crypto';
import type { WindowCount, WindowsPort } from '../port';
import { COLLECTIONS } from './docs';
import { isDuplicateKey } from './query';
import type { CloudDatabase } from './sdk';

/** The `meta` id of a count's window: the key hashed, as it may hold an address or an OPENID. */
export function windowId(count: WindowCount, now: number): string {
  const digest = createHash('sha256').update(count.key).digest('base64url').slice(0, 22);
  return `win.${digest}.${count.windowMs}.${Math.floor((count.at ?? now) / count.windowMs)}`;
}

/** The shared windows over one database handle. */
export function cloudWindows(db: CloudDatabase): WindowsPort {
  const meta = () => db.collection(COLLECTIONS.meta);
  const _ = db.command;

  /** Counts one call in `c`'s window; false when the window already holds `c.limit` calls. */
  async function take(c: WindowCount, now: number): Promise<boolean> {
    if (c.limit < 1) return false;
    const id = windowId(c, now);
    const end = (Math.floor((c.at ?? now) / c.windowMs) + 1) * c.windowMs;
    try {
      // Most windows see one call (a visitor's scan of a post, a resident's question): made with its first count,
      // one round trip. Kept a window past its end, or past now for a window of an earlier time (a queued scan's).
      await meta().add({ data: { _id: id, count: 1, expiresAt: Math.max(end, now) + c.windowMs } });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const res = await meta()
      .where({ _id: id, count: _.lt(c.limit) })
      .update({ data: { count: _.inc(1) } });
    return res.stats.updated === 1;
  }

  /** Gives back one count of `c`'s window (never below 0). */
  const give = (c: WindowCount, now: number) =>
    meta()
      .where({ _id: windowId(c, now), count: _.gt(0) })
      .update({ data: { count: _.inc(-1) } });

  return {
    // Every window at once (one round trip's wait). A call refused by one window is given back to the others, so a
    // refused call counts nowhere, as in the memory windows.
    take: async (counts, now) => {
      const taken = await Promise.all(counts.map((c) => take(c, now)));
      if (taken.every(Boolean)) return true;
      await Promise.all(counts.filter((_c, i) => taken[i]).map((c) => give(c, now)));
      return false;
    },
    give: async (counts, now) => {
      await Promise.all(counts.map((c) => give(c, now)));
    },
  };
}
