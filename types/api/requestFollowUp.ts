/**
 * Contract of what a resident does after submitting: the list and detail of their own requests (我的诉求), the
 * supplement asked for (补充说明), the rating of an answer (评价), deleting their data, and their notices (消息).
 */
import * as v from 'valibot';
import type { RequestKind, RequestStatus } from '../requests';
import { wholeNumber } from './common';
import { FileIdSchema, MAX_PHOTOS } from './photoIds';
import { maxChars, plainText, textField as text } from './text';
import { RequestIdSchema } from './workInput';

/** resident.myRequests: the caller's own requests, newest first. */
export const MyRequestsInputSchema = v.strictObject({});
/** resident.requestDetail: one of the caller's own requests. */
export const RequestDetailInputSchema = v.strictObject({
  id: RequestIdSchema,
});
/** resident.deleteMyData: deletes every request of the caller (删除我的数据). */
export const DeleteMyDataInputSchema = v.strictObject({ confirm: v.literal(true, '请确认删除') });

/** One entry of a request's history. */
export interface TimelineEntry {
  at: number;
  status: RequestStatus;
  /** Who acted, in Chinese (e.g. 法律明白人 张明远, 白城市法律援助中心). */
  by: string;
  note: string;
}

/** A request in the resident's list. */
export interface RequestSummary {
  id: string;
  kind: RequestKind;
  postId: string;
  postName: string;
  title: string;
  /** The start of what the resident wrote (question, account or facts), at most 40 characters and '…'. */
  excerpt: string;
  status: RequestStatus;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
}

/** A request in full, as its owner sees it (their own personal numbers masked). */
export interface RequestDetail extends RequestSummary {
  /** Field label → value, in display order, already in Chinese and masked where personal. */
  fields: { label: string; value: string }[];
  timeline: TimelineEntry[];
  /** Answers, oldest first; `guideIds` are guides the volunteer linked (open them in the guides package). */
  answers: { at: number; by: string; text: string; guideIds: string[] }[];
  /** The resident's own rating of the answer, when given. */
  rating: { stars: number; word: string } | null;
  /** True when the request has an answer and is not yet rated (shows 评价). */
  canRate: boolean;
  /** True when the handler asked for more (status needMore): shows 补充说明. */
  canSupplement: boolean;
  /** What the handler asked for, when canSupplement. */
  askedFor: string | null;
  /** The owner's own evidence photos (file ids), for thumbnails; empty for other kinds. */
  photos?: string[];
  /** A legal-aid application's decision (准予 / 不予) and the reason given with it; null before one. */
  decision?: { approved: boolean; reason: string } | null;
}

/** Limits of a resident's supplement and rating word. */
export const SUPPLEMENT_LIMITS = { min: 2, max: 1000 } as const;
export const RATING_WORD_MAX = 100;

/** resident.supplement: adds the detail or material the handler asked for (only while status is needMore). */
export const SupplementInputSchema = v.strictObject({
  id: RequestIdSchema,
  text: text('补充内容', SUPPLEMENT_LIMITS),
  photos: v.optional(
    v.pipe(v.array(FileIdSchema, '照片格式不正确'), v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张照片`)),
    [],
  ),
});
export type SupplementInput = v.InferInput<typeof SupplementInputSchema>;

/** resident.rate: rates the answer to one's own question, once (1–5 stars and an optional word). */
export const RateInputSchema = v.strictObject({
  id: RequestIdSchema,
  stars: wholeNumber('评分', 1, 5, { min: '评分为1到5星', max: '评分为1到5星' }),
  word: v.optional(
    v.pipe(
      v.string('评价必须是文字'),
      v.transform(plainText),
      v.trim(),
      maxChars(RATING_WORD_MAX, `评价不能超过${RATING_WORD_MAX}个字`),
    ),
    '',
  ),
});
export type RateInput = v.InferInput<typeof RateInputSchema>;

/** A notification (消息) in the caller's outbox: an answer, a decision, a reminder, a new request to handle. */
export interface Notice {
  id: string;
  at: number;
  /** Short Chinese title, e.g. 您的咨询有了答复. */
  title: string;
  body: string;
  /** The request it concerns, or null. */
  requestId: string | null;
  /** Where tapping it goes: `resident` (我的诉求 detail) or `work` (the worker's detail page). */
  target: 'resident' | 'work' | null;
  read: boolean;
}
/** resident.outbox: the caller's notifications, newest first (at most 50), and how many are unread. */
export const NoticesInputSchema = v.strictObject({});
export interface NoticesData {
  notices: Notice[];
  unread: number;
}
/** resident.readOutbox: marks the caller's notifications read (all of them when `ids` is absent). */
export const ReadNoticesInputSchema = v.strictObject({
  ids: v.optional(
    v.pipe(
      v.array(v.pipe(v.string('消息编号必须是文字'), v.regex(/^n[0-9a-f]{8,40}$/, '消息编号格式不正确'))),
      v.maxLength(100, '一次最多100条'),
    ),
  ),
});
