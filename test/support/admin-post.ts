/**
 * A post (先锋岗) as admin.posts lists it, in 平台镇新立村 of 洮北区 — the one the admin page tests and the simulated
 * weapp's 岗位管理 show — written once; each test names what differs.
 */
import type { AdminPost } from '~/types/api';

/** 新立村's post `id` called `name`, served by `volunteers` volunteers; `extra` replaces any field. */
export function adminPost(id: string, name: string, volunteers: number, extra: Partial<AdminPost> = {}): AdminPost {
  return {
    id,
    name,
    address: '村委会',
    villageCode: '220802100201',
    townshipCode: '220802100',
    countyCode: '220802',
    lat: 45.62,
    lng: 122.84,
    radiusM: 500,
    status: 'active',
    createdAt: 0,
    villageName: '新立村',
    townshipName: '平台镇',
    volunteers,
    mediators: 0,
    ...extra,
  };
}
