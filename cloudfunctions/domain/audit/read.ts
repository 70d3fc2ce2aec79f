/**
 * admin.auditLog: the audit log (审计日志) for city admins only, newest first, a page at a time, by kind and date.
 * Entries name who acted (name and role as recorded), what, which record and when; openids and personal numbers
 * never leave: records about a person show their kind and the note written with them.
 */
import { AUDIT_PAGE_SIZE, AuditLogInputSchema, type AuditItem, type AuditLogData } from '~/types/api/audit';
import { AUDIT_ACTIONS, AUDIT_ROLE_LABELS } from '~/types/audit';
import { DAY_MS } from '~/types/day';
import { AppError } from '~/types/errors';
import { CITY_CODE } from '~/types/ids';
import type { AuditRow } from '../../store/port';
import { dayStartMs } from '../admin/dashboard/days';
import type { Route } from '../context';

/** Chinese texts of the audit-log reply. */
export const AUDIT_TEXTS = {
  cityOnly: '只有市级管理员可以查看审计日志',
  badRange: '开始日期不能晚于结束日期',
  unknownRole: '未记录',
} as const;

// How a record reads on the page; person records (admin:, user:) never show their openid.
const RECORDS: Array<[prefix: string, show: (rest: string) => string]> = [
  ['admin:', () => '管理员账号'],
  ['user:', () => '工作人员账号'],
  ['service:', (id) => `服务点 ${id}`],
  ['invite:', (tail) => `邀请码 …${tail}`],
  ['import:', (name) => (name ? `导入文件「${name}」` : '导入文件')],
];

/** The record of an entry as a person reads it. */
export function recordText(record: string): string {
  for (const [prefix, show] of RECORDS) if (record.startsWith(prefix)) return show(record.slice(prefix.length));
  return `诉求 ${record}`;
}

/** A stored row as the page shows it. */
export function auditItem(row: AuditRow): AuditItem {
  const known = (AUDIT_ACTIONS as Record<string, { label: string }>)[row.action];
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    action: known?.label ?? row.action,
    actorName: row.actorLabel,
    actorRole: AUDIT_ROLE_LABELS[row.actorRole] ?? AUDIT_TEXTS.unknownRole,
    record: recordText(row.requestId),
    detail: row.detail,
  };
}

/** admin.auditLog. */
export const auditLog: Route<typeof AuditLogInputSchema, AuditLogData> = {
  schema: AuditLogInputSchema,
  // No `roles`: dispatch would answer a caller without a binding UNAUTHENTICATED ("bind first"); here everyone but
  // a city admin is FORBIDDEN, since no binding of theirs could open the log.
  perMinute: 60,
  async handle(ctx, input) {
    const user = ctx.identity.user;
    if (!ctx.identity.openid || user?.role !== 'admin' || user.regionCode !== CITY_CODE) {
      throw new AppError('FORBIDDEN', AUDIT_TEXTS.cityOnly);
    }
    if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
      throw new AppError('INVALID_INPUT', AUDIT_TEXTS.badRange);
    }
    // One more than a page tells whether another follows, without a count.
    const rows = await ctx.store.audit.page({
      kinds: input.kind === undefined ? null : [input.kind],
      fromMs: input.from === undefined ? 0 : dayStartMs(input.from),
      toMs: input.to === undefined ? Number.MAX_SAFE_INTEGER : dayStartMs(input.to) + DAY_MS - 1,
      before: input.before ?? null,
      limit: AUDIT_PAGE_SIZE + 1,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      entries: page.map(auditItem),
      next: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id : null,
    };
  },
};
