/**
 * The demo network cut down to one or a few counties and the city above them: loading all of Baicheng into the
 * CloudBase stand-in takes a while, and one county is plenty for most behaviour. Written once so every test cuts
 * the network the same way.
 */
import type { Dataset } from '~/cloudfunctions/store/port';
import { demoDataset } from './local-harness';

/** Baicheng (白城市): the city level every county cut keeps, for city-wide settings and admins. */
export const CITY = '220800';

/**
 * The regions, posts, service points and volunteers of `counties` (and the city's own region and service points),
 * with every demo user; `over` replaces any part (e.g. `{ volunteers: [], users: [] }` for an empty directory).
 */
export function countyNetwork(counties: string | readonly string[], over: Partial<Dataset> = {}): Dataset {
  const data = demoDataset();
  const codes = typeof counties === 'string' ? [counties] : counties;
  const keep = (code: string) => code === CITY || codes.some((c) => code.startsWith(c));
  return {
    regions: data.regions.filter((r) => keep(r.code)),
    posts: data.posts.filter((p) => codes.includes(p.countyCode)),
    services: data.services.filter((s) => keep(s.regionCode)),
    volunteers: data.volunteers.filter((v) => codes.some((c) => v.villageCode.startsWith(c))),
    users: data.users,
    ...over,
  };
}
