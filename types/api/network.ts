/**
 * Contract of running the network of posts (岗位管理): create, edit, move, retire, bulk import from CSV, QR plates
 * (二维码牌) and their printable sheet, and the people who serve the posts (人员管理).
 */
import * as v from 'valibot';
import type { Post } from '../domain';
import { AdminFileIdSchema, PostIdSchema, RegionCodeSchema } from './common';

const NameSchema = v.pipe(
  v.string('名称必须是文字'),
  v.trim(),
  // Empty and too short are different mistakes with different fixes: the message names which one it is.
  v.nonEmpty('请填写名称'),
  v.minLength(2, '名称至少2个字'),
  v.maxLength(30, '名称不能超过30个字'),
);
const AddressSchema = v.pipe(
  v.string('地址必须是文字'),
  v.trim(),
  v.nonEmpty('请填写地址'),
  v.minLength(2, '地址至少2个字'),
  v.maxLength(60, '地址不能超过60个字'),
);
/** Coordinates must also lie inside the city (checked by the handler: 400 OUTSIDE_CITY). */
const LatSchema = v.pipe(v.number('纬度必须是数字'), v.minValue(-90, '纬度超出范围'), v.maxValue(90, '纬度超出范围'));
const LngSchema = v.pipe(v.number('经度必须是数字'), v.minValue(-180, '经度超出范围'), v.maxValue(180, '经度超出范围'));
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

/** The columns of an import file, in Chinese as the template has them (导入模板). */
export const IMPORT_COLUMNS = ['岗位编号', '岗位名称', '地址', '村代码', '纬度', '经度'] as const;
/** Largest import file accepted, bytes (about 20,000 rows). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Rows committed per importPosts call (the progress bar moves once per batch). */
export const IMPORT_BATCH = 500;

/**
 * admin.checkImport: validates a CSV file (UTF-8, with or without BOM, or GBK as Excel saves it) and writes nothing.
 * The file is uploaded once (Taro.cloud.uploadFile to admin.importUpload's path on WeChat, POST /admin-files on the
 * local runtime) and named by its id: no call carries the file. A file it cannot read at all (no header, missing
 * columns, not text) is 400 IMPORT_UNREADABLE.
 */
export const CheckImportInputSchema = v.strictObject({
  fileId: AdminFileIdSchema,
  filename: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

/** One problem of one row: the row number as a spreadsheet shows it (header is row 1). */
export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}

/** The validation report (校验报告). */
export interface ImportReport {
  /** 'utf-8' or 'gbk' (GBK files are read as GBK and the report says so). */
  encoding: 'utf-8' | 'gbk';
  total: number;
  good: number;
  bad: number;
  /** Every problem, row order (a row may have several). */
  problems: ImportProblem[];
  /** Rows already present with the same content: skipped, not errors (a retried import is safe). */
  unchanged: number;
}

/**
 * admin.importPosts: imports rows [offset, offset + IMPORT_BATCH) of the good rows of the same file, in one
 * transaction. With any bad row and `goodOnly` false, it is 400 IMPORT_HAS_ERRORS with the report and writes nothing.
 */
export const ImportPostsInputSchema = v.strictObject({
  fileId: AdminFileIdSchema,
  filename: v.optional(v.pipe(v.string(), v.maxLength(100))),
  goodOnly: v.boolean('请选择是否只导入无误的行'),
  offset: v.pipe(v.number('进度不正确'), v.integer('进度不正确'), v.minValue(0, '进度不正确')),
});
export interface ImportProgress {
  report: ImportReport;
  /** Good rows written by this call, and how far the import has come (rows of the good list). */
  created: number;
  done: number;
  total: number;
  /** Ids created by this call. */
  postIds: string[];
}

/** admin.plates: the QR plates (二维码牌) of some posts or of a whole township, for the printable sheet. */
export const PlatesInputSchema = v.strictObject({
  postIds: v.optional(
    v.pipe(
      v.array(PostIdSchema, '岗位编号不正确'),
      v.minLength(1, '请选择先锋岗'),
      v.maxLength(200, '一次最多200个先锋岗'),
    ),
  ),
  townshipCode: v.optional(v.pipe(v.string('乡镇代码必须是文字'), v.regex(/^\d{9}$/, '乡镇代码应为9位数字'))),
});
/** The slogan printed on every plate. */
export const PLATE_SLOGAN = '微信扫一扫 法律全知晓';
export interface Plate {
  postId: string;
  name: string;
  villageName: string;
  townshipName: string;
  /** The QR image: a wxacode in cloud storage (production) or `/qr/<postId>.svg` of the `/s/<postId>` link (local). */
  imageUrl: string;
  link: string;
}
export interface PlatesData {
  title: string;
  slogan: string;
  plates: Plate[];
}

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
  name: v.pipe(
    v.string('姓名必须是文字'),
    v.trim(),
    v.minLength(2, '姓名至少2个字'),
    v.maxLength(20, '姓名不能超过20个字'),
  ),
});
export interface BootstrapData {
  role: 'admin';
  regionCode: string;
}
