/**
 * Counting a scan where several processes serve scans (CloudBase's containers): this process's windows
 * (guard.ts) turn its own repeats away without a database call, then the store's windows, which every container
 * shares, decide whether the scan counts, and hold the caller's rate windows of the route (dispatch's
 * `besideLimits`). Both are taken in one round trip, beside the post's read, so a scan keeps DESIGN's four round
 * trips in a row.
 */
import { AppError } from '~/types/errors';
import type { Post } from '~/types/domain';
import type { WindowsPort } from '../../store/port';
import type { HandlerContext } from '../context';
import { scanGuard, scanWindows } from './guard';

/** What the store's windows said of one scan, and how to give its counts back. */
export interface SharedCount {
  /** Whether the scan is to be written (counted in this process's windows and in the store's). */
  counts: boolean;
  /** Gives back every count this scan took, for a scan that was then not written. */
  undo(): Promise<void>;
}

/** Takes the scan's windows and the caller's rate windows; throws RATE_LIMITED when the latter are spent. */
export async function countShared(
  ctx: HandlerContext,
  windows: WindowsPort,
  scan: { visitor: string; postId: string; at: number; now: number },
): Promise<SharedCount> {
  const { visitor, postId, at, now } = scan;
  const address = ctx.clientAddress;
  const here = scanGuard.admit(visitor, postId, at, address, now);
  const counts = here ? scanWindows(visitor, postId, at, address) : [];
  const rate = ctx.besideLimits ?? [];
  const [rateTaken, scanTaken] = await Promise.allSettled([
    rate.length > 0 ? windows.take(rate, now) : true,
    counts.length > 0 ? windows.take(counts, now) : false,
  ]);
  const stored = scanTaken.status === 'fulfilled' && scanTaken.value;
  const undo = async () => {
    if (here) scanGuard.release(visitor, postId, at, address, now);
    if (stored) await windows.give(counts, now);
  };
  if (rateTaken.status === 'rejected' || scanTaken.status === 'rejected') {
    await undo().catch(() => undefined);
    throw rateTaken.status === 'rejected' ? rateTaken.reason : (scanTaken as PromiseRejectedResult).reason;
  }
  if (!rateTaken.value) {
    await undo();
    throw new AppError('RATE_LIMITED');
  }
  // Counted here but not in the store: another container counted this visit. This process keeps it as counted.
  return { counts: stored, undo };
}

/**
 * The post (null when unknown) and the scan's count in the store, in one round trip. A post that is unknown, or a
 * read that fails, gives back what the count took.
 */
export async function readAndCount(
  ctx: HandlerContext,
  windows: WindowsPort,
  scan: { visitor: string; postId: string; at: number; now: number },
): Promise<{ post: Post | null; shared: SharedCount }> {
  const [found, counted] = await Promise.allSettled([
    ctx.store.posts.byId(scan.postId),
    countShared(ctx, windows, scan),
  ]);
  if (counted.status === 'rejected') throw counted.reason;
  const shared = counted.value;
  if (found.status === 'rejected' || !found.value) await shared.undo();
  if (found.status === 'rejected') throw found.reason;
  return { post: found.value, shared };
}
