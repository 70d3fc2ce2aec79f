/**
 * The embedded store's posts (先锋岗): lookups, pages, the grid search of `near`, a region's posts, creating and
 * changing posts with their history, and volunteer counts per post.
 */
import type Database from 'better-sqlite3';
import type { Post } from '~/types/domain';
import { nearest, type Located } from '../../geo/grid';
import type { AuditEntry, NearPost, PostChange, PostHistoryRow, PostsPort, ServingCount } from '../port';
import { prepareAppend } from './audit';
import { postParams, toPost, type PostDbRow } from './mappers';
import { regionPage, type RegionPage } from './ranges';
import type { PostCache } from './post-cache';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

interface HistoryDbRow {
  post_id: string;
  at: number;
  by: string;
  action: PostHistoryRow['action'];
  summary: string;
}

function prepare(db: Database.Database) {
  return {
    postsInRegion: db.prepare<[RegionPage & { status: string | null }], PostDbRow>(
      `SELECT * FROM posts
       WHERE village_code >= @lo AND village_code < @hi AND id > @after
         AND (@status IS NULL OR status = @status) AND (@name IS NULL OR name LIKE @name ESCAPE '\\')
       ORDER BY id LIMIT @limit`,
    ),
    // Answered from the index alone (cell, status, lat, lng + the primary key): no table row is read.
    locatedInCells: db.prepare<[string], Located>(
      `SELECT id, lat, lng FROM posts WHERE cell IN (SELECT value FROM json_each(?)) AND status = 'active'`,
    ),
    ofTownship: db.prepare<[string, number], PostDbRow>(
      `SELECT * FROM posts WHERE township_code = ? AND status = 'active' ORDER BY id LIMIT ?`,
    ),
    takenIds: db
      .prepare<[string], string>('SELECT id FROM posts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .pluck(),
    updatePost: db.prepare<[PostDbRow & { cell: number }]>(
      `UPDATE posts SET name = @name, address = @address, lat = @lat, lng = @lng, status = @status, cell = @cell
       WHERE id = @id`,
    ),
    addHistory: db.prepare<[HistoryDbRow]>(
      'INSERT INTO post_history (post_id, at, by, action, summary) VALUES (@post_id, @at, @by, @action, @summary)',
    ),
    history: db.prepare<[string, number], HistoryDbRow>(
      'SELECT post_id, at, by, action, summary FROM post_history WHERE post_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
    ),
    // From the post → volunteer index of the link table, one probe per post; deactivated volunteers do not count.
    volunteerCounts: db.prepare<[string], { post_id: string; n: number; mediators: number }>(
      `SELECT vp.post_id, count(*) AS n, sum(v.is_mediator) AS mediators
       FROM volunteer_posts vp JOIN volunteers v ON v.id = vp.volunteer_id
       WHERE vp.post_id IN (SELECT value FROM json_each(?)) AND v.active = 1
       GROUP BY vp.post_id`,
    ),
  };
}

function historyRow(h: PostHistoryRow): HistoryDbRow {
  return { post_id: h.postId, at: h.at, by: h.by, action: h.action, summary: h.summary };
}

/** The fields of a change that are set (an absent or undefined field leaves the post's value). */
function definedOnly(change: PostChange): PostChange {
  return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as PostChange;
}

/** The posts group of one connection. */
export function sqlitePosts(db: Database.Database, shared: Statements, cache: PostCache): PostsPort {
  const st = prepare(db);
  const appendAudit = prepareAppend(db);
  const create = writeTransaction(db, (posts: Post[], history: PostHistoryRow[], audit?: AuditEntry) => {
    const ids = posts.map((p) => p.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    const taken = [...new Set([...st.takenIds.all(JSON.stringify(ids)), ...repeated])].sort();
    if (taken.length > 0) return { created: 0, taken };
    for (const p of posts) shared.insertPost.run(postParams(p));
    for (const h of history) st.addHistory.run(historyRow(h));
    if (audit) appendAudit.run(audit);
    return { created: posts.length, taken: [] };
  });
  const update = writeTransaction(
    db,
    (id: string, change: PostChange, history: PostHistoryRow, audit?: AuditEntry): Post | null => {
      const row = shared.postById.get(id);
      if (!row) return null;
      const next: Post = { ...toPost(row), ...definedOnly(change) };
      st.updatePost.run(postParams(next));
      st.addHistory.run(historyRow(history));
      if (audit) appendAudit.run(audit);
      return next;
    },
  );
  const inRegion: PostsPort['inRegion'] = async (prefix, afterId, limit, filter) =>
    limit > 0
      ? st.postsInRegion
          .all({ ...regionPage(prefix, afterId, limit, filter?.nameLike), status: filter?.status ?? null })
          .map(toPost)
      : [];

  return {
    // Every scan reads its post first: remembered (post-cache.ts), forgotten on every post write below.
    byId: async (id) =>
      cache.get(id, (key) => {
        const row = shared.postById.get(key);
        return row ? toPost(row) : null;
      }),
    byIds: async (ids) => (ids.length ? shared.postsByIds.all(JSON.stringify(ids)).map(toPost) : []),
    page: async (afterId, limit, status) => {
      if (limit <= 0) return [];
      const rows = status
        ? shared.postsAfterWithStatus.all(status, afterId ?? '', limit)
        : shared.postsAfter.all(afterId ?? '', limit);
      return rows.map(toPost);
    },
    near: async (point, limit) => {
      const ranked = await nearest(point, limit, async (cells) => st.locatedInCells.all(JSON.stringify(cells)));
      // The winners' full rows, one primary-key probe each: faster than a json_each list for twenty ids.
      const out: NearPost[] = [];
      for (const r of ranked) {
        const row = shared.postById.get(r.item.id);
        if (row) out.push({ post: toPost(row), distanceM: r.distanceM });
      }
      return out;
    },
    byTownship: async (code, limit) => (limit > 0 ? st.ofTownship.all(code, limit).map(toPost) : []),
    inRegion,
    // One indexed query on one machine: no directory is needed here.
    directory: (prefix) => inRegion(prefix, null, Number.MAX_SAFE_INTEGER),
    create: async (posts, history, audit) => {
      cache.clear();
      return create(posts, history, audit);
    },
    update: async (id, change, history, audit) => {
      cache.clear();
      return update(id, change, history, audit);
    },
    history: async (id, limit) =>
      limit > 0
        ? st.history.all(id, limit).map((r) => ({
            postId: r.post_id,
            at: r.at,
            by: r.by,
            action: r.action,
            summary: r.summary,
          }))
        : [],
    volunteerCounts: async (postIds) => {
      const counts = new Map<string, ServingCount>(postIds.map((id) => [id, { all: 0, mediators: 0 }]));
      if (postIds.length === 0) return counts;
      for (const r of st.volunteerCounts.all(JSON.stringify(postIds)))
        counts.set(r.post_id, { all: r.n, mediators: r.mediators });
      return counts;
    },
  };
}
