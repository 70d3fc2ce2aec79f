/**
 * Per-county rollup documents that let a dashboard or the coverage read a whole region in one query, whatever the
 * number of its posts (collection `region_boards`, `_id` = `<kind>_<countyCode>[_<period>]`, fields county + key):
 * - `dir`: the county's post directory (every post, active and retired, keyed by id), written with each post write
 *   (load, create, update) and rebuilt by the rollup now and then, so it heals if anything bypassed those writes;
 * - `d<yyyymmdd>` and `m<yyyymm>`: scans per post on one day and in one month, folded from raw scans by the rollup
 *   once per run number (rollup-docs.ts addOnce), so a period reads whole months plus its partial days;
 * - `last`: each post's last scan day (`_.max`, idempotent);
 * - `cd<yyyymmdd>` and `cm<yyyymm>`: out-of-circle scans per (cell, post) on one day and in one month.
 * A city reads its counties' documents together: at most 5 × (2 + 13 + 62) for a year, one page of 1,000, and
 * the coverage reads its 90 days of cells the same way.
 */
import { dayKey } from '~/types/day';
import type { Post } from '~/types/domain';
import type { OutsideCell, PostBoard } from '../port';
import { COLLECTIONS, type ScanDoc } from './docs';
import { boardId, countyOf, postsOf } from './directory';
import { isDuplicateKey, pageById } from './query';
import { addOnce } from './rollup-docs';
import type { CloudDatabase, CloudDoc } from './sdk';
import { dayBefore, groupCells, mapParallel, type CellRow } from './stats-reads';

/** The keys of the county documents covering [from, to]: whole months as `m`, the other days as `d`. */
export function periodKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  let day = from;
  while (day <= to) {
    const month = day.slice(0, 6);
    const first = `${month}01`;
    const nextMonth = dayAfterMonth(month);
    const last = dayBefore(nextMonth);
    if (day === first && last <= to) {
      keys.push(`m${month}`);
      day = nextMonth;
    } else {
      keys.push(`d${day}`);
      day = dayAfter(day);
    }
  }
  return keys;
}

function dayAfter(day: string): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)) + 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function dayAfterMonth(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(4, 6)), 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Scans per post over [from, to] and last scan days of the posts under `prefix`, in one query. */
export async function postBoard(db: CloudDatabase, prefix: string, from: string, to: string): Promise<PostBoard> {
  const _ = db.command;
  const keys = from > to ? [] : periodKeys(from, to);
  const condition = { county: countyOf(db, prefix), key: _.in([...keys, 'last', 'dir']) };
  const docs = await pageById(db.collection(COLLECTIONS.boards), _, condition, null, Infinity);
  const mine = new Set(postsOf(docs, prefix).map((p) => p.id));
  const counts = new Map<string, number>();
  const last = new Map<string, string>();
  for (const d of docs) {
    if (d.key === 'dir') continue;
    for (const [id, v] of Object.entries((d.p ?? {}) as Record<string, number | string>)) {
      if (!mine.has(id)) continue;
      if (d.key === 'last') last.set(id, String(v));
      else counts.set(id, (counts.get(id) ?? 0) + Number(v));
    }
  }
  return { counts, last };
}

/**
 * A field name for one post's scans in one cell: the cell centre in millionths of a degree (centres are rounded to
 * 6 decimals, geo/cells.ts) and the post id, so no '.' ever splits the name into a path.
 */
function cellKey(cell: { lat: number; lng: number }, postId: string): string {
  return `${Math.round(cell.lat * 1e6)}_${Math.round(cell.lng * 1e6)}_${postId}`;
}

/** Out-of-circle cells of the posts under `prefix` over [from, to], or null when no directory exists yet. */
export async function boardCells(
  db: CloudDatabase,
  prefix: string,
  from: string,
  to: string,
): Promise<OutsideCell[] | null> {
  const _ = db.command;
  const keys = periodKeys(from, to).map((k) => `c${k}`);
  const condition = { county: countyOf(db, prefix), key: _.in([...keys, 'dir']) };
  const docs = await pageById(db.collection(COLLECTIONS.boards), _, condition, null, Infinity);
  if (!docs.some((d) => d.key === 'dir')) return null;
  const posts = new Map(postsOf(docs, prefix).map((p) => [p.id, p]));
  const rows: CellRow[] = [];
  for (const d of docs) {
    if (d.key === 'dir') continue;
    for (const [key, n] of Object.entries((d.p ?? {}) as Record<string, number>)) {
      const [lat, lng, ...rest] = key.split('_');
      const post = posts.get(rest.join('_'));
      if (!post) continue;
      rows.push({
        lat: Number(lat) / 1e6,
        lng: Number(lng) / 1e6,
        postId: post.id,
        townshipCode: post.townshipCode,
        count: n,
      });
    }
  }
  return groupCells(rows);
}

