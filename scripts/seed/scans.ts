/**
 * A generated year of scans (演示数据) for the dashboard: N raw scans over the 365 days before `endMs`, written
 * straight into the SQLite scans table, after which the store rebuilds every aggregate from them (the same
 * `stats.rebuild` the repair command runs). Deterministic for a given N and end day.
 *
 * The shape is what a bureau would see: use grows over the year and peaks in the slack farming months and before
 * the Spring Festival; mornings, afternoons and evenings; a few posts much busier than most; about 2 % of posts
 * gone quiet for the last two months (a damaged plate) and 1 % never scanned; 40 % of scans share a location,
 * most from inside the 500 m circle; and in each county two places where people keep scanning from outside every
 * circle — where a new post is missing.
 */
import Database from 'better-sqlite3';
import { cellOf } from '~/cloudfunctions/geo/cells';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { CST_OFFSET_MS, DAY_MS } from '~/types/day';
import type { GeoPoint, Post, Region } from '~/types/domain';
import { offset } from './geo';
import { createRng, type Rng } from './prng';

/** Relative weight of each hour of the day (China time): mornings, afternoons, evenings after work. */
const HOUR_WEIGHTS = [1, 0, 0, 0, 0, 1, 3, 6, 9, 11, 10, 7, 5, 6, 8, 9, 8, 7, 7, 9, 10, 7, 4, 2];
/** Monday … Sunday: market days and weekends are busier in the villages. */
const WEEKDAY_WEIGHTS = [0.9, 0.85, 0.9, 0.95, 1.0, 1.3, 1.25];
/** January … December: the slack farming months (农闲) and the weeks before the Spring Festival. */
const MONTH_WEIGHTS = [1.35, 1.3, 1.0, 0.8, 0.75, 0.8, 0.85, 0.85, 0.8, 0.9, 1.1, 1.25];

/** One generated place where people scan from outside every circle. */
export interface MissingPost {
  countyCode: string;
  at: GeoPoint;
  /** The active post they end up scanning (the nearest one). */
  postId: string;
}

/** What was generated. */
export interface GeneratedScans {
  scans: number;
  missing: MissingPost[];
  ms: number;
}

function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** Index drawn from a cumulative weight table (binary search). */
function draw(cum: Float64Array, rng: Rng): number {
  const x = rng.next() * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A 32-hex visitor id, as the real salted hash looks (domain/visitor.ts), from a number. */
function visitorId(n: number): string {
  let h1 = (0x811c9dc5 ^ n) >>> 0;
  let h2 = (0x01000193 ^ (n * 2654435761)) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    h1 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) >>> 0;
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0x297a2d39) >>> 0;
    out.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, '0'));
  }
  return out.join('');
}

/** Two places per county, each about 1.5 km from a village and more than 650 m from every active post. */
export function missingPosts(posts: Post[], villages: Region[]): MissingPost[] {
  const rng = createRng('missing-posts');
  const active = posts.filter((p) => p.status === 'active');
  const out: MissingPost[] = [];
  for (const county of [...new Set(villages.map((v) => v.code.slice(0, 6)))].sort()) {
    const inCounty = villages.filter((v) => v.code.startsWith(county));
    let tries = 0;
    while (out.filter((m) => m.countyCode === county).length < 2 && tries++ < 500) {
      const at = offset(rng.pick(inCounty), rng.between(1200, 2200), rng.between(0, 2 * Math.PI));
      let nearest: Post | null = null;
      let best = Infinity;
      for (const p of active) {
        const d = distanceM(p, at);
        if (d < best) [best, nearest] = [d, p];
      }
      const apart = out.every((m) => distanceM(m.at, at) > 3000);
      if (nearest?.countyCode === county && best > 650 && best < 2500 && apart)
        out.push({ countyCode: county, at, postId: nearest.id });
    }
  }
  return out;
}

/**
 * Writes `count` scans into the scans table of the SQLite file `file` (which must hold the seeded network), for
 * the 365 days ending with the day of `endMs`. The caller rebuilds the aggregates afterwards.
 */
