/**
 * Benchmark of the nearest posts to a point (DESIGN budget: ≤ 1 ms median with 1 M posts), through the sqlite
 * store's grid index, against a baseline run beside it: one full pass over the same posts' coordinates.
 * Usage: npm run bench (runs all) or `tsx bench/near.ts [--posts 1000000]`
 */
import { performance } from 'node:perf_hooks';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { loadSyntheticPosts, queryPoints } from '~/scripts/lib/synthetic-posts';
import { NEARBY_LIMIT } from '~/types/api/nearby';
import { median, quantile } from './stats';

const i = process.argv.indexOf('--posts');
const N = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;

async function main(): Promise<void> {
  const store = openSqliteStore(':memory:');
  const loadStart = performance.now();
  const { lats, lngs } = loadSyntheticPosts(store, N);
  const loadMs = performance.now() - loadStart;
  const points = queryPoints(2000);
  for (const p of points.slice(0, 200)) await store.posts.near(p, NEARBY_LIMIT); // warm the page cache

  const grid: number[] = [];
  for (const p of points) {
    const t = performance.now();
    await store.posts.near(p, NEARBY_LIMIT);
    grid.push(performance.now() - t);
  }
  // The baseline: what any index must beat, a pass over every coordinate already in memory.
  const scan: number[] = [];
  for (const p of points.slice(0, 20)) {
    const t = performance.now();
    let best = Infinity;
    for (let k = 0; k < N; k++) best = Math.min(best, distanceM(p, { lat: lats[k], lng: lngs[k] }));
    scan.push(performance.now() - t);
  }
  await store.close();
  const g = median(grid);
  const s = median(scan);
  console.log(`nearest posts bench: ${N} posts (loaded in ${(loadMs / 1000).toFixed(1)} s), ${points.length} points`);
  console.log(`  full pass in memory : median ${s.toFixed(2)} ms`);
  console.log(`  posts.near (grid)   : median ${g.toFixed(3)} ms, p99 ${quantile(grid, 0.99).toFixed(3)} ms`);
  console.log(`  ratio               : ${(g / s).toFixed(4)} × full pass; budget: median ≤ 1 ms`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
