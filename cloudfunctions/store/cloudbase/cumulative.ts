/**
 * Cumulative totals on CloudBase: per subject, one document per day with scans holding the totals from the
 * subject's first day through that day, and `until`, the day of the subject's next cumulative document ('99999999'
 * for the latest). "The last document on or before day X" for a thousand subjects is then one query,
 * `{subject in …, day ≤ X, until > X}`, instead of one index seek per subject: a dashboard's reads stop growing
 * with the number of subjects it shows.
 *
 * The rollup rewrites a subject's documents from its earliest dirty day (`set`, idempotent), then points the
 * document before them at the first rewritten day, then clears the dirty flags with a compare-and-set on the count
 * that was summed. A crash in between leaves two documents of one subject covering a day for a while; readers keep
 * the later one, which is the right one, and the flags still set make the next run finish the job.
 */
import type { DailyStat } from '~/types/domain';
import type { PeriodTotal } from '../port';
import { COLLECTIONS, ids, type DailyStatDoc } from './docs';
import { chunk, PAGE, pageById } from './query';
import type { CloudDatabase, CloudDoc } from './sdk';
import { dayBefore, mapParallel } from './stats-reads';

/** `until` of a subject's latest cumulative document. */
export const OPEN_UNTIL = '99999999';

/** A cumulative document, `_id` = `<subject>_<yyyymmdd>`. */
export interface CumDoc extends CloudDoc, DailyStat {
  /** The day of the subject's next cumulative document; OPEN_UNTIL for the latest. */
  until: string;
}

type Sums = Pick<CumDoc, 'count' | 'unique' | 'inCircle' | 'withLocation'>;

function keepLatest(docs: CloudDoc[]): Map<string, CumDoc> {
  const out = new Map<string, CumDoc>();
  for (const d of docs as CumDoc[]) {
    const seen = out.get(d.subject);
    if (!seen || d.day > seen.day) out.set(d.subject, d);
  }
  return out;
}

/** Each subject's last cumulative document on or before `day` (`day` = OPEN_UNTIL: its latest). */
export async function cumAt(db: CloudDatabase, subjects: string[], day: string): Promise<Map<string, CumDoc>> {
  const _ = db.command;
  const parts = chunk([...new Set(subjects)]);
  const pages = await Promise.all(
    parts.map((part) =>
      pageById(
        db.collection(COLLECTIONS.cumStats),
        _,
        day === OPEN_UNTIL
          ? { subject: _.in(part), until: OPEN_UNTIL }
          : { subject: _.in(part), day: _.lte(day), until: _.gt(day) },
        null,
        Infinity,
      ),
    ),
  );
  return keepLatest(pages.flat());
}

const minus = (hi: Sums, lo: Sums | undefined): Sums => ({
  count: hi.count - (lo?.count ?? 0),
  unique: hi.unique - (lo?.unique ?? 0),
  inCircle: hi.inCircle - (lo?.inCircle ?? 0),
  withLocation: hi.withLocation - (lo?.withLocation ?? 0),
});

/** Totals per subject over [from, to]; subjects without scans in it are left out. */
export async function periodTotalsOf(
  db: CloudDatabase,
  subjects: string[],
  from: string,
  to: string,
): Promise<PeriodTotal[]> {
  if (from > to) return [];
  const [hi, lo] = await Promise.all([cumAt(db, subjects, to), cumAt(db, subjects, dayBefore(from))]);
  const out: PeriodTotal[] = [];
  for (const [subject, doc] of hi) {
    const total = { subject, ...minus(doc, lo.get(subject)) };
    if (total.count > 0) out.push(total);
  }
  return out.sort((a, b) => (a.subject < b.subject ? -1 : 1));
}

/** Rewrites one subject's cumulative documents from `from` on, then clears the flags of the rows it summed. */
async function refreshSubject(db: CloudDatabase, subject: string, from: string): Promise<void> {
  const _ = db.command;
  const cum = db.collection(COLLECTIONS.cumStats);
  const [{ data: before }, rows] = await Promise.all([
    cum
      .where({ subject, day: _.lte(dayBefore(from)) })
      .orderBy('day', 'desc')
      .limit(1)
      .get(),
    pageById(db.collection(COLLECTIONS.dailyStats), _, { subject, day: _.gte(from) }, null, Infinity),
  ]);
  // A zero counter (made ahead of a bump, scan-counters.ts) is a day without scans: no cumulative document.
  const days = (rows as DailyStatDoc[]).filter((r) => r.count > 0).sort((a, b) => (a.day < b.day ? -1 : 1));
  if (days.length === 0) return;
  const base = before[0] as CumDoc | undefined;
  const sum: Sums = base ? minus(base, undefined) : { count: 0, unique: 0, inCircle: 0, withLocation: 0 };
  const docs = days.map((r, i) => {
    sum.count += r.count;
    sum.unique += r.unique;
    sum.inCircle += r.inCircle;
    sum.withLocation += r.withLocation;
    const until = i + 1 < days.length ? days[i + 1].day : OPEN_UNTIL;
    return { id: ids.dailyStat(subject, r.day), data: { subject, day: r.day, ...sum, until } };
  });
  await mapParallel(docs, (d) => db.collection(COLLECTIONS.cumStats).doc(d.id).set({ data: d.data }));
  if (base && base.until !== days[0].day) await cum.doc(base._id).update({ data: { until: days[0].day } });
  await mapParallel(
    days.filter((r) => r.dirty === true),
    (r) =>
      db
        .collection(COLLECTIONS.dailyStats)
        .where({ _id: r._id, count: r.count })
        .update({ data: { dirty: false } }),
  );
}

/**
 * Brings the cumulative documents of subjects with dirty daily counters up to date, a page of dirty counters at a
 * time while `more()` allows; returns how many subjects were refreshed and whether dirty counters are left.
 */
export async function refreshCumulative(
  db: CloudDatabase,
  more: () => boolean,
): Promise<{ subjects: number; more: boolean }> {
  const _ = db.command;
  let done = 0;
  let after: string | null = null;
  while (more()) {
    const dirty = (await pageById(
      db.collection(COLLECTIONS.dailyStats),
      _,
      { dirty: true },
      after,
      PAGE,
    )) as DailyStatDoc[];
    const from = new Map<string, string>();
    for (const d of dirty) {
      const seen = from.get(d.subject);
      if (seen === undefined || d.day < seen) from.set(d.subject, d.day);
    }
    // A subject's dirty rows may reach past this page: its refresh covers every row from its earliest day on.
    for (const part of chunk([...from], 20)) {
      if (!more()) return { subjects: done, more: true };
      await Promise.all(part.map(([subject, day]) => refreshSubject(db, subject, day)));
      done += part.length;
    }
    if (dirty.length < PAGE) return { subjects: done, more: false };
    after = dirty[dirty.length - 1]._id;
  }
  return { subjects: done, more: true };
}
