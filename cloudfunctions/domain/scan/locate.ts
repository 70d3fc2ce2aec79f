/**
 * scan.locate: a location that follows its scan — the resident allowed location only after the landing rendered,
 * or the fix came after the scan call left. It completes the same scan (same scanId, same visitor, made in the
 * last LOCATE_WINDOW_MS), so a scan is never counted twice; only the rounded distance and, outside the circle,
 * a ~200 m cell are kept, as scan.land does.
 */
import { LocateInputSchema, type LocateReply } from '~/types/api';
import { AppError } from '~/types/errors';
import { cellOf } from '../../geo/cells';
import { distanceM } from '../../geo/distance';
import type { HandlerContext, Route } from '../context';
import { scanSubjects } from '../scope';
import { visitorHash } from '../visitor';
import { scanGuard } from './guard';

/** A fix is taken for a scan made at most this long ago: later, it says little about where the plate was read. */
export const LOCATE_WINDOW_MS = 10 * 60 * 1000;

/** The follow-up route: anyone may call it for their own scan; as often as scan.land at most. */
export const locate: Route<typeof LocateInputSchema, LocateReply> = {
  schema: LocateInputSchema,
  perMinute: 60,
  perAddress: 600,
  openidOnly: true,
  async handle(ctx: HandlerContext, input): Promise<LocateReply> {
    const post = await ctx.store.posts.byId(input.postId);
    if (!post) throw new AppError('POST_NOT_FOUND');
    const dist = Math.round(distanceM(input.location, post) / 10) * 10;
    const inCircle = dist <= post.radiusM;
    const visitor = visitorHash(ctx.secrets.visitorSalt, ctx.identity.openid ?? 'anonymous');
    // A claim like scan.land's: an implausible fix (outside the city, a jump no one could travel, or past its
    // address's believed locations of the half hour) is not kept.
    if (!scanGuard.plausible(visitor, { ...input.location, at: ctx.now() }, ctx.clientAddress)) {
      return { located: false, distanceM: dist, inCircle };
    }
    const outcome = await ctx.store.scans.locate(
      {
        scanId: input.scanId,
        postId: post.id,
        visitor,
        distanceM: dist,
        inCircle,
        cell: inCircle ? null : cellOf(input.location),
        since: ctx.now() - LOCATE_WINDOW_MS,
      },
      scanSubjects(post),
    );
    // 'unchanged' is a retry of a fix already kept: as good as done. 'missing' keeps nothing and says so.
    return { located: outcome !== 'missing', distanceM: dist, inCircle };
  },
};
