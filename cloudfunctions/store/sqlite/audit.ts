/**
 * The embedded store's audit log (审计日志): append-only (triggers refuse UPDATE and DELETE), read per
 * request by the work pages and a page at a time, newest first, by the city admins' audit-log page.
 */
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPort, AuditRow } from '../port';

const COLUMNS = `at, actor, actor_label AS actorLabel, action, request_id AS requestId, kind,
  actor_role AS actorRole, detail`;

interface PageParams {
  kinds: string | null;
  fromMs: number;
  toMs: number;
  before: number | null;
  limit: number;
}

/** The statement that appends one entry (also run inside a request's change, request-changes.ts). */
export function prepareAppend(db: Database.Database): Database.Statement<[AuditEntry]> {
  return db.prepare<[AuditEntry]>(
    `INSERT INTO audit_log (at, actor, actor_label, action, request_id, kind, actor_role, detail)
     VALUES (@at, @actor, @actorLabel, @action, @requestId, @kind, @actorRole, @detail)`,
  );
}

/** The audit group of one connection. */
export function sqliteAudit(db: Database.Database): AuditPort {
  const append = prepareAppend(db);
  const forRequest = db.prepare<[string, number], AuditEntry>(
    `SELECT ${COLUMNS} FROM audit_log WHERE request_id = ? ORDER BY seq LIMIT ?`,
  );
  // seq orders entries as they were written; `at` only bounds the range (the clock may repeat a millisecond).
  const page = db.prepare<[PageParams], AuditEntry & { seq: number }>(
    `SELECT seq, ${COLUMNS} FROM audit_log
     WHERE (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
       AND at >= @fromMs AND at <= @toMs AND (@before IS NULL OR seq < @before)
     ORDER BY seq DESC LIMIT @limit`,
  );
  return {
    append: async (entry) => {
      append.run(entry);
    },
    // Entries are written in their change's transaction: none is ever left to copy.
    settle: async () => 0,
    forRequest: async (requestId, limit) => (limit > 0 ? forRequest.all(requestId, limit) : []),
    page: async (q): Promise<AuditRow[]> => {
      if (q.limit <= 0 || (q.kinds !== null && q.kinds.length === 0)) return [];
      // Cursors are the store's own ids: a seq in base 36 (the page checks only their alphabet).
      const before = q.before === null ? null : parseInt(q.before, 36);
      if (before !== null && !Number.isSafeInteger(before)) return [];
      const rows = page.all({
        kinds: q.kinds === null ? null : JSON.stringify(q.kinds),
        fromMs: q.fromMs,
        toMs: q.toMs,
        before,
        limit: q.limit,
      });
      return rows.map(({ seq, ...entry }) => ({ id: seq.toString(36), ...entry }));
    },
  };
}
