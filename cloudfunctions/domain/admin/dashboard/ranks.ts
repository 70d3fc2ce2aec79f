/** The top posts of a period (最活跃先锋岗) and the idle ones (闲置先锋岗), from rollups only. */
import type { PostRank } from '~/types/api/dashboard';
import type { Post } from '~/types/domain';
import { dayKey } from '~/types/day';
import { addDays } from './days';
import { regionName, type RegionTree } from './region-tree';

/** How many posts the top list and the idle list show. */
export const TOP_POSTS = 10;
export const IDLE_SHOWN = 20;
/** A new post gets this many days, its first day included, to be found before it can count as idle (闲置). */
export const IDLE_GRACE_DAYS = 30;

function rank(post: Post, tree: RegionTree, scans: number, last: Map<string, string>): PostRank {
  return {
    postId: post.id,
    name: post.name,
    villageName: regionName(tree, post.villageCode),
    scans,
    lastScanDay: last.get(post.id) ?? null,
  };
}

/** The most scanned posts (ties by id), without posts that had no scan and without retired ones (已撤销). */
export function topPosts(
  posts: Post[],
  counts: Map<string, number>,
  last: Map<string, string>,
  tree: RegionTree,
  limit = TOP_POSTS,
): PostRank[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return [...counts]
    .filter(([id, count]) => count > 0 && byId.get(id)?.status === 'active')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, count]) => rank(byId.get(id) as Post, tree, count, last));
}

/**
 * Active posts with no scan in the `days` days up to `today` (never scanned, or last scanned before them): how
 * many, and the `limit` idle longest (never scanned first, then by last scan day; ties by id). A post set up in
 * the last IDLE_GRACE_DAYS days is not idle yet: its plate may not even hang on the wall.
 */
export function idlePosts(
  posts: Post[],
  last: Map<string, string>,
  today: string,
  days: number,
  tree: RegionTree,
  limit = IDLE_SHOWN,
): { count: number; posts: PostRank[] } {
  const since = addDays(today, 1 - days);
  const settled = addDays(today, 1 - IDLE_GRACE_DAYS);
  const idle = posts
    .filter((p) => p.status === 'active' && dayKey(p.createdAt) < settled && (last.get(p.id) ?? '') < since)
    .sort((a, b) => {
      const la = last.get(a.id) ?? '';
      const lb = last.get(b.id) ?? '';
      return la < lb ? -1 : la > lb ? 1 : a.id < b.id ? -1 : 1;
    });
  return { count: idle.length, posts: idle.slice(0, limit).map((p) => rank(p, tree, 0, last)) };
}
