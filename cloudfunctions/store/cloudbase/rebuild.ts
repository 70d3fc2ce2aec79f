/**
 * The repair command on CloudBase, a simplified form of the SQLite one: it reads every raw scan (in `_id` pages of
 * 100) and every post, computes all aggregates in memory, then replaces them collection by collection. Without
 * multi-document transactions the replacement is not one unit: a crash part-way leaves some aggregates missing or
 * stale, and running the rebuild again repairs them (it depends only on raw scans and posts). Meant for a repair
 * run from a script or a long-timeout function; at millions of scans, export the scans and rebuild offline instead.
 */
import { dayKey } from '~/types/day';
import { cstHour, ROLLUP_META, visitorHorizon } from '../rollups';
import { COLLECTIONS, fromDoc, ids, type ScanDoc } from './docs';
import { chunk, pageById } from './query';
import { OPEN_UNTIL } from './cumulative';
import { boardDocs } from './boards';
import { directoryDocs } from './directory';
import type { Post } from '~/types/domain';
import { CLOUD_META, readMeta, writeMeta, type Cursor } from './rollup-docs';
import { subjectsOf, type HorizonCache } from './rollup';
import type { CloudDatabase, CloudDoc } from './sdk';

interface Day {
  subject: string;
  day: string;
  count: number;
  visitors: Set<string>;
  inCircle: number;
  withLocation: number;
  hours: number[];
}

const ms = (v: unknown): number => (v instanceof Date ? v.getTime() : Number(v));

async function replaceAll(db: CloudDatabase, collection: string, docs: CloudDoc[]): Promise<void> {
  await db
    .collection(collection)
    .where({ _id: db.command.gt('') })
    .remove();
  for (const part of chunk(docs)) await db.collection(collection).add({ data: part });
}

/** Rebuilds every aggregate from raw scans and the posts' current regions (see the file comment). */
export async function rebuild(db: CloudDatabase, at: number, horizon: HorizonCache): Promise<{ scans: number }> {
  const _ = db.command;
  const posts = new Map(
    (await pageById(db.collection(COLLECTIONS.posts), _, {}, null, Infinity)).map((d) => [d._id, fromDoc.post(d)]),
  );
  const days = new Map<string, Day>();
  const cells = new Map<string, CloudDoc & { count: number }>();
  let last: Cursor | null = null;
  let read = 0;
  const folded: { post: Post; day: string; cell: { lat: number; lng: number } | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const page = (await pageById(db.collection(COLLECTIONS.scans), _, {}, after, 1000)) as ScanDoc[];
    for (const s of page) {
      read += 1;
      const t = ms(s.insertedAt);
      if (!last || t > last.t || (t === last.t && s._id > last.id)) last = { t, id: s._id, run: 0 };
      const post = posts.get(s.postId);
      if (!post) continue;
      const day = dayKey(s.at);
      folded.push({ post, day, cell: s.cell });
      for (const subject of subjectsOf(post)) {
        const key = ids.dailyStat(subject, day);
        let d = days.get(key);
        if (!d) {
          d = {
            subject,
            day,
            count: 0,
            visitors: new Set(),
            inCircle: 0,
            withLocation: 0,
            hours: new Array(24).fill(0),
          };
          days.set(key, d);
        }
        d.count += 1;
        d.visitors.add(s.visitor);
        d.inCircle += s.inCircle === true ? 1 : 0;
        d.withLocation += s.distanceM === null ? 0 : 1;
        d.hours[cstHour(s.at)] += 1;
      }
      if (s.cell) {
        const id = ids.outsideCell(post.id, day, s.cell.lat, s.cell.lng);
        const doc = cells.get(id) ?? {
          _id: id,
          villageCode: post.villageCode,
          townshipCode: post.townshipCode,
          postId: post.id,
          day,
          lat: s.cell.lat,
          lng: s.cell.lng,
          count: 0,
          run: 0,
        };
        doc.count += 1;
        cells.set(id, doc);
      }
    }
    if (page.length < 1000) break;
    after = page[page.length - 1]._id;
  }

  const cursor = await readMeta<Cursor>(db, CLOUD_META.cursor);
  // Later runs number on from the highest run any document may carry.
  const run = cursor?.run ?? 0;
  const keepFrom = visitorHorizon(at);
  const sorted = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const daily: CloudDoc[] = [];
  const visitorDays: CloudDoc[] = [];
  const hourDocs: CloudDoc[] = [];
  const cum: CloudDoc[] = [];
  const running = new Map<string, { count: number; unique: number; inCircle: number; withLocation: number }>();
  for (const [id, d] of sorted) {
    const counts = { count: d.count, unique: d.visitors.size, inCircle: d.inCircle, withLocation: d.withLocation };
    daily.push({ _id: id, subject: d.subject, day: d.day, ...counts, dirty: false });
    const h: Record<string, number> = {};
    d.hours.forEach((n, i) => {
      if (n > 0) h[`h${i}`] = n;
    });
    hourDocs.push({ _id: id, subject: d.subject, day: d.day, h, run });
    if (d.day >= keepFrom) {
      for (const visitor of d.visitors) {
        visitorDays.push({ _id: ids.visitorDay(d.subject, d.day, visitor), subject: d.subject, day: d.day, visitor });
      }
    }
    // Ids sort by subject then day (days are fixed-length), so the running sums go day by day.
    const r = running.get(d.subject) ?? { count: 0, unique: 0, inCircle: 0, withLocation: 0 };
    const next = {
      count: r.count + counts.count,
      unique: r.unique + counts.unique,
      inCircle: r.inCircle + counts.inCircle,
      withLocation: r.withLocation + counts.withLocation,
    };
    running.set(d.subject, next);
    // Each document is valid until the subject's next one (cumulative.ts); the latest stays open.
    const previous = cum[cum.length - 1];
    if (previous && previous.subject === d.subject) previous.until = d.day;
    cum.push({ _id: id, subject: d.subject, day: d.day, ...next, until: OPEN_UNTIL });
  }
  await replaceAll(db, COLLECTIONS.dailyStats, daily);
  await replaceAll(db, COLLECTIONS.visitorDays, visitorDays);
  await replaceAll(db, COLLECTIONS.hourStats, hourDocs);
  await replaceAll(
    db,
    COLLECTIONS.outsideCells,
    [...cells.values()].map((c) => ({ ...c, run })),
  );
  await replaceAll(db, COLLECTIONS.cumStats, cum);
  await replaceAll(db, COLLECTIONS.boards, [...boardDocs(folded), ...directoryDocs(posts.values())]);
  await writeMeta(db, CLOUD_META.cursor, last ? { ...last, run } : (cursor ?? { t: 0, id: '', run }));
  await db.collection(COLLECTIONS.meta).doc(CLOUD_META.pending).remove();
  await writeMeta(db, ROLLUP_META.visitorHorizon, keepFrom);
  horizon.set(keepFrom);
  await writeMeta(db, ROLLUP_META.rolledAt, String(at));
  return { scans: read };
}
