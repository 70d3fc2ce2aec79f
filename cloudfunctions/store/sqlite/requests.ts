/**
 * The embedded store's requests (诉求; tables `requests`, `request_events`, `request_answers`): creating one with
 * its first timeline entries, reading, a resident's own, deleting them, and the light rows of the statistics.
 * Changes and work lists are in request-changes.ts.
 */
import type Database from 'better-sqlite3';
import type { TimelineEntry } from '~/types/api/requests';
import type { CreateOutcome, RequestRecord, RequestRow, RequestsPort, RequestStatRow } from '../port';
import { prefixEnd } from './ranges';
import { mediationOutcome } from '../request-rows';
import { requestChanges } from './request-changes';
import { requestParams, toRequestRow, type RequestDbRow } from './request-rows';
import { writeTransaction } from './write-transaction';

/** A light row as SQLite gives it, before the outcome is read from the steps. */
type StatDbRow = Omit<RequestStatRow, 'outcome'> & { steps: string | null };

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
    byIds: db.prepare<[string], RequestDbRow>('SELECT * FROM requests WHERE id IN (SELECT value FROM json_each(?))'),
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
    // The steps only of revisited mediation cases, whose outcome (达成协议 / 未达成) they alone still hold.
    forStats: db.prepare<[string, string, number, number, number], StatDbRow>(
      `SELECT id, kind, status, post_id AS postId, village_code AS villageCode, created_at AS createdAt,
         due_at AS dueAt, answered_by AS answeredBy, first_answer_at AS firstAnswerAt,
         CASE WHEN kind = 'mediation' AND status = 'revisited' THEN json_extract(payload, '$.steps') END AS steps
       FROM requests
       WHERE village_code >= ? AND village_code < ? AND created_at >= ? AND created_at < ?
       ORDER BY created_at, id LIMIT ?`,
    ),
  };
}

/** The requests group of one connection. */
export function sqliteRequests(db: Database.Database): RequestsPort {
  const st = prepare(db);
  const create = writeTransaction(db, (r: RequestRow, timeline: TimelineEntry[]): CreateOutcome => {
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
  const deleteAll = writeTransaction(db, (owner: string): number => st.deleteByOwner.run(owner).changes);

  return {
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
    byIds: async (ids) => (ids.length > 0 ? st.byIds.all(JSON.stringify(ids)).map(toRequestRow) : []),
    byOwner: async (owner, limit) => (limit > 0 ? st.byOwner.all(owner, limit).map(toRequestRow) : []),
    countSince: async (owner, sinceMs) => st.countSince.get(owner, sinceMs) ?? 0,
    deleteByOwner: async (owner) => deleteAll(owner),
    ...requestChanges(db),
    forStats: async (prefix, fromMs, toMs, limit) =>
      limit > 0 && fromMs < toMs
        ? st.forStats.all(prefix, prefixEnd(prefix), fromMs, toMs, limit).map(({ steps, ...r }) => ({
            ...r,
            outcome: mediationOutcome(r.kind, r.status, steps),
          }))
        : [],
  };
}
