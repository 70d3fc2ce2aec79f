/** The period of a dashboard (统计周期): a preset ending today, or a custom range; and the one just before it. */
import { MAX_PERIOD_DAYS, type PeriodInput, type ResolvedPeriod } from '~/types/api/dashboard';
import { dayKey } from '~/types/day';
import { AppError } from '~/types/errors';
import { addDays, daysBetween, isRealDay } from './days';
import { DASHBOARD_TEXTS } from './texts';

const PRESET_DAYS = { today: 1, '7d': 7, '30d': 30, '90d': 90, '365d': 365 } as const;

/** Resolves `input` against today (CST day of `now`): errors are the admin's mistakes, so 400s with a reason. */
export function resolvePeriod(input: PeriodInput, now: number): ResolvedPeriod {
  const today = dayKey(now);
  let from: string;
  let to: string;
  if (input.preset === 'custom') {
    if (input.from === undefined || input.to === undefined)
      throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.customNeedsDates);
    if (!isRealDay(input.from) || !isRealDay(input.to)) throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.noSuchDay);
    ({ from, to } = input);
    if (to < from) throw new AppError('PERIOD_INVERTED');
    if (to > today) throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.toAfterToday);
    if (daysBetween(from, to) > MAX_PERIOD_DAYS) throw new AppError('PERIOD_TOO_LONG');
  } else {
    to = today;
    from = addDays(today, 1 - PRESET_DAYS[input.preset]);
  }
  const days = daysBetween(from, to);
  return { preset: input.preset, from, to, days, prevFrom: addDays(from, -days), prevTo: addDays(from, -1) };
}
