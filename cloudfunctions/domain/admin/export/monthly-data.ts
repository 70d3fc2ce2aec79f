/**
 * The figures of the monthly form (月度统计表) per reporting unit (a county; for a township admin, their township),
 * read in a bounded number of store calls: daily counters of the units for this and last month, the posts, the
 * requests made in the month, the volunteers, and the history of the few retired posts (for 本月撤销).
 */
import type { Post, Region } from '~/types/domain';
import type { RequestStatRow, Store } from '~/cloudfunctions/store/port';
import { addDays, dayStartMs, nextMonthStart } from '../dashboard/days';
import { postsUnder } from '../dashboard/posts';
import { answerFigures } from '../dashboard/requests-stats';
import { regionPrefix } from '../../scope';
import { regionVolunteers } from '../region-volunteers';

/** One unit's line of the form. */
export interface MonthlyLine {
  name: string;
  activePosts: number;
  newPosts: number;
  retiredPosts: number;
  scans: number;
  visitors: number;
  prevScans: number;
  questions: number;
  answered: number;
  onTime: number;
  mediation: number;
  agreed: number;
  aid: number;
  approved: number;
  volunteers: number;
  postsWithoutVolunteer: number;
}

const REQUEST_LIMIT = 100_000;

async function volunteerVillages(store: Store, prefix: string): Promise<string[]> {
  return (await regionVolunteers(store, prefix)).filter((v) => v.active !== false).map((v) => v.villageCode);
}

/** The lines of `units` (regions under the region of `prefix`) for month `month` (yyyymm). */
export async function monthlyLines(
  store: Store,
  prefix: string,
  units: Region[],
  month: string,
): Promise<MonthlyLine[]> {
  const from = `${month}01`;
  const to = addDays(nextMonthStart(from), -1);
  const prevFrom = `${addDays(from, -1).slice(0, 6)}01`;
  const [fromMs, endMs] = [dayStartMs(from), dayStartMs(nextMonthStart(from))];
  const codes = units.map((u) => u.code);
  const [rows, posts, requests, volunteers] = await Promise.all([
    store.stats.range(codes, prevFrom, to),
    postsUnder(store, prefix),
    store.requests.forStats(prefix, fromMs, endMs, REQUEST_LIMIT),
    volunteerVillages(store, prefix),
  ]);
  const active = posts.filter((p) => p.status === 'active' && p.createdAt < endMs);
  const retired = posts.filter((p) => p.status === 'retired');
  const [counts, histories] = await Promise.all([
    store.posts.volunteerCounts(active.map((p) => p.id)),
    Promise.all(retired.map((p) => store.posts.history(p.id, 20))),
  ]);
  const retiredInMonth = new Set(
    retired
      .filter((_, i) => histories[i].some((h) => h.action === 'retire' && h.at >= fromMs && h.at < endMs))
      .map((p) => p.id),
  );
  return units.map((u) => {
    const inUnit = (code: string) => code.startsWith(regionPrefix(u.code));
    const mine = (list: Post[]) => list.filter((p) => inUnit(p.villageCode));
    const asked = requests.filter((r) => inUnit(r.villageCode));
    const kind = (k: RequestStatRow['kind']) => asked.filter((r) => r.kind === k);
    const questions = kind('question');
    const answers = answerFigures(questions);
    const days = rows.filter((r) => r.subject === u.code);
    const sum = (inMonth: boolean, f: 'count' | 'unique') =>
      days.filter((r) => r.day >= from === inMonth).reduce((s, r) => s + r[f], 0);
    return {
      name: u.name,
      activePosts: mine(active).length,
      newPosts: mine(posts).filter((p) => p.createdAt >= fromMs && p.createdAt < endMs).length,
      retiredPosts: mine(retired).filter((p) => retiredInMonth.has(p.id)).length,
      scans: sum(true, 'count'),
      visitors: sum(true, 'unique'),
      prevScans: sum(false, 'count'),
      questions: questions.length,
      answered: answers.answered,
      onTime: questions.filter((r) => r.firstAnswerAt !== null && r.firstAnswerAt <= r.dueAt).length,
      mediation: kind('mediation').length,
      // By outcome, as the dashboard counts: a case revisited (已回访) after its agreement still counts.
      agreed: kind('mediation').filter((r) => r.outcome === 'agreed').length,
      aid: kind('aid').length,
      approved: kind('aid').filter((r) => r.status === 'approved').length,
      volunteers: volunteers.filter(inUnit).length,
      postsWithoutVolunteer: mine(active).filter((p) => (counts.get(p.id)?.all ?? 0) === 0).length,
    };
  });
}
