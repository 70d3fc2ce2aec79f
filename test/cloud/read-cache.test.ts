/** The read cache of heavy reads: one computation per scope and input at a time, kept for the route's time only. */
import * as v from 'valibot';
import type { HandlerContext, RouteTable } from '~/cloudfunctions/domain/context';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { ReadCache } from '~/cloudfunctions/functions/read-cache';

test('callers within the time share one computation, even while it is still running', async () => {
  const cache = new ReadCache();
  let runs = 0;
  const compute = async () => ++runs;
  const [a, b] = await Promise.all([cache.get('k', 1000, 0, compute), cache.get('k', 1000, 10, compute)]);
  expect([a, b, runs]).toEqual([1, 1, 1]);
  expect(await cache.get('k', 1000, 999, compute)).toBe(1);
  // Past the time, or under another key (another scope or input), the figures are computed afresh.
  expect(await cache.get('k', 1000, 1000, compute)).toBe(2);
  expect(await cache.get('other', 1000, 1000, compute)).toBe(3);
});

test('a failed computation is not kept: the next caller tries again', async () => {
  const cache = new ReadCache();
  await expect(cache.get('k', 1000, 0, () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
  expect(await cache.get('k', 1000, 1, async () => 'ok')).toBe('ok');
});

test('a clock that went back does not serve an entry from the future', async () => {
  const cache = new ReadCache();
  await cache.get('k', 1000, 5000, async () => 'later');
  expect(await cache.get('k', 1000, 4000, async () => 'now')).toBe('now');
});

test('through dispatch, admins share figures only within one region, and only where the runtime keeps a cache', async () => {
  let runs = 0;
  const table: RouteTable = {
    figures: {
      schema: v.object({ period: v.string() }),
      cacheMs: 60_000,
      handle: async (ctx) => `${ctx.identity.user?.regionCode}#${++runs}`,
    },
  };
  const admin = (openid: string, regionCode: string) =>
    ({
      identity: { openid, user: { openid, role: 'admin', regionCode } },
      now: () => 0,
      clientAddress: null,
    }) as unknown as HandlerContext;
  const limiter = new RateLimiter();
  const cache = new ReadCache();
  const call = (ctx: HandlerContext, period = '30d', c: ReadCache | null = cache) =>
    dispatch('admin', table, { action: 'figures', period }, ctx, limiter, undefined, c ?? undefined).then(
      (out) => (out.result as { data: string }).data,
    );
  expect(await call(admin('a1', '220802'))).toBe('220802#1');
  expect(await call(admin('a2', '220802'))).toBe('220802#1');
  expect(await call(admin('a3', '220881'))).toBe('220881#2');
  expect(await call(admin('a1', '220802'), '7d')).toBe('220802#3');
  expect(await call(admin('a1', '220802'), '30d', null)).toBe('220802#4');
});
