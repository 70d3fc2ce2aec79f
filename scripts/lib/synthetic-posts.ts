/**
 * Many generated posts spread over Baicheng's extent, written straight into a SQLite store: for the nearest-post
 * benchmark (1 M) and its correctness test (fewer). Not demo data: every post sits in one village.
 */
import { cellOf } from '~/cloudfunctions/geo/grid';
import type { SqliteStore } from '~/cloudfunctions/store/sqlite';
import { mulberry32 } from '../seed/prng';

/** The rectangle the posts are spread over (≈ 2° × 2.8°, the city's extent). */
export const BAICHENG_BOX = { lat: 44.3, lng: 121.6, dLat: 2.0, dLng: 2.8 };

/** Every 50th post is retired, so searches must skip some. */
export const isRetired = (i: number) => i % 50 === 0;

/** Inserts `n` posts and returns their coordinates by generation index. */
export function loadSyntheticPosts(
  store: SqliteStore,
  n: number,
  seed = 1,
): { lats: Float64Array; lngs: Float64Array } {
  const rnd = mulberry32(seed);
  const lats = new Float64Array(n);
  const lngs = new Float64Array(n);
  const cells = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lats[i] = BAICHENG_BOX.lat + rnd() * BAICHENG_BOX.dLat;
    lngs[i] = BAICHENG_BOX.lng + rnd() * BAICHENG_BOX.dLng;
    cells[i] = cellOf({ lat: lats[i], lng: lngs[i] });
  }
  // Inserted in cell order with ids in the same order, so every index grows at its end: a fast load.
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => cells[a] - cells[b]);
  const insert = store.db.prepare(
    `INSERT INTO posts (id, name, address, village_code, township_code, county_code, lat, lng, radius_m, status,
       created_at, cell)
     VALUES (?, '先锋岗', '地址', '220802001001', '220802001', '220802', ?, ?, 500, ?, 0, ?)`,
  );
  store.db.transaction(() => {
    order.forEach((i, k) => {
      insert.run(
        `g${k.toString(36).padStart(8, '0')}`,
        lats[i],
        lngs[i],
        isRetired(i) ? 'retired' : 'active',
        cells[i],
      );
    });
  })();
  return { lats, lngs };
}

/** `count` query points inside the box, away from its edges. */
export function queryPoints(count: number, seed = 42): { lat: number; lng: number }[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    lat: BAICHENG_BOX.lat + 0.1 + rnd() * (BAICHENG_BOX.dLat - 0.2),
    lng: BAICHENG_BOX.lng + 0.1 + rnd() * (BAICHENG_BOX.dLng - 0.2),
  }));
}
