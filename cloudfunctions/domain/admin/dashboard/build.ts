/**
 * Assembles admin.dashboard: a bounded number of store reads whatever the period, the number of scans or of posts
 * (the subject's daily rows for both periods, its children's totals, the region's post directory and its posts'
 * period counts and last scan days from the rollups, the hour rollup, the light request rows), then arithmetic.
 */
import type { DashboardData, DashboardInputSchema } from '~/types/api/dashboard';
import type * as v from 'valibot';
import { dayKey } from '~/types/day';
import type { HandlerContext } from '../../context';
import { childRows, childrenOf } from './children';
import { addDays, dayStartMs } from './days';
import { childFigures } from './child-figures';
import { sumDays, weekdayScans } from './figures';
import { resolvePeriod } from './period';
import { postsOf } from './posts';
import { IDLE_SHOWN, idlePosts, topPosts } from './ranks';
import { answeredIn, answerFigures, createdIn, funnelOf, servicesOf, volunteerAnswers } from './requests-stats';
import { resolveSubject } from './subject';
import { adminScope } from '../scope';
import { regionVolunteers } from '../region-volunteers';
import { buildTrend, trendUnit } from './trend';

/** Requests read for one dashboard (both periods); far above what a county receives in a year. */
export const REQUEST_LIMIT = 100_000;
/** Volunteers listed with their answer times. */
export const VOLUNTEERS_SHOWN = 20;

/** How many idle posts and answering volunteers a dashboard lists. */
export interface Listed {
  idle: number;
  volunteers: number;
}

/** The screen's lists; the export lists every one (Infinity). */
export const ON_SCREEN: Listed = { idle: IDLE_SHOWN, volunteers: VOLUNTEERS_SHOWN };

/**
 * The names of the volunteers `ids`: one read each for the screen's few, else the region's volunteers in pages (an
 * export of a city's 3,000 volunteers is two reads, not 3,000). An id not found keeps its id as its name.
 */
async function volunteerNames(ctx: HandlerContext, prefix: string, ids: string[]): Promise<Map<string, string>> {
  const rows =
    ids.length <= VOLUNTEERS_SHOWN
      ? (await Promise.all(ids.map((id) => ctx.store.volunteers.byId(id)))).filter((r) => r !== null)
      : await regionVolunteers(ctx.store, prefix);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The dashboard of one subject and period, as the admin is allowed to see it (`listed`: how long its lists are). */
export async function buildDashboard(
  ctx: HandlerContext,
  input: v.InferOutput<typeof DashboardInputSchema>,
  listed: Listed = ON_SCREEN,
): Promise<DashboardData> {
  const now = ctx.now();
  const today = dayKey(now);
  const scope = adminScope(ctx).scope;
  const period = resolvePeriod(input.period, now);
  const { subject, tree } = await resolveSubject(ctx, scope, input.subject);
  const { store } = ctx;
  const [posts, rolledAt] = await Promise.all([postsOf(store, subject), store.stats.rolledAt()]);
  const children = childrenOf(subject, tree, posts);
  const [fromMs, prevMs, endMs] = [period.from, period.prevFrom, addDays(period.to, 1)].map(dayStartMs);
  const [rows, childStats, board, hours, requestRows] = await Promise.all([
    store.stats.range([subject.crumb.id], period.prevFrom, period.to),
    childFigures(
      store,
      children.map((c) => c.id),
      period,
      rolledAt,
    ),
    store.stats.postBoard(subject.prefix, period.from, period.to),
    store.stats.hours(subject.crumb.id, period.from, period.to),
    store.requests.forStats(subject.prefix, prevMs, endMs, REQUEST_LIMIT),
  ]);
  const mine = subject.kind === 'post' ? requestRows.filter((r) => r.postId === subject.post.id) : requestRows;
  const made = createdIn(mine, fromMs, endMs);
  const figures = sumDays(rows, period.from, period.to, made.length);
  const previous = sumDays(rows, period.prevFrom, period.prevTo, createdIn(mine, prevMs, fromMs).length);
  const answered = answeredIn(mine, fromMs, endMs);
  const everyVolunteer = volunteerAnswers(answered, Infinity);
  const ranked = everyVolunteer.slice(0, listed.volunteers);
  const names = await volunteerNames(
    ctx,
    subject.prefix,
    ranked.map((r) => r.volunteerId),
  );
  return {
    subject: subject.crumb,
    trail: subject.trail,
    period,
    figures,
    previous,
    trend: buildTrend(rows, period),
    trendUnit: trendUnit(period.days),
    children: childRows(subject, children, childStats, posts, made),
    top: topPosts(posts, board.counts, board.last, tree),
    idle: { days: input.idleDays, ...idlePosts(posts, board.last, today, input.idleDays, tree, listed.idle) },
    hours,
    weekdays: weekdayScans(rows, period.from, period.to),
    funnel: funnelOf(made, figures.scans),
    answers: {
      ...answerFigures(answered),
      volunteers: ranked.map((r) => ({ ...r, name: names.get(r.volunteerId) ?? r.volunteerId })),
      volunteerCount: everyVolunteer.length,
      byVolunteers: everyVolunteer.reduce((n, r) => n + r.answered, 0),
    },
    services: servicesOf(made),
    rolledAt,
  };
}
