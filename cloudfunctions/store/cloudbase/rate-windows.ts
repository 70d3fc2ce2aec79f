/**
 * Counting windows shared by every container of a cloud function (port/windows.ts). CloudBase runs a function in
 * as many containers as its load asks for, each with its own memory, so a limit kept in memory alone lets one
 * caller make its limit's worth of calls in every container. Here a window is a `meta` document per key per window
 * of the clock (`win.<digest>.<window length>.<index>`). The first call of a window makes the document with a count
 * of 1 (an `add`, refused on a duplicate `_id` when it exists); a later one counts by a compare-and-set,
 * `where({_id, count < limit}).update(count + 1)`. The document carries `expiresAt`, so the timer's sweep of expired
 * claims removes it.
 */
import { createHash, createHmac } from 'node:crypto';
import type { WindowCount, WindowsPort } from '../port';
import { COLLECTIONS } from './docs';
import { isDuplicateKey } from './query';
import type { CloudDatabase } from './sdk';

/**
 * The `meta` id of a count's window: the key keyed-hashed (HMAC under `key` when the function has one, its visitor
 * salt), as it holds an address or an OPENID that a plain hash of 2^32 addresses would give back.
 */
export function windowId(count: WindowCount, now: number, key?: Buffer): string {
  const digest = (
    key ? createHmac('sha256', key).update(`rate-window:${count.key}`) : createHash('sha256').update(count.key)
  )
    .digest('base64url')
    .slice(0, 22);
  return `win.${digest}.${count.windowMs}.${Math.floor((count.at ?? now) / count.windowMs)}`;
}

/** Window ids this container has made or met, so their next count is one round trip (a compare-and-set). */
const SEEN_MAX = 50_000;

/** The shared windows over one database handle; `key` hashes their ids (the function's visitor salt). */
export function cloudWindows(db: CloudDatabase, key?: Buffer): WindowsPort {
  const meta = () => db.collection(COLLECTIONS.meta);
  const _ = db.command;
  const seen = new Set<string>();
  const saw = (id: string) => {
    // Insertion order: past the bound the oldest goes (a window lives minutes; an old id costs one trip more).
    if (seen.size >= SEEN_MAX) seen.delete(seen.values().next().value as string);
    seen.add(id);
  };
  const bump = async (id: string, limit: number) =>
    (
      await meta()
        .where({ _id: id, count: _.lt(limit) })
        .update({ data: { count: _.inc(1) } })
    ).stats.updated === 1;
  const make = async (id: string, c: WindowCount, now: number): Promise<boolean> => {
    const end = (Math.floor((c.at ?? now) / c.windowMs) + 1) * c.windowMs;
    try {
      // Kept a window past its end, or past now for a window of an earlier time (a queued scan's).
      await meta().add({ data: { _id: id, count: 1, expiresAt: Math.max(end, now) + c.windowMs } });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return false;
    }
  };

  /**
   * Counts one call in `c`'s window; false when the window already holds `c.limit` calls. A window first met here
   * is made with its first count (most windows see one call: a visitor's scan of a post); one this container has
   * met is counted in place. Either way one round trip, and two only when the guess was wrong.
   */
  async function take(c: WindowCount, now: number): Promise<boolean> {
    if (c.limit < 1) return false;
    const id = windowId(c, now, key);
    if (seen.has(id)) {
      if (await bump(id, c.limit)) return true;
      // Full, or gone (swept past its expiry): a new one is made only in the second case.
      return make(id, c, now);
    }
    saw(id);
    return (await make(id, c, now)) || bump(id, c.limit);
  }

  /** Gives back one count of `c`'s window (never below 0). */
  const give = (c: WindowCount, now: number) =>
    meta()
      .where({ _id: windowId(c, now, key), count: _.gt(0) })
      .update({ data: { count: _.inc(-1) } });

  return {
    // Every window at once (one round trip's wait). A call refused by one window, or whose count failed in one, is
    // given back to the others, so it counts nowhere, as in the memory windows.
    take: async (counts, now) => {
      const taken = await Promise.allSettled(counts.map((c) => take(c, now)));
      const ok = taken.every((t) => t.status === 'fulfilled' && t.value);
      if (ok) return true;
      await Promise.all(
        counts
          .filter((_c, i) => taken[i].status === 'fulfilled' && (taken[i] as PromiseFulfilledResult<boolean>).value)
          .map((c) => give(c, now)),
      );
      const failed = taken.find((t): t is PromiseRejectedResult => t.status === 'rejected');
      if (failed) throw failed.reason;
      return false;
    },
    give: async (counts, now) => {
      await Promise.all(counts.map((c) => give(c, now)));
    },
  };
}
