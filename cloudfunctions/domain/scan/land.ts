/** scan.land: the hot path. Log one scan (idempotent by scanId) and return the landing page in one reply. */
import { LandInputSchema, type LandingData } from '../../../types/api';
import { AppError } from '../../../types/errors';
import { cellOf } from '../../store/cells';
import { distanceM } from '../../store/geo';
import type { HandlerContext, Route } from '../context';
import { scanSubjects } from '../scope';
import { visitorHash } from '../visitor';
import { LandingCache } from './landing';

/** Scans queued offline are accepted for this long after they were made. */
export const MAX_SCAN_AGE_MS = 30 * 24 * 3600 * 1000;

/** Shared by every call in this process (a warm cloud function container or the local server). */
export const landingCache = new LandingCache();

/** The landing route: anyone may call it; 60 scans a minute per identity is far above any honest use. */
export const land: Route<typeof LandInputSchema, LandingData> = {
  schema: LandInputSchema,
  perMinute: 60,
  async handle(ctx: HandlerContext, input): Promise<LandingData> {
    const now = ctx.now();
    const post = await ctx.store.posts.byId(input.postId);
    if (!post) throw new AppError('POST_NOT_FOUND');
    if (post.status === 'retired') throw new AppError('POST_RETIRED');

    // A phone's clock may run ahead; a time in the future is taken as now, one too old is refused.
    const at = input.at === undefined ? now : Math.min(input.at, now);
    if (now - at > MAX_SCAN_AGE_MS) throw new AppError('INVALID_INPUT', '扫码时间过早，记录未保存');

    // Only the distance to the post is kept, rounded to 10 m; the coordinates themselves are dropped here.
    const dist = input.location ? Math.round(distanceM(input.location, post) / 10) * 10 : null;
    const inCircle = dist === null ? null : dist <= post.radiusM;
    // Outside the circle only the centre of a ~200 m cell is kept (for the coverage map), never the point itself.
    const cell = input.location && inCircle === false ? cellOf(input.location) : null;
    const visitor = visitorHash(ctx.secrets.visitorSalt, ctx.identity.openid ?? 'anonymous');
    const outcome = await ctx.store.scans.record(
      { scanId: input.scanId, postId: post.id, visitor, at, source: input.source, distanceM: dist, inCircle, cell },
      scanSubjects(post),
    );
    if (outcome === 'conflict') throw new AppError('SCAN_ID_CONFLICT');

    const page = await landingCache.get(ctx.store, post, now);
    return { ...page, scan: { recorded: outcome === 'recorded', distanceM: dist, inCircle } };
  },
};
