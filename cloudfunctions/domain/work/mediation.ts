/** work.advance: moves a mediation case one step (受理 → 调查 → 调解 → 达成协议 / 未达成 → 回访), dated. */
import { AdvanceInputSchema, type WorkDetail } from '~/types/api/work';
import { dayKey } from '~/types/day';
import { AppError } from '~/types/errors';
import { REQUEST_STATUSES } from '~/types/requests';
import type { Route } from '../context';
import { takeStep } from './act';
import { requestInScope, checkText, ensureAllowed, ensureOpen, type ScopedRequest } from './load';
import { formatPayload, payloadOf } from '../requests/payload';
import { WORK_TEXT } from './texts';

/** True when yyyy-mm-dd names a day that exists (the schema checks only the shape: 2026-02-30 passes it). */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const stepsOf = (row: ScopedRequest['rec']) => {
  const p = payloadOf(row);
  return p.kind === 'mediation' ? p.steps : [];
};

/** work.advance: mediators of the case's room and staff of the case's judicial office. */
export const advance: Route<typeof AdvanceInputSchema, WorkDetail> = {
  schema: AdvanceInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  perMinute: 20,
  async handle(ctx, input) {
    const c = await requestInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    if (input.source !== undefined && input.to !== 'accepted')
      throw new AppError('INVALID_INPUT', WORK_TEXT.sourceOnlyOnAccept);
    const to = ensureAllowed(c.rec, 'advance', input.to);
    const now = ctx.now();
    // Days in China Standard Time, compared as yyyymmdd.
    const on = input.on.replace(/-/g, '');
    if (!isCalendarDay(input.on)) throw new AppError('INVALID_INPUT', WORK_TEXT.noSuchDay);
    if (on > dayKey(now)) throw new AppError('INVALID_INPUT', WORK_TEXT.onFuture);
    if (on < dayKey(c.rec.createdAt)) throw new AppError('INVALID_INPUT', WORK_TEXT.onBeforeCreated);
    await checkText(ctx, c.openid, input.note);
    const label = REQUEST_STATUSES[to];
    return takeStep(ctx, c, now, {
      to,
      note: WORK_TEXT.noteStep(input.on, input.note),
      firstAnswer: true,
      change: {
        payload: formatPayload({
          steps: [...stepsOf(c.rec), { to, on: input.on, note: input.note }],
          source: input.source,
        }),
      },
      audit: { action: 'mediation.step', record: c.rec.id, detail: `${label}（${input.on}）` },
      notice: { title: WORK_TEXT.notice.step, body: `${label}：${input.note}`, kind: 'progress' },
    });
  },
};
