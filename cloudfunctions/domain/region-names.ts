/** Region names for lists that show where each row is (admins, invites, posts, service points, nearby posts). */
import type { Store } from '../store/port';

/** Names of regions by code, one read for all (codes not found are left out). */
export async function regionNames(store: Store, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const regions = await store.regions.byCodes([...new Set(codes)]);
  return new Map(regions.map((r) => [r.code, r.name]));
}
