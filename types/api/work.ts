/**
 * Contract of the `work` function (工作台): what volunteers (法律明白人), mediators (调解员) and staff (司法所、法律援助
 * 中心工作人员) do with residents' requests, and binding a WeChat account to one of those roles with an invite.
 *
 * Every change to a request carries the `version` the caller last saw: when someone else changed the request in
 * between (two volunteers answering at once), the second change is refused with REQUEST_CHANGED and nothing is
 * written, so no answer is lost or given twice.
 */
import * as v from 'valibot';
import type { RequestKind, RequestStatus } from '../requests';
import { MEDIATION_SOURCES } from '../requests';
import type { WorkAction } from '../lifecycle/model';
import type { TimelineEntry } from './requests';
import { textField } from './text';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as (keyof T & string)[];

/** Limits of the texts a worker writes. */
export const WORK_LIMITS = {
  answer: { min: 5, max: 2000 },
  note: { min: 2, max: 500 },
  reason: { min: 5, max: 500 },
  templateTitle: { min: 2, max: 20 },
  templateText: { min: 5, max: 2000 },
  name: { min: 2, max: 20 },
  hours: { min: 2, max: 50 },
} as const;

/** A worker keeps at most this many own answer templates. */
export const MAX_TEMPLATES = 20;
/** An answer links at most this many guides. */
export const MAX_GUIDE_LINKS = 5;

// Trimmed, within limits, and saying something: emoji- or symbol-only text is refused (text.ts).
const text = textField;

/** A request id (`r` + hex), as resident.requestDetail takes it. */
export const RequestIdSchema = v.pipe(v.string('编号必须是文字'), v.regex(/^r[0-9a-z]{8,40}$/, '编号格式不正确'));
/** The version of the request the caller last saw (from work.detail). */
const VersionSchema = v.pipe(
  v.number('版本号必须是数字'),
  v.integer('版本号必须是整数'),
  v.minValue(1, '版本号不正确'),
);
/** A service point id (服务点编号), e.g. svc-jo-001. */
export const ServiceIdSchema = v.pipe(
  v.string('单位编号必须是文字'),
  v.regex(/^[0-9A-Za-z_-]{1,40}$/, '单位编号格式不正确'),
);
/** A guide id of the bundled guides (普法指南). */
// Guide ids are the bundled guides' ids, some with capitals (legalAid-who).
const GuideIdSchema = v.pipe(v.string('指南编号必须是文字'), v.regex(/^[0-9A-Za-z-]{1,60}$/, '指南编号格式不正确'));
/** A calendar day, yyyy-mm-dd (the day a mediation step took place). */
export const DateSchema = v.pipe(v.string('日期必须是文字'), v.isoDate('日期格式应为 年-月-日'));
/** An invite code: 12 characters from an alphabet without look-alikes (0/O, 1/I/L). */
export const INVITE_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{12}$/;
export const InviteCodeSchema = v.pipe(
  v.string('邀请码必须是文字'),
  v.trim(),
  v.toUpperCase(),
  v.regex(INVITE_CODE_PATTERN, '邀请码应为12位字母或数字'),
);

/** Which requests an inbox shows: those waiting for the caller, those done, or all. */
export const INBOX_BOXES = { todo: '待处理', done: '已处理', all: '全部' } as const;
export type InboxBox = keyof typeof INBOX_BOXES;

/** work.inbox: the requests the caller must act on, most urgent first (todo), or most recently changed first. */
export const InboxInputSchema = v.strictObject({
  box: v.optional(v.picklist(keys(INBOX_BOXES), '列表类型不正确'), 'todo'),
  kind: v.optional(v.picklist(['question', 'mediation', 'aid'] as const, '诉求类型不正确')),
});
export type InboxInput = v.InferInput<typeof InboxInputSchema>;

/** One row of an inbox. */
export interface InboxItem {
  id: string;
  kind: RequestKind;
  title: string;
  /** The start of what the resident wrote (question, account or facts), at most 40 characters and '…'. */
  excerpt: string;
  status: RequestStatus;
  postName: string;
  villageName: string;
  /** The resident's name, or 匿名群众 when they asked not to show it (questions show no name at all). */
  requester: string;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
  /** True when the promise has passed and the request still waits. */
  overdue: boolean;
  /** Mediation: the 五调联动 source, or null for a resident's own request at a post. */
  source: keyof typeof MEDIATION_SOURCES | null;
  /** 待人工复核: WeChat's content check asked for a person to read it (or could not check it); it was still accepted. */
  needsReview?: boolean;
  /** Legal aid: the applicant said a limitation period or hearing is under 7 days away (法律援助法 第四十四条). */
  urgent?: boolean;
}

/** Reply of work.inbox. */
export interface InboxData {
  items: InboxItem[];
  /** How many wait for the caller (the badge), whatever `box` was asked. */
  todoCount: number;
}

