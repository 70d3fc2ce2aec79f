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
import {
  DateSchema,
  GuideIdSchema,
  MAX_GUIDE_LINKS,
  RequestIdSchema,
  ServiceIdSchema,
  VersionSchema,
  WORK_LIMITS,
} from './workInput';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as (keyof T & string)[];

// Trimmed, within limits, and saying something: emoji- or symbol-only text is refused (text.ts).
const text = textField;

export * from './workInput';
export * from './workAccount';

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

/** The input of an action on one request: its id, the version the caller saw, and the action's own fields. */
const requestInput = <T extends v.ObjectEntries>(entries: T) =>
  v.strictObject({ id: RequestIdSchema, version: VersionSchema, ...entries });

/** work.answer: answers a question (or adds a follow-up to an answered one). */
export const AnswerInputSchema = requestInput({
  text: text('答复内容', WORK_LIMITS.answer),
  guideIds: v.optional(
    v.pipe(v.array(GuideIdSchema, '指南格式不正确'), v.maxLength(MAX_GUIDE_LINKS, `最多附${MAX_GUIDE_LINKS}篇指南`)),
    [],
  ),
});
export type AnswerInput = v.InferInput<typeof AnswerInputSchema>;

/** work.askMore: asks the resident for more detail (a question) or more material (a legal-aid application). */
export const AskMoreInputSchema = requestInput({
  text: text('需要补充的内容', WORK_LIMITS.note),
});

/** work.handOver: gives a question to the township's judicial office or a legal-aid office, with a reason. */
export const HandOverInputSchema = requestInput({
  toServiceId: ServiceIdSchema,
  reason: text('转交原因', WORK_LIMITS.reason),
});

/** work.close: closes a question (办结), with a note the resident sees. */
export const CloseInputSchema = requestInput({
  note: text('办结说明', WORK_LIMITS.note),
});

/** work.advance: moves a mediation case one step, with the day it happened and a note. */
export const AdvanceInputSchema = requestInput({
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
  requestInput({
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
