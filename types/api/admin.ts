/** Contract of the `admin` function (scan statistics; the full dashboard comes later). */
import * as v from 'valibot';
import { PersonNameSchema } from './workInput';
import { PostIdSchema, RegionCodeSchema, SubmissionIdSchema, wholeNumber } from './common';

/** admin.stats: today's and the last N days' scans of one post or one region (default: the admin's own scope). */
export const StatsInputSchema = v.strictObject({
  postId: v.optional(PostIdSchema),
  regionCode: v.optional(RegionCodeSchema),
  days: v.optional(wholeNumber('天数', 1, 90), 7),
});
export type StatsInput = v.InferInput<typeof StatsInputSchema>;

/** Counts of one day. */
export interface DayPoint {
  day: string;
  count: number;
  unique: number;
}

/** Reply of admin.stats. */
export interface StatsData {
  subject: { kind: 'post' | 'region'; id: string; name: string };
  today: DayPoint;
  days: DayPoint[];
  total: { count: number };
}

/** How long an invite stays valid, in days. */
export const INVITE_VALID_DAYS = 7;

/**
 * admin.createInvite: an invite (邀请码) for a volunteer, mediator or staff member of a region inside the admin's
 * scope. Volunteers serve `postIds`; mediators and staff work for `serviceId`. `volunteerId` re-binds an existing
 * volunteer (a new phone, a new WeChat account) so their history stays theirs.
 */
export const CreateInviteInputSchema = v.strictObject({
  requestId: SubmissionIdSchema,
  role: v.picklist(['volunteer', 'mediator', 'staff', 'admin'] as const, '请选择身份'),
  regionCode: RegionCodeSchema,
  name: PersonNameSchema,
  postIds: v.optional(v.pipe(v.array(PostIdSchema, '服务岗位格式不正确'), v.maxLength(20, '最多服务20个先锋岗')), []),
  serviceId: v.optional(v.pipe(v.string('单位编号必须是文字'), v.regex(/^[0-9A-Za-z_-]{1,40}$/, '单位编号格式不正确'))),
  volunteerId: v.optional(
    v.pipe(v.string('志愿者编号必须是文字'), v.regex(/^[0-9A-Za-z_-]{1,40}$/, '志愿者编号格式不正确')),
  ),
});
export type CreateInviteInput = v.InferInput<typeof CreateInviteInputSchema>;

/** Reply of admin.createInvite. */
export interface InviteData {
  code: string;
  expiresAt: number;
  /** The page a WeChat user opens to accept (also encoded in the invite's QR code). */
  path: string;
}

/** admin.invites: the invites the admin's scope created that are not yet used, newest first. */
export const InvitesInputSchema = v.strictObject({});
export interface InviteSummary {
  code: string;
  role: 'volunteer' | 'mediator' | 'staff' | 'admin';
  name: string;
  regionName: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** admin.settings: the answer promise (答复承诺) and other settings of the network. */
export const SettingsInputSchema = v.strictObject({});
export interface SettingsData {
  /** Hours a post's volunteers have to answer a question before it is handed over. */
  questionPromiseHours: number;
}
/** admin.updateSettings: city admins only. */
export const UpdateSettingsInputSchema = v.strictObject({
  questionPromiseHours: v.pipe(
    v.number('小时数必须是数字'),
    v.integer('小时数必须是整数'),
    v.minValue(2, '答复时限至少2小时'),
    v.maxValue(72, '答复时限最多72小时'),
  ),
});
