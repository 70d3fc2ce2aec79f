/**
 * Contract of running the network of posts (岗位管理): create, edit, move, retire, bulk import from CSV, QR plates
 * (二维码牌) and their printable sheet, and the people who serve the posts (人员管理).
 */
import * as v from 'valibot';
import { plainLine } from './text';
import { PersonNameSchema } from './workInput';
import type { Post } from '../domain';
import { LocationSchema, PostIdSchema, RegionCodeSchema, SubmissionIdSchema } from './common';

export * from './people';
export * from './plates';
export * from './postImport';

/** A post's name or address: trimmed, 2 to `max` characters. */
const postTextSchema = (label: string, max: number) =>
  v.pipe(
    v.string(`${label}必须是文字`),
    plainLine,
    v.trim(),
    // Empty and too short are different mistakes with different fixes: the message names which one it is.
    v.nonEmpty(`请填写${label}`),
    v.minLength(2, `${label}至少2个字`),
    v.maxLength(max, `${label}不能超过${max}个字`),
  );
const NameSchema = postTextSchema('名称', 30);
const AddressSchema = postTextSchema('地址', 60);
/** Coordinates must also lie inside the city (checked by the handler: 400 OUTSIDE_CITY). */
const { lat: LatSchema, lng: LngSchema } = LocationSchema.entries;
const VillageCodeSchema = v.pipe(
  v.string('村代码必须是文字'),
  v.nonEmpty('请填写村代码'),
  v.regex(/^\d{12}$/, '村代码应为12位数字'),
);

/** admin.posts: the posts of a region inside the scope, any status, id order, paged; `q` filters by name. */
export const PostsInputSchema = v.strictObject({
  regionCode: v.optional(RegionCodeSchema),
  status: v.optional(v.picklist(['active', 'retired'] as const, '状态不正确')),
  q: v.optional(v.pipe(v.string('关键词必须是文字'), v.trim(), v.maxLength(20, '关键词不能超过20个字'))),
  /** Only posts no volunteer serves (无志愿者). */
  unserved: v.optional(v.boolean('筛选条件不正确')),
  afterId: v.optional(PostIdSchema),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 50),
});

/** A post as the admin list shows it. */
export interface AdminPost extends Post {
  villageName: string;
  townshipName: string;
  /** How many volunteers serve it; 0 is flagged (无志愿者). */
  volunteers: number;
  /** How many of them are mediators (调解员). */
  mediators: number;
}
export interface PostsData {
  posts: AdminPost[];
  /** Pass as `afterId` for the next page; null at the end. */
  nextAfterId: string | null;
}

/** One change of a post (岗位变更记录). */
export interface PostHistoryEntry {
  at: number;
  by: string;
  action: 'create' | 'edit' | 'move' | 'retire' | 'restore' | 'import';
  /** Chinese, e.g. 「位置由 45.61,122.83 移至 45.62,122.84」. */
  summary: string;
}

/** admin.post: one post with its history and volunteers. */
export const PostInputSchema = v.strictObject({ postId: PostIdSchema });
export interface PostDetail {
  post: AdminPost;
  history: PostHistoryEntry[];
  volunteerList: Array<{ id: string; name: string; isMediator: boolean; bound: boolean }>;
  /** The plate link (`/s/<postId>` locally; the scene on WeChat). */
  link: string;
}

/** admin.createPost: a new post in a village of the scope. A new id is made unless given (and then must be free). */
export const CreatePostInputSchema = v.strictObject({
  requestId: SubmissionIdSchema,
  id: v.optional(PostIdSchema),
  name: NameSchema,
  address: AddressSchema,
  villageCode: VillageCodeSchema,
  lat: LatSchema,
  lng: LngSchema,
});

/** admin.updatePost: edit name and address, move (lat/lng), retire or restore; every change is kept in the history. */
export const UpdatePostInputSchema = v.strictObject({
  postId: PostIdSchema,
  name: v.optional(NameSchema),
  address: v.optional(AddressSchema),
  lat: v.optional(LatSchema),
  lng: v.optional(LngSchema),
  status: v.optional(v.picklist(['active', 'retired'] as const, '状态不正确')),
});

/** admin.services: the service points (units) of a region in the scope, for the invite form's unit picker. */
export const ServicesInputSchema = v.strictObject({
  regionCode: v.optional(RegionCodeSchema),
  kind: v.optional(
    v.picklist(['judicialOffice', 'mediationRoom', 'legalAidCentre', 'legalAidStation'] as const, '单位类型不正确'),
  ),
});
export interface ServicesData {
  services: Array<{ id: string; name: string; kind: string; regionCode: string }>;
}

/** admin.regions: the child regions of a region in the scope (pickers, drill-down names). */
export const RegionsInputSchema = v.strictObject({ parentCode: v.optional(RegionCodeSchema) });
export interface RegionsData {
  parent: { code: string; name: string; level: string };
  regions: Array<{ code: string; name: string; level: string }>;
}

/**
 * admin.bootstrap: binds the caller as the first city admin (首位管理员) when the secret matches the environment's
 * ADMIN_BOOTSTRAP_SECRET and no admin exists yet. No secret configured: 403; an admin already bound: 409.
 */
export const BootstrapInputSchema = v.strictObject({
  secret: v.pipe(v.string('口令必须是文字'), v.minLength(1, '请输入口令'), v.maxLength(200, '口令太长')),
  name: PersonNameSchema,
});
export interface BootstrapData {
  role: 'admin';
  regionCode: string;
}