export function writeScans(
  file: string,
  posts: Post[],
  regions: Region[],
  count: number,
  endMs: number,
): GeneratedScans {
  const started = performance.now();
  const rng = createRng(`scans-${count}`);
  const active = posts.filter((p) => p.status === 'active');
  const villages = regions.filter((r) => r.level === 'village');
  const missing = missingPosts(posts, villages);
  const byId = new Map(active.map((p) => [p.id, p]));

  // Posts: a skewed popularity; 1 % never scanned, 2 % quiet for the last 60 days.
  const weight = active.map(() => (rng.chance(0.01) ? 0 : Math.exp(rng.between(-1.2, 1.2) + rng.between(-0.6, 0.6))));
  const quiet = active.map((_, i) => weight[i] > 0 && rng.chance(0.02));
  const cumAll = cumulative(weight);
  const cumRecent = cumulative(weight.map((w, i) => (quiet[i] ? 0 : w)));
  // Visitors: each village has a pool of residents, some of whom come back often.
  const villagePosts = new Map<string, number>();
  for (const p of active) villagePosts.set(p.villageCode, (villagePosts.get(p.villageCode) ?? 0) + 1);
  const villageBase = new Map<string, number>();
  let base = 0;
  for (const [code, n] of villagePosts) {
    villageBase.set(code, base);
    base += n * 150;
  }

  // Days: growth over the year × month × weekday.
  const endDay = Math.floor((endMs + CST_OFFSET_MS) / DAY_MS);
  const dayWeights: number[] = [];
  for (let d = 0; d < 365; d++) {
    const date = new Date((endDay - 364 + d) * DAY_MS);
    const weekday = (date.getUTCDay() + 6) % 7;
    dayWeights.push((0.6 + (0.6 * d) / 364) * MONTH_WEIGHTS[date.getUTCMonth()] * WEEKDAY_WEIGHTS[weekday]);
  }
  const dayTotal = dayWeights.reduce((a, b) => a + b, 0);
  const hourCum = cumulative(HOUR_WEIGHTS);
  const missingShare = 0.0015; // of all scans, per missing place

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO scans (scan_id, post_id, visitor, at, source, distance_m, in_circle, cell_lat, cell_lng)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  let carry = 0;
  const writeDay = db.transaction((d: number, n: number) => {
    const dayStart = (endDay - 364 + d) * DAY_MS - CST_OFFSET_MS;
    const recent = d >= 365 - 60;
    for (let k = 0; k < n; k++) {
      let at = dayStart + draw(hourCum, rng) * 3600_000 + Math.floor(rng.next() * 3600_000);
      if (at > endMs) at = dayStart + Math.floor(rng.next() * (endMs - dayStart));
      const source = rng.chance(0.82) ? 'qr' : rng.chance(0.67) ? 'recent' : 'link';
      let post: Post;
      let distance: number | null = null;
      let inCircle: number | null = null;
      let cell: GeoPoint | null = null;
      const m = rng.next() < missingShare * missing.length ? missing[Math.floor(rng.next() * missing.length)] : null;
      if (m) {
        post = byId.get(m.postId)!;
        const from = offset(m.at, rng.between(0, 180), rng.between(0, 2 * Math.PI));
        distance = Math.round(distanceM(post, from) / 10) * 10;
        inCircle = 0;
        cell = cellOf(from);
      } else {
        post = active[draw(recent ? cumRecent : cumAll, rng)];
        if (rng.chance(0.4)) {
          const outside = rng.chance(0.12);
          const from = offset(post, outside ? rng.between(520, 1500) : rng.between(10, 480), rng.between(0, 6.283));
          distance = Math.round(distanceM(post, from) / 10) * 10;
          inCircle = distance <= post.radiusM ? 1 : 0;
          cell = inCircle ? null : cellOf(from);
        }
      }
      const pool = (villagePosts.get(post.villageCode) ?? 1) * 150;
      const visitor = visitorId(villageBase.get(post.villageCode)! + Math.floor(pool * rng.next() ** 2));
      insert.run(
        `g${(written + 1).toString(36).padStart(8, '0')}`,
        post.id,
        visitor,
        at,
        source,
        distance,
        inCircle,
        cell?.lat ?? null,
        cell?.lng ?? null,
      );
      written++;
    }
  });
  try {
    for (let d = 0; d < 365; d++) {
      const exact = (count * dayWeights[d]) / dayTotal + carry;
      const n = d === 364 ? count - written : Math.floor(exact);
      carry = exact - n;
      writeDay(d, n);
    }
  } finally {
    db.close();
  }
  return { scans: written, missing, ms: Math.round(performance.now() - started) };
}
