/**
 * The hourly cap on a resident's submissions (10, across the three kinds) against calls sent all at once: each
 * counts the last hour before any of them has stored its request. On CloudBase the cap is also taken as a window in
 * the store before the insert (domain/requests/submit.ts); the local runtime is one process and holds it there.
 */
import type { Post } from '~/types/domain';
import { callerUser } from '~/cloudfunctions/functions/caller';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter, sharedLimiter, type Limiter } from '~/cloudfunctions/functions/rate-limit';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { buildWorld, invoke, type CloudWorld } from '../support/cloud-world';
import { withFault } from '../support/cloudbase-standin-fault';
import { Client, startHarness } from '../support/local-harness';
import { aidFields, mediationFields, questionFields } from '../support/request-bodies';
import { fixture } from './store-fixture';

const NOW = Date.UTC(2026, 10, 27, 2, 0, 10);

/** `n` submissions, the three kinds in turn (each kind's 5 a minute lets 15 of them past the per-minute limits). */
const bodies = (post: Post, n: number) =>
  Array.from({ length: n }, (_, i) => {
    if (i % 3 === 0) return { action: 'ask', ...questionFields(post.id) };
    if (i % 3 === 1) return { action: 'requestMediation', ...mediationFields(post.id) };
    return { action: 'applyAid', ...aidFields(post.id) };
  });

/**
 * A resident call as the cloud entry runs it (identity, user, dispatch with the container's limiter over the store's
 * windows), but outside the stand-in's one-invocation clock (cloud-world's invoke), so calls overlap as calls served
 * by several containers at once do.
 */
async function overlapping(world: CloudWorld, limiter: Limiter, openid: string, body: Record<string, unknown>) {
  const user = await callerUser(world.store, ROUTES.resident, body, openid);
  const ctx = {
    store: world.store,
    now: () => world.now,
    secrets: { visitorSalt: 'salt', dataKey: Buffer.alloc(32, 7), bootstrapSecret: null },
    contentChecker: { check: async () => 'pass' as const },
    pusher: { push: async () => undefined },
    identity: { openid, user },
    clientAddress: null,
  };
  return { result: (await dispatch('resident', ROUTES.resident, body, ctx, limiter, () => undefined)).result };
}

test('CloudBase: 30 submissions at once from one OPENID over three containers create 10', async () => {
  const world = await buildWorld(fixture(), 0, NOW, 0);
  const post = world.data.posts.filter((p) => p.status === 'active')[0];
  const containers = [0, 1, 2].map(() => sharedLimiter(new RateLimiter(), world.store.windows));
  const sent = bodies(post, 30);
  const replies = await Promise.all(sent.map((body, i) => overlapping(world, containers[i % 3], 'o-burst', body)));
  const created = replies.flatMap((r, i) =>
    r.result.ok && (r.result.data as { created: boolean }).created ? [i] : [],
  );
  expect(created).toHaveLength(10);
  expect(world.standin.dump('requests').filter((d) => d.owner === 'o-burst')).toHaveLength(10);
  const messages = replies.flatMap((r) => (r.result.ok ? [] : [r.result.error.message]));
  expect(messages).toContain('提交太频繁了，每小时最多提交10次，请稍后再试');
  // A minute on (past the per-minute limits), a retry of one that was stored (its reply lost) is still answered
  // quietly at the cap, with the same request.
  world.now += 60_000;
  const retry = await invoke(world, 'resident', 'o-burst', sent[created[0]], { container: 1 });
  expect(retry.result).toMatchObject({ ok: true, data: { created: false } });
  expect((retry.result as { data: { id: string } }).data.id).toBe(
    (replies[created[0]].result as { data: { id: string } }).data.id,
  );
  // An hour later the resident files again.
  world.now += 61 * 60_000;
  const later = await invoke(world, 'resident', 'o-burst', bodies(post, 1)[0], { container: 2 });
  expect(later.result).toMatchObject({ ok: true, data: { created: true } });
});

test('CloudBase: a submission whose insert fails gives its place in the hour back', async () => {
  const world = await buildWorld(fixture(), 0, NOW, 0);
  const post = world.data.posts.filter((p) => p.status === 'active')[0];
  // The first request insert fails before it lands.
  const flaky: CloudWorld = {
    ...world,
    store: createCloudbaseStore(
      withFault(world.standin, (c, op, n) => c === 'requests' && op === 'add' && n === 1),
      { settleMs: 0 },
    ),
  };
  const codes = [];
  for (const body of bodies(post, 12)) {
    const r = await invoke(flaky, 'resident', 'o-flaky', body);
    codes.push(r.result.ok ? 'ok' : r.result.error.code);
  }
  // The failed one took nothing: 10 stored after it, then the cap.
  expect(codes).toEqual(['INTERNAL', ...Array(10).fill('ok'), 'RATE_LIMITED']);
  expect(world.standin.dump('requests').filter((d) => d.owner === 'o-flaky')).toHaveLength(10);
});

test('local runtime: 15 submissions at once from one resident create 10', async () => {
  const h = await startHarness();
  try {
    const post = (await h.store.posts.page(null, 1, 'active'))[0];
    const count = () => (h.store.db.prepare('SELECT COUNT(*) n FROM requests').get() as { n: number }).n;
    const before = count();
    const resident = new Client(h.url);
    await resident.call('resident', { action: 'me' });
    const replies = await Promise.all(bodies(post, 15).map((body) => resident.call('resident', body)));
    expect(replies.filter((r) => r.status === 200 && r.json.data.created)).toHaveLength(10);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(5);
    expect(count()).toBe(before + 10);
  } finally {
    await h.close();
  }
});
