/**
 * The embedded store's side of running the network: posts and volunteers of a region, creating and
 * changing posts with their history, volunteer counts per post, service points of a region, request rows for the
 * statistics, and binding the first admin.
 */
import type Database from 'better-sqlite3';
import type { Post, User } from '../../../types/domain';
import type { PostChange, PostHistoryRow, RequestStatRow, Store } from '../port';
import {
  postParams,
  toPost,
  toService,
  toVolunteer,
  userParams,
  type PostDbRow,
  type ServiceDbRow,
  type VolunteerDbRow,
  VOLUNTEER_WITH_POSTS,
} from './mappers';
import type { Statements } from './statements';

/** The first code after every code starting with `prefix` (codes are digits, so one high character suffices). */
export function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

/** A LIKE pattern matching text that contains `part` literally (`%`, `_` and `\` escaped with `\`). */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface RegionPage {
  lo: string;
  hi: string;
  after: string;
  limit: number;
  status: string | null;
  name: string | null;
}

interface HistoryDbRow {
  post_id: string;
  at: number;
  by: string;
  action: PostHistoryRow['action'];
  summary: string;
}

function prepare(db: Database.Database) {
  return {
    postsInRegion: db.prepare<[RegionPage], PostDbRow>(
      `SELECT * FROM posts
       WHERE village_code >= @lo AND village_code < @hi AND id > @after
         AND (@status IS NULL OR status = @status) AND (@name IS NULL OR name LIKE @name ESCAPE '\\')
       ORDER BY id LIMIT @limit`,
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
    volunteerCounts: db.prepare<[string], { post_id: string; n: number }>(
      `SELECT vp.post_id, count(*) AS n FROM volunteer_posts vp JOIN volunteers v ON v.id = vp.volunteer_id
       WHERE vp.post_id IN (SELECT value FROM json_each(?)) AND v.active = 1
       GROUP BY vp.post_id`,
    ),
    volunteersInRegion: db.prepare<[Omit<RegionPage, 'status'>], VolunteerDbRow>(
      `${VOLUNTEER_WITH_POSTS}
       WHERE v.village_code >= @lo AND v.village_code < @hi AND v.id > @after
         AND (@name IS NULL OR v.name LIKE @name ESCAPE '\\')
       ORDER BY v.id LIMIT @limit`,
    ),
    servicesInRegion: db.prepare<[string, string, number], ServiceDbRow>(
      'SELECT * FROM services WHERE region_code >= ? AND region_code < ? ORDER BY id LIMIT ?',
    ),
    requestStats: db.prepare<[string, string, number, number, number], RequestStatRow>(
      `SELECT id, kind, status, post_id AS postId, village_code AS villageCode, created_at AS createdAt,
         due_at AS dueAt, answered_by AS answeredBy, first_answer_at AS firstAnswerAt
       FROM requests
       WHERE village_code >= ? AND village_code < ? AND created_at >= ? AND created_at < ?
       ORDER BY created_at, id LIMIT ?`,
    ),
    countByRole: db.prepare<[string], number>('SELECT count(*) FROM users WHERE role = ?').pluck(),
    insertUser: db.prepare<[ReturnType<typeof userParams>]>(
      `INSERT INTO users (openid, role, region_code, label, volunteer_id, service_id)
       VALUES (@openid, @role, @region_code, @label, @volunteer_id, @service_id)
       ON CONFLICT (openid) DO UPDATE SET role = excluded.role, region_code = excluded.region_code,
         label = excluded.label, volunteer_id = excluded.volunteer_id, service_id = excluded.service_id`,
    ),
  };
}

function historyRow(h: PostHistoryRow): HistoryDbRow {
  return { post_id: h.postId, at: h.at, by: h.by, action: h.action, summary: h.summary };
}

/** The parts of the port built here; index.ts guards and assembles them. */
export interface NetworkParts {
  posts: Pick<Store['posts'], 'inRegion' | 'create' | 'update' | 'history' | 'volunteerCounts'>;
  volunteersInRegion: Store['volunteers']['inRegion'];
  servicesInRegion: Store['services']['inRegion'];
  forStats: Store['requests']['forStats'];
  users: Pick<Store['users'], 'countByRole' | 'putFirstAdmin'>;
}

/** Prepares the statements and builds the network methods of one connection. */
export function networkParts(db: Database.Database, shared: Statements): NetworkParts {
  const st = prepare(db);
  const create = db.transaction((posts: Post[], history: PostHistoryRow[]) => {
    const ids = posts.map((p) => p.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    const taken = [...new Set([...st.takenIds.all(JSON.stringify(ids)), ...repeated])].sort();
    if (taken.length > 0) return { created: 0, taken };
    for (const p of posts) shared.insertPost.run(postParams(p));
    for (const h of history) st.addHistory.run(historyRow(h));
    return { created: posts.length, taken: [] };
  });
  const update = db.transaction((id: string, change: PostChange, history: PostHistoryRow): Post | null => {
    const row = shared.postById.get(id);
    if (!row) return null;
    const next: Post = { ...toPost(row), ...definedOnly(change) };
    st.updatePost.run(postParams(next));
    st.addHistory.run(historyRow(history));
    return next;
  });
  const putFirstAdmin = db.transaction((user: User): boolean => {
    if ((st.countByRole.get('admin') ?? 0) > 0) return false;
    st.insertUser.run(userParams(user));
    return true;
  });

  return {
    posts: {
      inRegion: async (prefix, afterId, limit, filter) =>
        limit > 0
          ? st.postsInRegion
              .all({
                lo: prefix,
                hi: prefixEnd(prefix),
                after: afterId ?? '',
                limit,
                status: filter?.status ?? null,
                name: filter?.nameLike ? containsPattern(filter.nameLike) : null,
              })
              .map(toPost)
          : [],
      create: async (posts, history) => create.immediate(posts, history),
      update: async (id, change, history) => update.immediate(id, change, history),
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
        const counts = new Map<string, number>(postIds.map((id) => [id, 0]));
        if (postIds.length === 0) return counts;
        for (const r of st.volunteerCounts.all(JSON.stringify(postIds))) counts.set(r.post_id, r.n);
        return counts;
      },
    },
    volunteersInRegion: async (prefix, afterId, limit, nameLike) =>
      limit > 0
        ? st.volunteersInRegion
            .all({
              lo: prefix,
              hi: prefixEnd(prefix),
              after: afterId ?? '',
              limit,
              name: nameLike ? containsPattern(nameLike) : null,
            })
            .map(toVolunteer)
        : [],
    // The city's own points (region 220800) start with the city prefix '2208' too, so one range holds them.
    servicesInRegion: async (prefix, limit) =>
      limit > 0 ? st.servicesInRegion.all(prefix, prefixEnd(prefix), limit).map(toService) : [],
    forStats: async (prefix, fromMs, toMs, limit) =>
      limit > 0 && fromMs < toMs ? st.requestStats.all(prefix, prefixEnd(prefix), fromMs, toMs, limit) : [],
    users: {
      countByRole: async (role) => st.countByRole.get(role) ?? 0,
      putFirstAdmin: async (user) => putFirstAdmin.immediate(user),
    },
  };
}

/** The fields of a change that are set (an absent or undefined field leaves the post's value). */
function definedOnly(change: PostChange): PostChange {
  return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as PostChange;
}
