/**
 * The scan limits by client address across CloudBase's containers (guard.ts scanWindows): the cap across posts and
 * the /56's count per post hold in the store's windows, whichever container serves each scan (a fresh container's
 * memory each time: a cleared scan guard).
 */
import { randomUUID } from 'node:crypto';
import { scanGuard } from '~/cloudfunctions/domain/scan/guard';
import type { Post } from '~/types/domain';
import { buildWorld, invoke, type CloudWorld } from '../support/cloud-world';
import { largeDataset } from './store-fixture';

const NOW = Date.UTC(2026, 10, 27, 2, 0, 10);

let world: CloudWorld;
let posts: Post[];
beforeAll(async () => {
  world = await buildWorld(largeDataset(100), 0, NOW, 0);
  posts = world.data.posts.filter((p) => p.status === 'active');
});
beforeEach(() => scanGuard.clear());
afterAll(() => scanGuard.clear());

/** Whether a scan of `post` by `openid` from `address`, served by a container that has seen nothing, counted. */
async function counted(openid: string, post: Post, address: string, container: number): Promise<boolean> {
  scanGuard.clear();
  const res = await invoke(
    world,
    'scan',
    openid,
    { action: 'land', postId: post.id, scanId: randomUUID() },
    { container, clientAddress: address },
  );
  return (res.result as { data?: { scan?: { recorded: boolean } } }).data?.scan?.recorded === true;
}

test('one address counts at most 60 scans across posts per half hour, whichever containers serve them', async () => {
  expect(posts.length).toBeGreaterThan(60);
  const results = [];
  for (const [i, post] of posts.slice(0, 64).entries())
    results.push(await counted(`o-spread-${i}`, post, '203.0.113.90', i % 4));
  expect(results.filter(Boolean)).toHaveLength(60);
  expect(await counted('o-other-address', posts[63], '203.0.113.91', 0)).toBe(true);
});

test('a /56 counts at most 80 scans of a post (8 /64s’ worth) across containers', async () => {
  world.now += 3600_000;
  let n = 0;
  for (let net = 0; net < 10; net++)
    for (let i = 0; i < 10; i++) {
      const address = `2001:db8:9:${(0x5600 + net).toString(16)}::/64`;
      if (await counted(`o-net-${net}-${i}`, posts[0], address, (net + i) % 4)) n++;
    }
  expect(n).toBe(80);
});
