/** work.workload: the caller's own figures (工作量与质量) this month, UTC+8. */
import { WorkloadInputSchema, type WorkloadData } from '~/types/api/work';
import { cstMonthStart } from '~/types/day';
import { isOverdue } from '~/types/lifecycle';
import type { Route } from '../context';
import { median } from '../median';
import { unitsOf } from '../scope';
import { todoRows } from './inbox';
import { workerKey, workerOf } from './load';

/** Enough for a month of one worker's answers. */
const ANSWERED_LIMIT = 1000;

/** work.workload. */
export const workload: Route<typeof WorkloadInputSchema, WorkloadData> = {
  schema: WorkloadInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  async handle(ctx) {
    const { user, openid } = workerOf(ctx);
    const now = ctx.now();
    const since = cstMonthStart(now);
    const [rows, units] = await Promise.all([
      ctx.store.requests.answeredBy(workerKey(user, openid), since, ANSWERED_LIMIT),
      unitsOf(ctx.store, user),
    ]);
    const month = rows.filter((r) => r.firstAnswerAt !== null && r.firstAnswerAt >= since);
    const minutes = month.map((r) => Math.round(((r.firstAnswerAt as number) - r.createdAt) / 60000));
    const onTime = month.filter((r) => (r.firstAnswerAt as number) <= r.dueAt).length;
    const rated = rows.filter((r) => r.rating !== null);
    const todo = await todoRows(ctx.store, user, units);
    return {
      answeredThisMonth: month.length,
      medianMinutes: median(minutes),
      onTimeShare: month.length === 0 ? null : onTime / month.length,
      rating: rated.length === 0 ? null : rated.reduce((s, r) => s + (r.rating as number), 0) / rated.length,
      ratingCount: rated.length,
      waiting: todo.length,
      overdue: todo.filter((r) => isOverdue(r, now)).length,
    };
  },
};
