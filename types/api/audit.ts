/** Contract of 审计日志: city admins read the audit log, newest first, a page at a time. */
import * as v from 'valibot';
import { AUDIT_KINDS, type AuditKind } from '../audit';
import { DayKeySchema } from './dashboard';

/** Entries per page. */
export const AUDIT_PAGE_SIZE = 30;

/** admin.auditLog: one kind or all, an optional date range (CST days, inclusive), and where the last page ended. */
export const AuditLogInputSchema = v.strictObject({
  kind: v.optional(v.picklist(AUDIT_KINDS, '日志类型不正确')),
  from: v.optional(DayKeySchema),
  to: v.optional(DayKeySchema),
  /** The `next` of the page before; absent for the first page. */
  before: v.optional(v.pipe(v.string('翻页标记必须是文字'), v.regex(/^[0-9a-z]{1,40}$/, '翻页标记不正确'))),
});
export type AuditLogInput = v.InferInput<typeof AuditLogInputSchema>;

/** One entry as the page shows it: who (name + role, never an ID number), what, which record, when. */
export interface AuditItem {
  id: string;
  at: number;
  kind: AuditKind;
  /** The action's Chinese name. */
  action: string;
  actorName: string;
  actorRole: string;
  /** The record the entry is about, as a person reads it (e.g. 申请 r…, 服务点 …). */
  record: string;
  /** What else was recorded (a step, a decision and its reason, an invite's role), ID numbers and phones masked. */
  detail: string;
}

export interface AuditLogData {
  entries: AuditItem[];
  /** Pass as `before` for the next page; null on the last one. */
  next: string | null;
}
