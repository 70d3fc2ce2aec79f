/** scan.land: the hot path. Log one scan (idempotent by scanId) and return the landing page in one reply. */
import { LandInputSchema, type LandingData } from '~/types/api';
import { AppError } from '~/types/errors';
import { cellOf } from '../../geo/cells';
import { distanceM } from '../../geo/distance';
import type { HandlerContext, Route } from '../context';
import { scanSubjects } from '../scope';
import { visitorHash } from '../visitor';
import { withJsonText } from '../json-text';
import { LandingCache } from './landing';
import { reportingFloor, scanGuard } from './guard';
import { readAndCount } from './shared-count';

/** Shared by every call in this process (a warm cloud function container or the local server). */
export const landingCache = new LandingCache();

/**
 * The landing route: anyone may call it; 60 calls a minute per identity is far above any honest use, and an
 * address may make ten people's worth (a carrier's NAT puts many behind one). These limits guard the server;
 * whether a call counts in the figures is guard.ts's business (once per visitor per post per window).
 */
export const land: Route<typeof LandInputSchema, LandingData> = {
  schema: LandInputSchema,
  perMinute: 60,
  perAddress: 600,
  openidOnly: true,
  limitsBeside: true,
  async handle(ctx: HandlerContext, input): Promise<LandingData> {
    const now = ctx.now();
    // A phone's clock may run ahead; a time in the future is taken as now. A queued scan may arrive late with its
    // own time, but not into a month whose statistical form is closed: it is refused (the queue drops it), not
    // re-dated, since a re-dated scan would sit on a day and hour it did not happen.
    const at = input.at === undefined ? now : Math.min(input.at, now);
    if (at < reportingFloor(now)) throw new AppError('INVALID_INPUT', '扫码时间早于已结束的统计期，记录未保存');
    const visitor = visitorHash(ctx.secrets.visitorSalt, ctx.identity.openid ?? 'anonymous');

    // Where the store keeps shared windows (CloudBase), they are taken beside the post's read.
    const { windows } = ctx.store;
    const { post, shared } = windows
      ? await readAndCount(ctx, windows, { visitor, postId: input.postId, at, now })
      : { post: await ctx.store.posts.byId(input.postId), shared: null };
    if (!post) throw new AppError('POST_NOT_FOUND');
    if (post.status === 'retired') {
      await shared?.undo();
      throw new AppError('POST_RETIRED');
    }

    // A location is the client's claim: believed (for the distance, the circle and the coverage cell) only when
    // plausible, by the time the scan carries and by when it arrived (guard.ts); otherwise the scan counts as one
    // without location.
    const where =
      input.location && scanGuard.plausible(visitor, { ...input.location, at }, ctx.clientAddress, now)
        ? input.location
        : undefined;
    // Only the distance to the post is kept, rounded to 10 m; the coordinates themselves are dropped here.
    const dist = where ? Math.round(distanceM(where, post) / 10) * 10 : null;
    const inCircle = dist === null ? null : dist <= post.radiusM;
    // Outside the circle only the centre of a ~200 m cell is kept (for the coverage map), never the point itself.
    const cell = where && inCircle === false ? cellOf(where) : null;
    const scan = { recorded: false, distanceM: dist, inCircle };
    // The page depends on the post only: read beside the scan's writes, not after them (round trips in a row are
    // the scan's latency on CloudBase).
    const [page] = await Promise.all([
      landingCache.get(ctx.store, post, now),
      (async () => {
        // This process's windows decide alone where the store keeps none (the local runtime is one process).
        if (shared ? !shared.counts : !scanGuard.admit(visitor, post.id, at, ctx.clientAddress, now)) return;
        let outcome;
        try {
          outcome = await ctx.store.scans.record(
            {
              scanId: input.scanId,
              postId: post.id,
              visitor,
              at,
              source: input.source,
              distanceM: dist,
              inCircle,
              cell,
            },
            scanSubjects(post),
          );
        } catch (err) {
          if (shared) await shared.undo().catch(() => undefined);
          else scanGuard.release(visitor, post.id, at, ctx.clientAddress, now);
          throw err;
        }
        if (outcome !== 'recorded') {
          if (shared) await shared.undo();
          else scanGuard.release(visitor, post.id, at, ctx.clientAddress, now);
        }
        if (outcome === 'conflict') throw new AppError('SCAN_ID_CONFLICT');
        scan.recorded = outcome === 'recorded';
      })(),
    ]);
    // Object.assign, not a spread with `scan` added: adding a key to a spread copy of the page took V8 about 1 µs a
    // call (node 20, measured in a loop), against 0.17 µs for this; the keys and their order are the same.
    const data: LandingData = Object.assign({}, page, { scan });
    // The page's cached bytes, then the scan: the same bytes JSON.stringify(data) would write (the page has no `scan`
    // key, so `scan` comes last), made without walking, encoding or copying the page again. Made only when the local
    // server asks for it (CloudBase serialises the object itself), and from the object if the page has left the
    // cache meanwhile.
    return withJsonText(data, () => {
      const head = landingCache.head(page);
      return head ? { head, tail: `,"scan":${JSON.stringify(scan)}}` } : JSON.stringify(data);
    });
  },
};
