/** A worker's 工作台 row as the work function returns it, at a fixed clock; the case detail builds on the same row. */
import type { InboxItem } from '~/types/api';

/** 2026-11-28 10:00 in Baicheng (UTC+8): the clock of the worker page tests. */
export const NOW = Date.UTC(2026, 10, 28, 2, 0);
/** One hour in milliseconds. */
export const HOUR = 3600_000;

/** A pending question from 平台镇新立村, asked 20 hours ago and due in 4, with `over` on top. */
export function inboxItem(over: Partial<InboxItem> = {}): InboxItem {
  return {
    id: 'rq0000001',
    kind: 'question',
    title: '法律咨询 · 拖欠工资',
    excerpt: '',
    status: 'pending',
    postName: '平台镇新立村先锋岗',
    villageName: '新立村',
    requester: '匿名群众',
    createdAt: NOW - 20 * HOUR,
    updatedAt: NOW - 20 * HOUR,
    dueAt: NOW + 4 * HOUR,
    overdue: false,
    source: null,
    ...over,
  };
}
