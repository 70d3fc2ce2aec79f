/**
 * The embedded store's requests as they are handled: compare-and-set changes (one IMMEDIATE transaction each, with
 * the change's history entry, answer and audit entry), the work lists of assignees, questions coming due (for the
 * cron timer) and a worker's own answered requests. requests.ts assembles them with the rest of the requests group.
 */
import type Database from 'better-sqlite3';
import type { AssigneeQuery, ChangeOutcome, RequestChange, RequestRow, RequestsPort } from '../port';
import { prepareAppend } from './audit';
import { toRequestRow, type RequestDbRow } from './request-rows';
import { writeTransaction } from './write-transaction';

/** The columns a change may set (the rest of a row is fixed when it is created). */
type Changeable =
  | 'status'
  | 'assignee'
  | 'due_at'
  | 'payload'
  | 'answered_by'
  | 'first_answer_at'
  | 'rating'
  | 'rating_word'
  | 'reminded_at'
  | 'escalated_at';

/** The named parameters of a change; null leaves a column as it is. */
type ChangeParams = { id: string; version: number; at: number } & { [K in Changeable]: RequestDbRow[K] | null };

function prepare(db: Database.Database) {
  return {
    current: db.prepare<[string], { version: number; payload: string }>(
      'SELECT version, payload FROM requests WHERE id = ?',
    ),
    // The version in the WHERE clause is the compare-and-set: a change made against an older version updates nothing.
    change: db.prepare<[ChangeParams]>(
      `UPDATE requests SET
         status = coalesce(@status, status),
         assignee = coalesce(@assignee, assignee),
         due_at = coalesce(@due_at, due_at),
         payload = coalesce(@payload, payload),
         answered_by = coalesce(@answered_by, answered_by),
         first_answer_at = coalesce(@first_answer_at, first_answer_at),
         rating = coalesce(@rating, rating),
         rating_word = coalesce(@rating_word, rating_word),
         reminded_at = coalesce(@reminded_at, reminded_at),
         escalated_at = coalesce(@escalated_at, escalated_at),
         updated_at = @at,
         version = version + 1
       WHERE id = @id AND version = @version`,
    ),
    appendEvent: db.prepare<[{ id: string; at: number; status: string; by: string; note: string }]>(
      `INSERT INTO request_events (request_id, seq, at, status, by_label, note)
       SELECT @id, coalesce(max(seq) + 1, 0), @at, @status, @by, @note FROM request_events WHERE request_id = @id`,
    ),
    appendAnswer: db.prepare<[{ id: string; at: number; by: string; text: string; guideIds: string }]>(
      `INSERT INTO request_answers (request_id, seq, at, by_label, text, guide_ids)
       SELECT @id, coalesce(max(seq) + 1, 0), @at, @by, @text, @guideIds FROM request_answers WHERE request_id = @id`,
    ),
    appendAudit: prepareAppend(db),
    dueQuestions: db.prepare<[number, number], RequestDbRow>(
      `SELECT * FROM requests
       WHERE assignee LIKE 'post:%' AND status = 'pending' AND due_at <= ?
       ORDER BY due_at, id LIMIT ?`,
    ),
    dueUnreminded: db.prepare<[number, number], RequestDbRow>(
      `SELECT * FROM requests
       WHERE assignee LIKE 'post:%' AND status = 'pending' AND due_at <= ? AND reminded_at IS NULL
       ORDER BY due_at, id LIMIT ?`,
    ),
    answeredBy: db.prepare<{ worker: string; since: number; limit: number }, RequestDbRow>(
      `SELECT * FROM requests WHERE answered_by = @worker AND first_answer_at >= @since
       UNION
       SELECT * FROM requests WHERE answered_by = @worker AND rating IS NOT NULL
       ORDER BY first_answer_at DESC, id DESC LIMIT @limit`,
    ),
  };
}

/** Merges the changed keys into the stored payload (a key given as null is kept as null). */
function mergedPayload(stored: string, patch: RequestRow['payload'] | undefined): string | null {
  if (!patch) return null;
  return JSON.stringify({ ...(JSON.parse(stored) as RequestRow['payload']), ...patch });
}

/** One statement per (order, status filter, kind filter), so each is planned on the assignee indexes. */
function assigneeSql(q: AssigneeQuery): string {
  const where = ['assignee IN (SELECT value FROM json_each(@assignees))'];
  if (q.statuses) where.push('status IN (SELECT value FROM json_each(@statuses))');
  if (q.kind) where.push('kind = @kind');
  const order = q.order === 'due' ? 'due_at ASC, id ASC' : 'updated_at DESC, id DESC';
  return `SELECT * FROM requests WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit`;
}

/** The work methods of the requests port. */
export type RequestChanges = Pick<RequestsPort, 'update' | 'forAssignees' | 'dueQuestions' | 'answeredBy'>;

/** Prepares the statements and builds the work methods of one connection. */
export function requestChanges(db: Database.Database): RequestChanges {
  const st = prepare(db);
  const listings = new Map<string, Database.Statement<Record<string, unknown>, RequestDbRow>>();
  const listing = (q: AssigneeQuery) => {
    const sql = assigneeSql(q);
    let statement = listings.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, RequestDbRow>(sql);
      listings.set(sql, statement);
    }
    return statement;
  };

  const update = writeTransaction(db, (id: string, version: number, c: RequestChange): ChangeOutcome => {
    const current = st.current.get(id);
    if (!current) return 'missing';
    if (current.version !== version) return 'stale';
    const changed = st.change.run({
      id,
      version,
      at: c.at,
      status: c.status ?? null,
      assignee: c.assignee ?? null,
      due_at: c.dueAt ?? null,
      payload: mergedPayload(current.payload, c.payload),
      answered_by: c.answeredBy ?? null,
      first_answer_at: c.firstAnswerAt ?? null,
      rating: c.rating ?? null,
      rating_word: c.ratingWord ?? null,
      reminded_at: c.remindedAt ?? null,
      escalated_at: c.escalatedAt ?? null,
    }).changes;
    if (changed === 0) return 'stale';
    if (c.event) st.appendEvent.run({ id, ...c.event });
    if (c.answer) st.appendAnswer.run({ id, ...c.answer, guideIds: JSON.stringify(c.answer.guideIds) });
    if (c.audit) st.appendAudit.run(c.audit);
    return 'ok';
  });

  return {
    // IMMEDIATE: the write lock is taken before the version is read, so another process cannot slip in between.
    update: async (id, version, change) => update(id, version, change),
    forAssignees: async (q) => {
      if (q.limit <= 0 || q.assignees.length === 0 || q.statuses?.length === 0) return [];
      const params: Record<string, unknown> = { assignees: JSON.stringify(q.assignees), limit: q.limit };
      if (q.statuses) params.statuses = JSON.stringify(q.statuses);
      if (q.kind) params.kind = q.kind;
      return listing(q).all(params).map(toRequestRow);
    },
    dueQuestions: async (dueBefore, unremindedOnly, limit) => {
      if (limit <= 0) return [];
      const statement = unremindedOnly ? st.dueUnreminded : st.dueQuestions;
      return statement.all(dueBefore, limit).map(toRequestRow);
    },
    answeredBy: async (worker, sinceMs, limit) =>
      limit > 0 ? st.answeredBy.all({ worker, since: sinceMs, limit }).map(toRequestRow) : [],
  };
}
