/**
 * Posts by id, remembered: every scan reads its post first, and on this machine an SQLite read costs its locking
 * system calls (≈ 15 µs a lookup, measured) whatever the row. Posts change rarely and only through this store's
 * own `posts.create` / `posts.update` / `load`, which clear the cache, so an answer is exact for this process; the
 * TTL bounds how long a change made by another process (a script on the same file) can go unseen.
 */
import { trimOldest } from '../../memory/bounded-map';
import type { Post } from '~/types/domain';

/** How long a remembered post is trusted without a write through this store (ms). */
export const POST_CACHE_TTL_MS = 30_000;
/** Past this many posts the oldest go first (Baicheng has 5,292). */
const MAX_POSTS = 20_000;

/** A per-store cache of `posts.byId` answers, misses included. */
export class PostCache {
  private readonly entries = new Map<string, { at: number; post: Post | null }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The post of `id`, read through `read` at most once per TTL. */
  get(id: string, read: (id: string) => Post | null): Post | null {
    const at = this.now();
    const hit = this.entries.get(id);
    if (hit && at - hit.at < POST_CACHE_TTL_MS) return hit.post;
    const post = read(id);
    this.entries.set(id, { at, post });
    trimOldest(this.entries, MAX_POSTS);
    return post;
  }

  /** Forgets everything: called on every post write through the store. */
  clear(): void {
    this.entries.clear();
  }
}
