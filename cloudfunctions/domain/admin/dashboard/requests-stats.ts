/**
 * What residents asked for over a period, from light request rows (no text, no personal data): the funnel
 * 扫码 → 诉求 → 已答复/已处理 → 已办结, the volunteers' answer times against the promise, and the mediation and
 * legal-aid counts by where each case stands now.
 *
 * Definitions: a request is *answered* once someone first answered or decided it (firstAnswerAt set: a
 * volunteer's answer, a mediation's first step, a legal-aid decision) or it reached an outcome anyway; it is
 * *resolved* when it reached an outcome: a closed question, a mediation agreed, failed or revisited, a legal-aid
 * application approved or declined. A mediation case is counted by its outcome (the light row's `outcome`), so a
 * case revisited (已回访) after an agreement stays in 调解成功 and after none in 未达成, and
 * `received = open + agreed + failed`.
 */
import type { DashboardData, VolunteerAnswers } from '~/types/api/dashboard';
import type { RequestStatus } from '~/types/requests';
import type { RequestStatRow } from '~/cloudfunctions/store/port';
import { median } from '../../median';

const RESOLVED: readonly RequestStatus[] = ['closed', 'agreed', 'failed', 'revisited', 'approved', 'declined'];
const MEDIATION_DONE: readonly RequestStatus[] = ['agreed', 'failed', 'revisited'];
const AID_DONE: readonly RequestStatus[] = ['approved', 'declined'];
const HOUR_MS = 3_600_000;

/** Rows created in [fromMs, toMs). */
export function createdIn(rows: RequestStatRow[], fromMs: number, toMs: number): RequestStatRow[] {
  return rows.filter((r) => r.createdAt >= fromMs && r.createdAt < toMs);
}

/** True once the request was answered or decided (a mediation step or a legal-aid decision sets firstAnswerAt). */
export function isAnswered(r: RequestStatRow): boolean {
  return r.firstAnswerAt !== null || isResolved(r);
}

/** True once the request reached an outcome. */
export function isResolved(r: RequestStatRow): boolean {
  return RESOLVED.includes(r.status);
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * Answer figures of some answered questions: count, median hours to the first answer (to the minute), share on time
 * (0–100).
 */
export function answerFigures(rows: RequestStatRow[]): {
  answered: number;
  medianHours: number | null;
  onTimePct: number | null;
} {
  const answered = rows.filter((r) => r.firstAnswerAt !== null);
  const hours = answered.map((r) => ((r.firstAnswerAt as number) - r.createdAt) / HOUR_MS);
  const onTime = answered.filter((r) => (r.firstAnswerAt as number) <= r.dueAt).length;
  const mid = median(hours);
  return {
    answered: answered.length,
    // To the minute, not to a tenth of an hour: a 2-minute median is 2分钟 on the page, not 0小时.
    medianHours: mid === null ? null : Math.round(mid * 60) / 60,
    onTimePct: answered.length === 0 ? null : oneDecimal((100 * onTime) / answered.length),
  };
}

/** Questions first answered in [fromMs, toMs). */
export function answeredIn(rows: RequestStatRow[], fromMs: number, toMs: number): RequestStatRow[] {
  return rows.filter(
    (r) => r.kind === 'question' && r.firstAnswerAt !== null && r.firstAnswerAt >= fromMs && r.firstAnswerAt < toMs,
  );
}

/** The volunteers (answeredBy `v…`) among answered questions, most answers first (ties by id), at most `limit`. */
export function volunteerAnswers(answered: RequestStatRow[], limit: number): Omit<VolunteerAnswers, 'name'>[] {
  const byVolunteer = new Map<string, RequestStatRow[]>();
  for (const r of answered) {
    if (!r.answeredBy?.startsWith('v')) continue;
    const list = byVolunteer.get(r.answeredBy) ?? [];
    list.push(r);
    byVolunteer.set(r.answeredBy, list);
  }
  return [...byVolunteer.entries()]
    .map(([volunteerId, list]) => ({ volunteerId, ...answerFigures(list) }))
    .sort((a, b) => b.answered - a.answered || (a.volunteerId < b.volunteerId ? -1 : 1))
    .slice(0, limit);
}

/** The funnel after the scans: requests made, answered, resolved. */
export function funnelOf(made: RequestStatRow[], scans: number): DashboardData['funnel'] {
  return {
    scans,
    requests: made.length,
    answered: made.filter(isAnswered).length,
    resolved: made.filter(isResolved).length,
  };
}

/** Mediation and legal-aid requests made, by current status. */
export function servicesOf(made: RequestStatRow[]): DashboardData['services'] {
  const med = made.filter((r) => r.kind === 'mediation');
  const aid = made.filter((r) => r.kind === 'aid');
  const count = (rows: RequestStatRow[], status: RequestStatus) => rows.filter((r) => r.status === status).length;
  return {
    mediation: {
      received: med.length,
      open: med.filter((r) => !MEDIATION_DONE.includes(r.status)).length,
      agreed: med.filter((r) => r.outcome === 'agreed').length,
      failed: med.filter((r) => r.outcome === 'failed').length,
    },
    aid: {
      received: aid.length,
      open: aid.filter((r) => !AID_DONE.includes(r.status)).length,
      approved: count(aid, 'approved'),
      declined: count(aid, 'declined'),
    },
  };
}
