/**
 * The embedded store's resident requests (tables `requests`, `request_events`, `request_answers`) and
 * the post lookups of finding a post: grid cells for `posts.near`, townships, regions by level, services by kind.
 */
import type Database from 'better-sqlite3';
import type { TimelineEntry } from '../../../types/api/requests';
import type { GeoPoint, Region, RegionLevel, ServiceKind, ServicePoint } from '../../../types/domain';
import { nearest, type Located } from '../../geo/grid';
import type { CreateOutcome, NearPost, RequestRecord, RequestRow, Store } from '../port';
import { toPost, toRegion, toService, type PostDbRow, type RegionDbRow, type ServiceDbRow } from './mappers';
import { requestParams, toRequestRow, type RequestDbRow } from './request-rows';

interface EventDbRow {
  at: number;
  status: TimelineEntry['status'];
  by_label: string;
  note: string;
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<[RequestDbRow]>(
      `INSERT OR IGNORE INTO requests (id, kind, owner, client_id, post_id, village_code, township_code, county_code,
         assignee, status, title, payload, created_at, updated_at, due_at, version, answered_by, first_answer_at,
         rating, rating_word, reminded_at, escalated_at)
       VALUES (@id, @kind, @owner, @client_id, @post_id, @village_code, @township_code, @county_code,
         @assignee, @status, @title, @payload, @created_at, @updated_at, @due_at, @version, @answered_by,
         @first_answer_at, @rating, @rating_word, @reminded_at, @escalated_at)`,
    ),
    idByClient: db
      .prepare<[string, string], string>('SELECT id FROM requests WHERE owner = ? AND client_id = ?')
      .pluck(),
    insertEvent: db.prepare<[string, number, number, string, string, string]>(
      'INSERT INTO request_events (request_id, seq, at, status, by_label, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], RequestDbRow>('SELECT * FROM requests WHERE id = ?'),
    events: db.prepare<[string], EventDbRow>(
      'SELECT at, status, by_label, note FROM request_events WHERE request_id = ? ORDER BY seq',
    ),
    answers: db.prepare<[string], { at: number; by_label: string; text: string; guide_ids: string }>(
      'SELECT at, by_label, text, guide_ids FROM request_answers WHERE request_id = ? ORDER BY seq',
    ),
    byOwner: db.prepare<[string, number], RequestDbRow>(
      'SELECT * FROM requests WHERE owner = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    ),
    countSince: db
      .prepare<[string, number], number>('SELECT count(*) FROM requests WHERE owner = ? AND created_at >= ?')
      .pluck(),
    deleteByOwner: db.prepare<[string]>('DELETE FROM requests WHERE owner = ?'),
    // Answered from the index alone (cell, status, lat, lng + the primary key): no table row is read.
    locatedInCells: db.prepare<[string], Located>(
      `SELECT id, lat, lng FROM posts WHERE cell IN (SELECT value FROM json_each(?)) AND status = 'active'`,
    ),
    postById: db.prepare<[string], PostDbRow>('SELECT * FROM posts WHERE id = ?'),
    postsOfTownship: db.prepare<[string, number], PostDbRow>(
      `SELECT * FROM posts WHERE township_code = ? AND status = 'active' ORDER BY id LIMIT ?`,
    ),
    regionsOfLevel: db.prepare<[string], RegionDbRow>('SELECT * FROM regions WHERE level = ? ORDER BY code'),
    servicesOfKind: db.prepare<[string, number], ServiceDbRow>(
      'SELECT * FROM services WHERE kind = ? ORDER BY id LIMIT ?',
    ),
  };
}

/** The parts of the port built here; index.ts guards and assembles them. */
export interface RequestParts {
  requests: Pick<Store['requests'], 'create' | 'byId' | 'byOwner' | 'countSince' | 'deleteByOwner'>;
  near(point: GeoPoint, limit: number): Promise<NearPost[]>;
  byTownship(code: string, limit: number): Promise<ReturnType<typeof toPost>[]>;
  byLevel(level: RegionLevel): Promise<Region[]>;
  ofKind(kind: ServiceKind, limit: number): Promise<ServicePoint[]>;
}

/** Prepares the statements and builds the request and lookup methods of one connection. */
export function requestParts(db: Database.Database): RequestParts {
  const st = prepare(db);
  const create = db.transaction((r: RequestRow, timeline: TimelineEntry[]): CreateOutcome => {
    const inserted = st.insert.run(requestParams(r)).changes;
    if (inserted === 0) {
      const existing = st.idByClient.get(r.owner, r.clientId);
      // Ignored for another reason (an id taken by someone else): refuse rather than report a stranger's request.
      if (existing === undefined) throw new Error(`requests.create: id ${r.id} is already taken`);
      return { id: existing, created: false };
    }
    timeline.forEach((e, i) => st.insertEvent.run(r.id, i, e.at, e.status, e.by, e.note));
    return { id: r.id, created: true };
  });
  const deleteAll = db.transaction((owner: string): number => st.deleteByOwner.run(owner).changes);

  return {
    requests: {
      create: async (request, timeline) => create(request, timeline),
      byId: async (id): Promise<RequestRecord | null> => {
        const row = st.byId.get(id);
        if (!row) return null;
        return {
          ...toRequestRow(row),
          timeline: st.events.all(id).map((e) => ({ at: e.at, status: e.status, by: e.by_label, note: e.note })),
          answers: st.answers.all(id).map((a) => ({
            at: a.at,
            by: a.by_label,
            text: a.text,
            guideIds: JSON.parse(a.guide_ids) as string[],
          })),
        };
      },
      byOwner: async (owner, limit) => (limit > 0 ? st.byOwner.all(owner, limit).map(toRequestRow) : []),
      countSince: async (owner, sinceMs) => st.countSince.get(owner, sinceMs) ?? 0,
      deleteByOwner: async (owner) => deleteAll(owner),
    },
    near: async (point, limit) => {
      const ranked = await nearest(point, limit, async (cells) => st.locatedInCells.all(JSON.stringify(cells)));
      // The winners' full rows, one primary-key probe each: faster than a json_each list for twenty ids.
      const out: NearPost[] = [];
      for (const r of ranked) {
        const row = st.postById.get(r.item.id);
        if (row) out.push({ post: toPost(row), distanceM: r.distanceM });
      }
      return out;
    },
    byTownship: async (code, limit) => (limit > 0 ? st.postsOfTownship.all(code, limit).map(toPost) : []),
    byLevel: async (level) => st.regionsOfLevel.all(level).map(toRegion),
    ofKind: async (kind, limit) => (limit > 0 ? st.servicesOfKind.all(kind, limit).map(toService) : []),
  };
}
