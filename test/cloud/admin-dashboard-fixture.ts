/** Shared setup of the dashboard, coverage and export tests: scans recorded into the real SQLite store. */
import { randomUUID } from 'node:crypto';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import type { Store } from '~/cloudfunctions/store/port';
import { cellOf } from '~/cloudfunctions/geo/cells';
import type { GeoPoint, Post } from '~/types/domain';

export const DAY = 24 * 3600 * 1000;

/** Records `n` scans of `post` at `at` through the store's write path (as scan.land does), by `visitor`. */
export async function recordScans(
  store: Store,
  post: Post,
  at: number,
  n: number,
  opts: { visitor?: string; from?: GeoPoint; distanceM?: number } = {},
): Promise<void> {
  for (let i = 0; i < n; i++) {
    const dist = opts.distanceM ?? null;
    const inCircle = dist === null ? null : dist <= post.radiusM;
    const outcome = await store.scans.record(
      {
        scanId: randomUUID(),
        postId: post.id,
        visitor: opts.visitor ?? `visitor-${randomUUID()}`,
        at,
        source: 'qr',
        distanceM: dist,
        inCircle,
        cell: inCircle === false && opts.from ? cellOf(opts.from) : null,
      },
      scanSubjects(post),
    );
    if (outcome !== 'recorded') throw new Error(`scan not recorded: ${outcome}`);
  }
}

/** The active posts of a village, in id order. */
export async function villagePosts(store: Store, villageCode: string): Promise<Post[]> {
  return store.posts.inRegion(villageCode, null, 100, { status: 'active' });
}

/**
 * A point outside every circle: from `from`, steps north 0.004° (≈ 450 m) at a time until the nearest active post
 * is more than `clearM` away, so scans from there (and from the next cell) count for the coverage page.
 */
export async function awayFromPosts(store: Store, from: GeoPoint, clearM = 900): Promise<GeoPoint> {
  for (let k = 0; k < 200; k++) {
    const point = { lat: from.lat + k * 0.004, lng: from.lng };
    const [nearest] = await store.posts.near(point, 1);
    if (!nearest || nearest.distanceM > clearM) return point;
  }
  throw new Error('no point clear of every post north of the start');
}
