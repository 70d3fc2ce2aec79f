/** Hand-made rows of the network for store-level tests: a region, a user, a post. */
import type { Post, Region, User } from '~/types/domain';

/** A region row placed at the demo city's centre. */
export function regionRow(code: string, name: string, level: Region['level'], parentCode: string | null): Region {
  return { code, name, level, parentCode, lat: 45.6, lng: 122.8 };
}

/** A user bound with `role` in `regionCode`, labelled after its openid unless `over` says otherwise. */
export function userRow(openid: string, role: User['role'], regionCode: string, over: Partial<User> = {}): User {
  return { openid, role, regionCode, label: `${openid}的名字`, volunteerId: null, serviceId: null, ...over };
}

/** An active post of 平安村 (220802001201, 新立街道, 洮北区) made at `at`, unless `over` says otherwise. */
export function postRow(id: string, at: number, over: Partial<Post> = {}): Post {
  return {
    id,
    name: '平安村先锋岗',
    address: '平安村村委会',
    villageCode: '220802001201',
    townshipCode: '220802001',
    countyCode: '220802',
    lat: 45.62,
    lng: 122.84,
    radiusM: 500,
    status: 'active',
    createdAt: at,
    ...over,
  };
}
