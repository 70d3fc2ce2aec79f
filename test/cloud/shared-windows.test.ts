/**
 * Limits that hold across CloudBase's containers. The service runs a function in as many containers as its load
 * asks for, each with its own memory: a limit kept in memory alone let one caller make its limit's worth of calls
 * in every container, and count a visit once per container. The store's windows (store/cloudbase/rate-windows.ts)
 * are shared by all of them. A "container" here is a limiter of its own and, for scans, a cleared scan guard (what
 * a fresh container's memory holds).
 */
import { randomUUID } from 'node:crypto';
import { scanGuard } from '~/cloudfunctions/domain/scan/guard';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import type { Post } from '~/types/domain';
import { buildWorld, invoke, type CloudWorld } from '../support/cloud-world';
import { questionFields } from '../support/request-bodies';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { withFault } from '../support/cloudbase-standin-fault';
import { fixture } from './store-fixture';

const NOW = Date.UTC(2026, 10, 27, 2, 0, 10);
const MINUTE = 60_000;

let world: CloudWorld;
let post: Post;
let other: Post;
beforeEach(async () => {
  world = await buildWorld(fixture(), 0, NOW, 0);
  [post, other] = world.data.posts.filter((p) => p.status === 'active');
  scanGuard.clear();
});
afterEach(() => scanGuard.clear());

const codeOf = (r: { result: { ok: boolean; error?: { code: string } } }) =>
  r.result.ok ? 'ok' : r.result.error?.code;
const windowDocs = () => world.standin.dump('meta').filter((d) => String(d._id).startsWith('win.'));

/** A scan of `target` by `openid`, served by `container` (a fresh container's memory each time it changes). */
async function land(openid: string, target: Post, container: number, clientAddress: string | null = null) {
  return invoke(
    world,
    'scan',
    openid,
    { action: 'land', postId: target.id, scanId: randomUUID() },
    { container, clientAddress },
  );
}

const recorded = (r: Awaited<ReturnType<typeof land>>) =>
  (r.result as { data?: { scan?: { recorded: boolean } } }).data?.scan?.recorded;

test("a resident's question limit (5 a minute) holds across three containers", async () => {
  const codes = [];
  for (let i = 0; i < 9; i++) {
    const res = await invoke(
      world,
      'resident',
      'o-asker',
      { action: 'ask', ...questionFields(post.id) },
      { container: i % 3 },
    );
    codes.push(codeOf(res));
  }
  // Each container alone would have let 5 through (9 in all here); the store's windows let 5.
  expect(codes.filter((c) => c === 'ok')).toHaveLength(5);
  expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
  // The next minute is a new window.
  world.now += MINUTE;
  const next = await invoke(
    world,
    'resident',
    'o-asker',
    { action: 'ask', ...questionFields(post.id) },
    { container: 2 },
  );
  expect(codeOf(next)).toBe('ok');
});

test('one visit is counted once, whichever containers the repeats reach; another post is another visit', async () => {
  const results = [];
  for (let container = 0; container < 4; container++) {
    scanGuard.clear();
    results.push(recorded(await land('o-visitor', post, container)));
  }
  expect(results).toEqual([true, false, false, false]);
  expect(recorded(await land('o-visitor', other, 1))).toBe(true);
  const counter = world.standin.dump('daily_stats').find((d) => d._id === `${post.id}_20261127`);
  expect(counter).toMatchObject({ count: 1, unique: 1 });
});

test('the scans of one address per post per half hour (10) hold across containers', async () => {
  const results = [];
  for (let i = 0; i < 14; i++) {
    scanGuard.clear();
    results.push(recorded(await land(`o-neighbour-${i}`, post, i % 4, '203.0.113.9')));
  }
  expect(results.filter(Boolean)).toHaveLength(10);
  // Another address is not held by it.
  expect(recorded(await land('o-elsewhere', post, 0, '198.51.100.4'))).toBe(true);
});

test('the scan rate of one identity (60 a minute) holds across containers, answered 429', async () => {
  const posts = world.data.posts.filter((p) => p.status === 'active');
  const codes = [];
  for (let i = 0; i < 64; i++) codes.push(codeOf(await land('o-scripted', posts[i % posts.length], i % 4)));
  expect(codes.filter((c) => c === 'ok')).toHaveLength(60);
  expect(codes.slice(60)).toEqual(Array(4).fill('RATE_LIMITED'));
});

test('a scan whose write fails gives its windows back, so the retry counts; the timer sweeps spent windows', async () => {
  // The scan document's insert fails once, before it lands.
  const flaky: CloudWorld = {
    ...world,
    store: createCloudbaseStore(
      withFault(world.standin, (c, op, n) => c === 'scans' && op === 'add' && n === 1),
      { settleMs: 0 },
    ),
  };
  const body = { action: 'land', postId: post.id, scanId: randomUUID() };
  expect(codeOf(await invoke(flaky, 'scan', 'o-retry', body))).toBe('INTERNAL');
  expect(world.standin.dump('scans')).toEqual([]);
  scanGuard.clear();
  const again = await invoke(flaky, 'scan', 'o-retry', body, { container: 1 });
  expect(recorded(again)).toBe(true);

  expect(windowDocs().length).toBeGreaterThan(0);
  const report = await runTick({
    store: world.store,
    now: world.now + 61 * MINUTE,
    pusher: { push: async () => undefined },
  });
  expect(report.claimsSwept).toBeGreaterThan(0);
  expect(windowDocs()).toEqual([]);
});
