/**
 * The county post directories (boards.ts, key `dir`): every post of a county, active and retired, keyed by id, so a
 * dashboard or the coverage reads a region's posts in one query. Written with each post write (load, create,
 * update) and rebuilt by the rollup now and then, so they heal if anything bypassed those writes.
 */
import type { Post } from '~/types/domain';
import { COLLECTIONS, fromDoc } from './docs';
import { isDuplicateKey, pageById } from './query';
import type { CloudDatabase, CloudDoc } from './sdk';
import { mapParallel } from './stats-reads';

/** The `_id` of a county document. */
export const boardId = (county: string, key: string): string => `${key}_${county}`;

/** The condition on `county` for a region prefix (a city prefix spans its counties). */
export function countyOf(db: CloudDatabase, prefix: string) {
  // County codes are digits: one high character closes the range (as network.ts startsWith does).
  const _ = db.command;
  return prefix.length >= 6 ? prefix.slice(0, 6) : _.and(_.gte(prefix), _.lte(`${prefix}\uffff`));
}

/** A directory entry: the post document without its id, grid cell and geo point. */
function entryOf(p: Post): Record<string, unknown> {
  const entry: Record<string, unknown> = { ...p };
  delete entry.id;
  return entry;
}

/** Directory entries by county (filled in place: copying a county's entries per post was quadratic). */
function entriesByCounty(posts: Post[]): Map<string, Record<string, unknown>> {
  const byCounty = new Map<string, Record<string, unknown>>();
  for (const p of posts) {
    let entries = byCounty.get(p.countyCode);
    if (!entries) byCounty.set(p.countyCode, (entries = {}));
    entries[p.id] = entryOf(p);
  }
  return byCounty;
}

/** Writes posts into their counties' directories (patching entries, creating a directory that is missing). */
export async function patchDirectory(db: CloudDatabase, posts: Post[]): Promise<void> {
  const byCounty = entriesByCounty(posts);
  const boards = db.collection(COLLECTIONS.boards);
  await mapParallel([...byCounty], async ([county, entries]) => {
    const ref = boards.doc(boardId(county, 'dir'));
    if ((await ref.update({ data: { posts: entries } })).stats.updated === 1) return;
    try {
      await boards.add({ data: { _id: boardId(county, 'dir'), county, key: 'dir', posts: entries } });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await ref.update({ data: { posts: entries } });
    }
  });
}

/** Rewrites every county directory from the posts collection (the rollup's periodic heal). */
export async function rebuildDirectory(db: CloudDatabase): Promise<void> {
  const posts = (await pageById(db.collection(COLLECTIONS.posts), db.command, {}, null, Infinity)).map(fromDoc.post);
  const byCounty = entriesByCounty(posts);
  await mapParallel([...byCounty], ([county, entries]) =>
    db
      .collection(COLLECTIONS.boards)
      .doc(boardId(county, 'dir'))
      .set({ data: { county, key: 'dir', posts: entries } }),
  );
}

/** The posts under `prefix` in directory documents (other documents are skipped), in id order. */
export function postsOf(docs: CloudDoc[], prefix: string): Post[] {
  const out: Post[] = [];
  for (const d of docs) {
    if (d.key !== 'dir') continue;
    for (const [id, entry] of Object.entries(d.posts as Record<string, Record<string, unknown>>)) {
      const post = fromDoc.post({ _id: id, ...entry });
      if (post.villageCode.startsWith(prefix)) out.push(post);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every post under `prefix` from the directories, or null when no directory exists yet. */
export async function directoryPosts(db: CloudDatabase, prefix: string): Promise<Post[] | null> {
  const condition = { county: countyOf(db, prefix), key: 'dir' };
  const docs = await pageById(db.collection(COLLECTIONS.boards), db.command, condition, null, Infinity);
  return docs.length === 0 ? null : postsOf(docs, prefix);
}

/** The directory documents of a set of posts (rebuild.ts, load). */
export function directoryDocs(posts: Iterable<Post>): CloudDoc[] {
  const docs = new Map<string, CloudDoc & { posts: Record<string, unknown> }>();
  for (const p of posts) {
    const id = boardId(p.countyCode, 'dir');
    const d = docs.get(id) ?? { _id: id, county: p.countyCode, key: 'dir', posts: {} };
    d.posts[p.id] = entryOf(p);
    docs.set(id, d);
  }
  return [...docs.values()];
}
