/** Region scope of admins and staff: what lies inside whose area. */
import { CITY_CODE } from '~/types/ids';
import type { Post, User } from '~/types/domain';
import type { RequestRow, Store } from '../store/port';

/**
 * True when `code` lies inside the region `scope`. Chinese administrative codes nest by prefix, except that a
 * prefecture-level city (XXXX00) contains the counties XXXXnn: so the city's prefix is its first four digits.
 */
export function regionContains(scope: string, code: string): boolean {
  return code.startsWith(regionPrefix(scope));
}

/** The code prefix of everything inside `scope` (what the store's `inRegion(prefix)` queries take). */
export function regionPrefix(scope: string): string {
  return scope.length === 6 && scope.endsWith('00') ? scope.slice(0, 4) : scope;
}

/** The subjects whose daily counters a scan of this post bumps: the post and every region above it. */
export function scanSubjects(post: Post): string[] {
  return [post.id, post.villageCode, post.townshipCode, post.countyCode, CITY_CODE];
}

/**
 * The assignees a worker acts for (their "units"): `post:<id>` for each post their volunteer row serves
 * (volunteers and mediators), plus their service point (mediators and staff). Empty for everyone else.
 */
export async function unitsOf(store: Store, user: User | null): Promise<string[]> {
  if (!user) return [];
  const units: string[] = [];
  if ((user.role === 'volunteer' || user.role === 'mediator') && user.volunteerId) {
    const row = await store.volunteers.byId(user.volunteerId);
    for (const id of row?.postIds ?? []) units.push(`post:${id}`);
  }
  if ((user.role === 'mediator' || user.role === 'staff') && user.serviceId) units.push(user.serviceId);
  return units;
}

/**
 * True when the worker may see and act on the request: it is assigned to one of their units, and of a kind their
 * role handles (volunteers: questions; mediators: questions and mediation; staff: any kind at their unit).
 */
export function canSee(user: User | null, units: readonly string[], row: Pick<RequestRow, 'assignee' | 'kind'>) {
  if (!user || !units.includes(row.assignee)) return false;
  if (user.role === 'volunteer') return row.kind === 'question';
  if (user.role === 'mediator') return row.kind === 'question' || row.kind === 'mediation';
  return user.role === 'staff';
}
