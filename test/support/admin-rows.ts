/** Rows of the admin pages as the admin function returns them, shared by the unit and simulator tests. */
import type { PersonRow, Plate } from '~/types/api';

/** A bound, active volunteer of 新立村 serving 新立村先锋岗, with `extra` on top (人员管理's row). */
export const personRow = (volunteerId: string, name: string, extra: Partial<PersonRow> = {}): PersonRow => ({
  volunteerId,
  name,
  villageName: '新立村',
  isMediator: false,
  active: true,
  bound: true,
  posts: [{ id: 'TB-PT-0001', name: '新立村先锋岗' }],
  ...extra,
});

/** The 二维码牌 of post `id` in 平台镇新立村, with its QR image and short link. */
export const plateRow = (id: string): Plate => ({
  postId: id,
  name: `${id}号先锋岗`,
  villageName: '新立村',
  townshipName: '平台镇',
  imageUrl: `/qr/${id}.svg`,
  link: `/s/${id}`,
});
