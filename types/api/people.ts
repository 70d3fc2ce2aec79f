/** Contract of 人员管理: the volunteers (法律明白人) of a region, the posts they serve, stopping and restoring them. */
import * as v from 'valibot';
import { PostIdSchema, RegionCodeSchema } from './common';

/** admin.people: volunteers (法律明白人) of a region in the scope, with the posts they serve, paged by id. */
export const PeopleInputSchema = v.strictObject({
  regionCode: v.optional(RegionCodeSchema),
  q: v.optional(v.pipe(v.string('关键词必须是文字'), v.trim(), v.maxLength(20, '关键词不能超过20个字'))),
  afterId: v.optional(v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,40}$/, '编号格式不正确'))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 50),
});
export interface PersonRow {
  volunteerId: string;
  name: string;
  villageName: string;
  isMediator: boolean;
  active: boolean;
  /** True when a WeChat account is bound to this volunteer. */
  bound: boolean;
  posts: Array<{ id: string; name: string }>;
}
export interface PeopleData {
  people: PersonRow[];
  nextAfterId: string | null;
  /** Active posts of the region that no active volunteer serves (无志愿者的先锋岗). */
  unservedPosts: number;
}

/** admin.assignPosts: the posts a volunteer serves (replaces the list); each post must be in the scope. */
export const AssignPostsInputSchema = v.strictObject({
  volunteerId: v.pipe(v.string('志愿者编号必须是文字'), v.regex(/^[0-9A-Za-z_-]{1,40}$/, '志愿者编号格式不正确')),
  postIds: v.pipe(v.array(PostIdSchema, '服务岗位格式不正确'), v.maxLength(20, '最多服务20个先锋岗')),
});

/**
 * admin.deactivate: a volunteer stops serving (停用): removed from every post, their WeChat binding ended; their
 * answers and history stay. `active: true` restores them (with no posts; assign again).
 */
export const DeactivateInputSchema = v.strictObject({
  volunteerId: AssignPostsInputSchema.entries.volunteerId,
  active: v.boolean('请选择停用或恢复'),
});
