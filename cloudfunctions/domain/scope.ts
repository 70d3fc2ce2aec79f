/** Region scope of admins and staff: what lies inside whose area. */
import { CITY_CODE } from '../../types/ids';
import type { Post } from '../../types/domain';

/**
 * True when `code` lies inside the region `scope`. Chinese administrative codes nest by prefix, except that a
 * prefecture-level city (XXXX00) contains the counties XXXXnn: so the city's prefix is its first four digits.
 */
export function regionContains(scope: string, code: string): boolean {
  const prefix = scope.length === 6 && scope.endsWith('00') ? scope.slice(0, 4) : scope;
  return code.startsWith(prefix);
}

/** The subjects whose daily counters a scan of this post bumps: the post and every region above it. */
export function scanSubjects(post: Post): string[] {
  return [post.id, post.villageCode, post.townshipCode, post.countyCode, CITY_CODE];
}
