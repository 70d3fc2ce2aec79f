/** Hand-made rows of the network for store-level tests: a region, a user. */
import type { Region, User } from '~/types/domain';

/** A region row placed at the demo city's centre. */
export function regionRow(code: string, name: string, level: Region['level'], parentCode: string | null): Region {
  return { code, name, level, parentCode, lat: 45.6, lng: 122.8 };
}

/** A user bound with `role` in `regionCode`, labelled after its openid unless `over` says otherwise. */
export function userRow(openid: string, role: User['role'], regionCode: string, over: Partial<User> = {}): User {
  return { openid, role, regionCode, label: `${openid}的名字`, volunteerId: null, serviceId: null, ...over };
}
