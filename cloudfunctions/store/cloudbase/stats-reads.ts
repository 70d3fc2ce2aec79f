/**
 * Statistics reads on CloudBase: daily rows of a period, period totals and last scan days from the cumulative
 * documents (cumulative.ts: two queries per thousand subjects), hours of day, out-of-circle cells. None reads raw
 * scans.
 */
import type { DailyStat } from '~/types/domain';
import type { OutsideCell, Store } from '../port';
import { COLLECTIONS, type DailyStatDoc, fromDoc } from './docs';
import { chunk, pageById, startsWith } from './query';
import { cumAt, OPEN_UNTIL, periodTotalsOf } from './cumulative';
import type { CloudDatabase } from './sdk';

/** Calls in flight at once in one parallel wave. */
const PARALLEL = 20;

/** The day (yyyymmdd) before `day`. */
export function dayBefore(day: string): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)) - 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `fn` over every item, at most PARALLEL at once, results in item order. */
export async function mapParallel<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunk(items, PARALLEL)) out.push(...(await Promise.all(part.map(fn))));
  return out;
}

/** One post's out-of-circle scans in one cell over some days. */
export interface CellRow {
  lat: number;
  lng: number;
  postId: string;
  townshipCode: string;
  count: number;
}

/** Cells with their scans, each named after the post most scanned from it (ties by id); busiest first. */
export function groupCells(rows: CellRow[]): OutsideCell[] {
  const cells = new Map<string, { lat: number; lng: number; posts: Map<string, { n: number; township: string }> }>();
  for (const d of rows) {
    const key = `${d.lat}_${d.lng}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { lat: d.lat, lng: d.lng, posts: new Map() }));
    const post = cell.posts.get(d.postId) ?? { n: 0, township: d.townshipCode };
    post.n += d.count;
    cell.posts.set(d.postId, post);
  }
  const out: OutsideCell[] = [];
  for (const cell of cells.values()) {
    let best: [string, { n: number; township: string }] | null = null;
    let count = 0;
    for (const entry of cell.posts) {
      count += entry[1].n;
      if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[0] < best[0])) best = entry;
    }
    if (best) out.push({ lat: cell.lat, lng: cell.lng, count, postId: best[0], townshipCode: best[1].township });
  }
  return out.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lng - b.lng);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The statistics reads of the port built here; stats.ts assembles them with rollup.ts's. */
export function cloudStatsReads(
  db: CloudDatabase,
): Pick<Store['stats'], 'range' | 'periodTotals' | 'lastScanDays' | 'hours' | 'outsideCells'> {
  const _ = db.command;
  const coll = (name: string) => db.collection(name);
  const days = (from: string, to: string) => _.and(_.gte(from), _.lte(to));

  return {
    range: async (subjects, from, to) => {
      if (from > to) return [];
      const out: DailyStat[] = [];
      for (const part of chunk([...new Set(subjects)])) {
        const docs = await pageById(
          coll(COLLECTIONS.dailyStats),
          _,
          { subject: _.in(part), day: days(from, to) },
          null,
          Infinity,
        );
        // A zero counter (scan-counters.ts: made ahead of a bump) is a day without scans.
        out.push(...docs.filter((d) => (d as DailyStatDoc).count > 0).map(fromDoc.dailyStat));
      }
      return out.sort((a, b) => byText(a.subject, b.subject) || byText(a.day, b.day));
    },
    periodTotals: (subjects, from, to) => periodTotalsOf(db, subjects, from, to),
    lastScanDays: async (subjects) => {
      const out = new Map<string, string>();
      for (const doc of (await cumAt(db, subjects, OPEN_UNTIL)).values()) out.set(doc.subject, doc.day);
      return out;
    },
    hours: async (subject, from, to) => {
      const out = new Array<number>(24).fill(0);
      if (from > to) return out;
      const docs = await pageById(coll(COLLECTIONS.hourStats), _, { subject, day: days(from, to) }, null, Infinity);
      for (const d of docs) {
        const h = (d.h ?? {}) as Record<string, number>;
        for (let i = 0; i < 24; i++) out[i] += h[`h${i}`] ?? 0;
      }
      return out;
    },
    outsideCells: async (prefix, from, to) => {
      if (from > to) return [];
      const docs = await pageById(
        coll(COLLECTIONS.outsideCells),
        _,
        { villageCode: startsWith(db, prefix), day: days(from, to) },
        null,
        Infinity,
      );
      return groupCells(
        docs.map((d) => ({
          lat: d.lat as number,
          lng: d.lng as number,
          postId: d.postId as string,
          townshipCode: d.townshipCode as string,
          count: d.count as number,
        })),
      );
    },
  };
}
