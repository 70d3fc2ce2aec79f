/**
 * admin.stats: today's and the last N days' scans of a post or a region, from the daily counters only. The scope
 * checks are the dashboard's and every other admin action's (./scope); the figures are the dashboard's daily rows.
 */
import { StatsInputSchema, type DayPoint, type StatsData } from '~/types/api';
import { lastDays } from '~/types/day';
import { AppError } from '~/types/errors';
import type { HandlerContext, Route } from '../context';
import { adminScope, postInScope, regionInScope } from './scope';

async function resolveSubject(
  ctx: HandlerContext,
  input: { postId?: string; regionCode?: string },
): Promise<StatsData['subject']> {
  const { scope } = adminScope(ctx);
  if (input.postId !== undefined) {
    const post = await postInScope(ctx, scope, input.postId);
    return { kind: 'post', id: post.id, name: post.name };
  }
  const region = await regionInScope(ctx, scope, input.regionCode ?? scope);
  return { kind: 'region', id: region.code, name: region.name };
}

/** Admins only, inside their own region; the cost is one read of N daily documents whatever the scan volume. */
export const stats: Route<typeof StatsInputSchema, StatsData> = {
  schema: StatsInputSchema,
  roles: ['admin'],
  async handle(ctx, input): Promise<StatsData> {
    if (input.postId !== undefined && input.regionCode !== undefined) {
      throw new AppError('INVALID_INPUT', '岗位和地区只能选一个');
    }
    const subject = await resolveSubject(ctx, input);
    const keys = lastDays(ctx.now(), input.days);
    const rows = await ctx.store.stats.daily(subject.id, keys);
    const byDay = new Map(rows.map((r) => [r.day, r]));
    const days: DayPoint[] = keys.map((day) => ({
      day,
      count: byDay.get(day)?.count ?? 0,
      unique: byDay.get(day)?.unique ?? 0,
    }));
    return {
      subject,
      today: days[days.length - 1],
      days,
      total: { count: days.reduce((sum, d) => sum + d.count, 0) },
    };
  },
};
