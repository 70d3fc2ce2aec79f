/** The embedded store's outbox (消息): notices to a user, read and unread, deleted with the user's data. */
import type Database from 'better-sqlite3';
import type { NoticeRow, OutboxPort } from '../port';
import { writeTransaction } from './write-transaction';

interface NoticeDbRow {
  id: string;
  recipient: string;
  at: number;
  title: string;
  body: string;
  request_id: string | null;
  target: NoticeRow['target'];
  read_at: number | null;
}

function toNotice(r: NoticeDbRow): NoticeRow {
  const { request_id: requestId, read_at: readAt, ...rest } = r;
  return { ...rest, requestId, readAt };
}

function prepare(db: Database.Database) {
  return {
    add: db.prepare<[NoticeDbRow]>(
      `INSERT INTO outbox (id, recipient, at, title, body, request_id, target, read_at)
       VALUES (@id, @recipient, @at, @title, @body, @request_id, @target, @read_at)`,
    ),
    forRecipient: db.prepare<[string, number], NoticeDbRow>(
      'SELECT * FROM outbox WHERE recipient = ? ORDER BY at DESC, id DESC LIMIT ?',
    ),
    unread: db.prepare<[string], number>('SELECT count(*) FROM outbox WHERE recipient = ? AND read_at IS NULL').pluck(),
    readAll: db.prepare<[number, string]>('UPDATE outbox SET read_at = ? WHERE recipient = ? AND read_at IS NULL'),
    readSome: db.prepare<[number, string, string]>(
      `UPDATE outbox SET read_at = ? WHERE recipient = ? AND read_at IS NULL
         AND id IN (SELECT value FROM json_each(?))`,
    ),
    deleteAll: db.prepare<[string]>('DELETE FROM outbox WHERE recipient = ?'),
  };
}

/** The outbox group of one connection. */
export function sqliteOutbox(db: Database.Database): OutboxPort {
  const st = prepare(db);
  const markRead = writeTransaction(db, (recipient: string, ids: string[] | null, at: number): number =>
    ids === null ? st.readAll.run(at, recipient).changes : st.readSome.run(at, recipient, JSON.stringify(ids)).changes,
  );
  return {
    add: async (n) => {
      st.add.run({
        id: n.id,
        recipient: n.recipient,
        at: n.at,
        title: n.title,
        body: n.body,
        request_id: n.requestId,
        target: n.target,
        read_at: n.readAt,
      });
    },
    forRecipient: async (recipient, limit) => (limit > 0 ? st.forRecipient.all(recipient, limit).map(toNotice) : []),
    unreadCount: async (recipient) => st.unread.get(recipient) ?? 0,
    markRead: async (recipient, ids, at) => (ids !== null && ids.length === 0 ? 0 : markRead(recipient, ids, at)),
    deleteByRecipient: async (recipient) => st.deleteAll.run(recipient).changes,
  };
}