/** What the caller may do next with a request; the page shows exactly these buttons (from types/lifecycle). */
export type { WorkAction } from '../lifecycle/model';

/** work.detail: one request in the caller's scope. */
export const WorkDetailInputSchema = v.strictObject({ id: RequestIdSchema });

/** A request as the worker sees it. */
export interface WorkDetail extends InboxItem {
  version: number;
  /** Label → value in form order; personal numbers masked (see work.reveal), a hidden name left out. */
  fields: { label: string; value: string }[];
  timeline: TimelineEntry[];
  answers: { at: number; by: string; text: string; guideIds: string[] }[];
  /** The resident's rating of the answer, when given. */
  rating: { stars: number; word: string } | null;
  actions: WorkAction[];
  /** Mediation: the statuses `advance` may move to now. */
  nextSteps: RequestStatus[];
  /** Questions: where a hand-over may go (the township's judicial office, the county's legal-aid centre). */
  handOverTargets: { id: string; name: string }[];
  /** Mediation reaching 达成协议: the agreement summary generated from the case (协议摘要), else null. */
  agreementSummary: string | null;
}

/** work.answer: answers a question (or adds a follow-up to an answered one). */
export const AnswerInputSchema = v.strictObject({
  id: RequestIdSchema,
  version: VersionSchema,
  text: text('答复内容', WORK_LIMITS.answer),
  guideIds: v.optional(
    v.pipe(v.array(GuideIdSchema, '指南格式不正确'), v.maxLength(MAX_GUIDE_LINKS, `最多附${MAX_GUIDE_LINKS}篇指南`)),
    [],
  ),
});
export type AnswerInput = v.InferInput<typeof AnswerInputSchema>;

/** work.askMore: asks the resident for more detail (a question) or more material (a legal-aid application). */
export const AskMoreInputSchema = v.strictObject({
  id: RequestIdSchema,
  version: VersionSchema,
  text: text('需要补充的内容', WORK_LIMITS.note),
});

/** work.handOver: gives a question to the township's judicial office or a legal-aid office, with a reason. */
export const HandOverInputSchema = v.strictObject({
  id: RequestIdSchema,
  version: VersionSchema,
  toServiceId: ServiceIdSchema,
  reason: text('转交原因', WORK_LIMITS.reason),
});

/** work.close: closes a question (办结), with a note the resident sees. */
export const CloseInputSchema = v.strictObject({
  id: RequestIdSchema,
  version: VersionSchema,
  note: text('办结说明', WORK_LIMITS.note),
});

/** work.advance: moves a mediation case one step, with the day it happened and a note. */
export const AdvanceInputSchema = v.strictObject({
  id: RequestIdSchema,
  version: VersionSchema,
  to: v.picklist(['accepted', 'investigating', 'mediating', 'agreed', 'failed', 'revisited'] as const, '步骤不正确'),
  on: DateSchema,
  note: text('情况记录', WORK_LIMITS.note),
  /** Only when accepting: the 五调联动 source of a referred case. */
  source: v.optional(v.picklist(keys(MEDIATION_SOURCES), '案件来源不正确')),
});
export type AdvanceInput = v.InferInput<typeof AdvanceInputSchema>;

/**
 * work.decide: legal-aid review — start it, approve, or decline. 准予 and 不予 carry a reason the resident reads;
 * 开始审查 only says the review has begun, so it needs none (an opinion may be given).
 */
export const DecideInputSchema = v.pipe(
  v.strictObject({
    id: RequestIdSchema,
    version: VersionSchema,
    decision: v.picklist(['startReview', 'approve', 'decline'] as const, '审查结果不正确'),
    reason: v.optional(text('意见', WORK_LIMITS.reason)),
  }),
  v.forward(
    v.check((input) => input.decision === 'startReview' || input.reason !== undefined, '请填写意见（群众可以看到）'),
    ['reason'],
  ),
);
export type DecideInput = v.InferInput<typeof DecideInputSchema>;

/** work.reveal: the full ID number or phone of a legal-aid applicant; assigned staff only; audit-logged. */
export const RevealInputSchema = v.strictObject({
  id: RequestIdSchema,
  field: v.picklist(['idNumber', 'phone'] as const, '字段不正确'),
});
/** Reply of work.reveal. */
export interface RevealData {
  value: string;
}

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
  name: text('姓名', WORK_LIMITS.name),
  phone: v.optional(v.pipe(v.string('手机号必须是文字'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '手机号格式不正确'))),
  phonePublic: v.optional(v.boolean('是否公开电话必须是是或否')),
  hours: v.optional(text('服务时间', WORK_LIMITS.hours)),
  photoFileId: v.optional(v.nullable(v.pipe(v.string('照片编号必须是文字'), v.maxLength(300, '照片编号过长')))),
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
