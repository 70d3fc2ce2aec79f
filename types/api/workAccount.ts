/**
 * Contract of a worker's own account (工作台 · 我的): answer templates, their workload figures, their profile,
 * binding a WeChat account with an invite and unbinding it.
 */
import * as v from 'valibot';
import { SubmissionIdSchema } from './common';
import { FileIdSchema } from './photoIds';
import { textField as text } from './text';
import { GuideIdSchema, InviteCodeSchema, MAX_GUIDE_LINKS, PersonNameSchema, WORK_LIMITS } from './workInput';

/** An answer template (答复模板): built-in ones are shared, own ones belong to the caller. */
export interface AnswerTemplate {
  id: string;
  title: string;
  text: string;
  /** Guides the template suggests linking. */
  guideIds: string[];
  builtIn: boolean;
}
/** work.templates: built-in templates, then the caller's own. */
export const TemplatesInputSchema = v.strictObject({});
/** work.saveTemplate: adds an own template. */
export const SaveTemplateInputSchema = v.strictObject({
  requestId: SubmissionIdSchema,
  title: text('模板标题', WORK_LIMITS.templateTitle),
  text: text('模板内容', WORK_LIMITS.templateText),
  guideIds: v.optional(
    v.pipe(v.array(GuideIdSchema, '指南格式不正确'), v.maxLength(MAX_GUIDE_LINKS, `最多附${MAX_GUIDE_LINKS}篇指南`)),
    [],
  ),
});
/** work.deleteTemplate: deletes an own template. */
export const DeleteTemplateInputSchema = v.strictObject({
  id: v.pipe(v.string('模板编号必须是文字'), v.regex(/^t[0-9a-f]{8,40}$/, '模板编号格式不正确')),
});

/** work.workload: the caller's own figures (工作量与质量). */
export const WorkloadInputSchema = v.strictObject({});
export interface WorkloadData {
  /** Requests the caller first answered (or decided) this calendar month, UTC+8. */
  answeredThisMonth: number;
  /** Median minutes from submission to the caller's first answer, this month; null with no answers. */
  medianMinutes: number | null;
  /** Share answered within the promise this month, 0–1; null with no answers. */
  onTimeShare: number | null;
  /** Mean of residents' ratings of the caller's answers (all time), 1–5; null when none. */
  rating: number | null;
  ratingCount: number;
  /** Requests waiting for the caller now, and how many of them are overdue. */
  waiting: number;
  overdue: number;
}

/** work.profile: the caller's own profile. */
export const ProfileInputSchema = v.strictObject({});
export interface ProfileData {
  role: 'volunteer' | 'mediator' | 'staff';
  name: string;
  /** The caller's full phone (it is their own). Empty for staff. */
  phone: string;
  /** Whether residents see the full number (otherwise masked, with an 请求回电 option). */
  phonePublic: boolean;
  hours: string;
  photoFileId: string | null;
  regionName: string;
  /** The unit: a mediation room, judicial office or legal-aid office; null for a volunteer. */
  unitName: string | null;
  /** Posts served (服务岗位). */
  posts: { id: string; name: string }[];
}
/** work.updateProfile: name, phone, whether to publish it, hours, optional photo. */
// Phone, phonePublic and hours are what residents see on a volunteer's card; staff have no card and send the name
// alone (work.updateProfile requires the three of anyone who has a card).
export const UpdateProfileInputSchema = v.strictObject({
  name: PersonNameSchema,
  phone: v.optional(v.pipe(v.string('手机号必须是文字'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '手机号格式不正确'))),
  phonePublic: v.optional(v.boolean('是否公开电话必须是是或否')),
  hours: v.optional(text('服务时间', WORK_LIMITS.hours)),
  /** An id an upload returned (as evidence photos take), not any text: the card's photo is read by that id. */
  photoFileId: v.optional(v.nullable(FileIdSchema)),
});
export type UpdateProfileInput = v.InferInput<typeof UpdateProfileInputSchema>;

/** work.acceptInvite: binds the caller's WeChat account to the invite's role (anyone may call). */
export const AcceptInviteInputSchema = v.strictObject({ code: InviteCodeSchema });
/** Reply of work.acceptInvite. */
export interface AcceptInviteData {
  role: 'volunteer' | 'mediator' | 'staff' | 'admin';
  label: string;
  /** Where they now serve: their unit's name (所在单位), else their region's; shown with the role. */
  where?: string;
}
/** work.unbind: unbinds the caller (解除绑定); they become a resident again. History stays with the unit. */
export const UnbindInputSchema = v.strictObject({ confirm: v.literal(true, '请确认解除绑定') });