/** Adds one page of scans to the day, month and last-day documents of their counties, once for run `run`. */
export async function foldBoards(
  db: CloudDatabase,
  scans: ScanDoc[],
  posts: Map<string, Post>,
  run: number,
): Promise<void> {
  const incs = new Map<string, { county: string; key: string; inc: Record<string, number> }>();
  const lasts = new Map<string, Record<string, string>>();
  for (const s of scans) {
    const post = posts.get(s.postId);
    if (!post) continue;
    const day = dayKey(s.at);
    for (const key of [`d${day}`, `m${day.slice(0, 6)}`]) {
      const id = boardId(post.countyCode, key);
      const entry = incs.get(id) ?? { county: post.countyCode, key, inc: {} };
      entry.inc[`p.${post.id}`] = (entry.inc[`p.${post.id}`] ?? 0) + 1;
      incs.set(id, entry);
    }
    const l = lasts.get(post.countyCode) ?? {};
    if (!l[post.id] || l[post.id] < day) l[post.id] = day;
    lasts.set(post.countyCode, l);
    if (!s.cell) continue;
    for (const key of [`cd${day}`, `cm${day.slice(0, 6)}`]) {
      const id = boardId(post.countyCode, key);
      const entry = incs.get(id) ?? { county: post.countyCode, key, inc: {} };
      const path = `p.${cellKey(s.cell, post.id)}`;
      entry.inc[path] = (entry.inc[path] ?? 0) + 1;
      incs.set(id, entry);
    }
  }
  await mapParallel([...incs], ([id, e]) => {
    const p: Record<string, number> = {};
    for (const [path, n] of Object.entries(e.inc)) p[path.slice(2)] = n;
    return addOnce(db, COLLECTIONS.boards, id, run, e.inc, { county: e.county, key: e.key, p });
  });
  await mapParallel([...lasts], ([county, days]) => raiseLast(db, county, days));
}

async function raiseLast(db: CloudDatabase, county: string, days: Record<string, string>): Promise<void> {
  const _ = db.command;
  const boards = db.collection(COLLECTIONS.boards);
  const ref = boards.doc(boardId(county, 'last'));
  const data = { p: Object.fromEntries(Object.entries(days).map(([id, day]) => [id, _.max(day)])) };
  if ((await ref.update({ data })).stats.updated === 1) return;
  try {
    await boards.add({ data: { _id: boardId(county, 'last'), county, key: 'last', p: days } });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await ref.update({ data });
  }
}

/** The board documents of a whole rebuild, computed in memory from every raw scan (rebuild.ts). */
export function boardDocs(
  scans: Iterable<{ post: Post; day: string; cell: { lat: number; lng: number } | null }>,
): CloudDoc[] {
  const docs = new Map<string, CloudDoc & { p: Record<string, number | string> }>();
  const doc = (county: string, key: string) => {
    const id = boardId(county, key);
    let d = docs.get(id);
    if (!d) docs.set(id, (d = { _id: id, county, key, p: {}, run: 0 }));
    return d;
  };
  for (const { post, day, cell } of scans) {
    for (const key of [`d${day}`, `m${day.slice(0, 6)}`]) {
      const d = doc(post.countyCode, key);
      d.p[post.id] = Number(d.p[post.id] ?? 0) + 1;
    }
    for (const key of cell ? [`cd${day}`, `cm${day.slice(0, 6)}`] : []) {
      const d = doc(post.countyCode, key);
      const k = cellKey(cell as { lat: number; lng: number }, post.id);
      d.p[k] = Number(d.p[k] ?? 0) + 1;
    }
    const l = doc(post.countyCode, 'last');
    if (!l.p[post.id] || String(l.p[post.id]) < day) l.p[post.id] = day;
  }
  for (const d of docs.values()) if (d.key === 'last') delete d.run;
  return [...docs.values()];
}
