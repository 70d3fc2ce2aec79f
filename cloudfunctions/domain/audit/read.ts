/**
 * admin.auditLog: the audit log (审计日志) for city admins only, newest first, a page at a time, by kind and date.
 * Entries name who acted (name and role as recorded), what, which record and when; openids and personal numbers
 * never leave: records about a person show their kind and the note written with them, its numbers masked.
 */
import { AUDIT_PAGE_SIZE, AuditLogInputSchema, type AuditItem, type AuditLogData } from '~/types/api/audit';
import { AUDIT_ACTIONS, AUDIT_ROLE_LABELS } from '~/types/audit';
import { cstMinute, DAY_MS } from '~/types/day';
import { AppError } from '~/types/errors';
import { CITY_CODE } from '~/types/ids';
import type { AuditRow, Store } from '../../store/port';
import { dayStartMs } from '../admin/dashboard/days';
import type { Route } from '../context';
import { regionNames } from '../region-names';
import { REQUEST_TEXT } from '../requests/texts';
import { maskNumbers } from './mask-text';

/** Chinese texts of the audit-log reply. */
export const AUDIT_TEXTS = {
  cityOnly: '只有市级管理员可以查看审计日志',
  badRange: '开始日期不能晚于结束日期',
  unknownRole: '未记录',
  /** A request's record: its kind, village and day, e.g. 法律咨询（平安村，2026-12-03提交）. */
  request: (kind: string, village: string, day: string) => `${kind}（${village}，${day}提交）`,
  /** A request no longer stored (its resident deleted their data): the id is all that is left. */
  gone: (id: string) => `诉求 ${id}（已删除）`,
} as const;

// How a record reads on the page; person records (admin:, user:) never show their openid.
const RECORDS: Array<[prefix: string, show: (rest: string) => string]> = [
  ['admin:', () => '管理员账号'],
  ['user:', () => '工作人员账号'],
  ['service:', (id) => `服务点 ${id}`],
  ['invite:', (tail) => `邀请码 …${tail}`],
  ['import:', (name) => (name ? `导入文件「${name}」` : '导入文件')],
  ['post:', (id) => `先锋岗 ${id}`],
  ['volunteer:', (id) => `志愿者 ${id}`],
  ['settings:', (key) => (key === 'questionPromiseHours' ? '设置：答复承诺时限' : '设置')],
];

/** Whether a record names a request (every other record has a `<type>:` prefix). */
const isRequest = (record: string) => !RECORDS.some(([prefix]) => record.startsWith(prefix));

/** What the page says of the requests its entries name, by id: kind, village and day, read in one go. */
async function requestLabels(store: Store, records: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.filter(isRequest))];
  if (ids.length === 0) return new Map();
  const rows = await store.requests.byIds(ids);
  const villages = await regionNames(
    store,
    rows.map((r) => r.villageCode),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      AUDIT_TEXTS.request(
        REQUEST_TEXT.kind[r.kind],
        villages.get(r.villageCode) ?? r.villageCode,
        cstMinute(r.createdAt).slice(0, 10),
      ),
    ]),
  );
}

/**
 * The record of an entry as a person reads it; `requests` labels the requests still stored. Masked like the rest
 * of the entry: an import's file name is an admin's free text, stored unmasked before auditEntry masked it.
 */
export function recordText(record: string, requests: ReadonlyMap<string, string> = new Map()): string {
  for (const [prefix, show] of RECORDS) {
    if (record.startsWith(prefix)) return maskNumbers(show(record.slice(prefix.length)));
  }
  return maskNumbers(requests.get(record) ?? AUDIT_TEXTS.gone(record));
}

/**
 * A stored row as the page shows it. Its free text is masked again: entries are made masked (auditEntry), but one
 * stored before that was so can never be changed, only shown without its numbers.
 */
export function auditItem(row: AuditRow, requests: ReadonlyMap<string, string> = new Map()): AuditItem {
  const known = (AUDIT_ACTIONS as Record<string, { label: string }>)[row.action];
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    action: known?.label ?? row.action,
    actorName: maskNumbers(row.actorLabel),
    actorRole: AUDIT_ROLE_LABELS[row.actorRole] ?? AUDIT_TEXTS.unknownRole,
    record: recordText(row.requestId, requests),
    detail: maskNumbers(row.detail),
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
    const requests = await requestLabels(
      ctx.store,
      page.map((r) => r.requestId),
    );
    return {
      entries: page.map((row) => auditItem(row, requests)),
      next: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id : null,
    };
  },
};
