/** Notices to users (消息) on CloudBase: one `outbox` document each, read and unread, deleted with the user's data. */
import type { NoticeRow, OutboxPort } from '../port';
import { COLLECTIONS } from './docs';
import { rowReader, toFields } from './fields';
import { chunk, pageBySkip } from './query';
import type { CloudCondition, CloudDatabase } from './sdk';

const toNotice = rowReader<NoticeRow>()('id', { copy: 'recipient at title body requestId target', orNull: 'readAt' });

/** The outbox group over a CloudBase database. */
export function cloudOutbox(db: CloudDatabase): OutboxPort {
  const coll = (name: string) => db.collection(name);
  const _ = db.command;
  return {
    add: async (n) => {
      await coll(COLLECTIONS.outbox).add({ data: toFields(n, 'id') });
    },
    forRecipient: async (recipient, limit) => {
      const query = coll(COLLECTIONS.outbox).where({ recipient }).orderBy('at', 'desc').orderBy('_id', 'desc');
      return (await pageBySkip(query, Math.max(0, limit))).map(toNotice);
    },
    unreadCount: async (recipient) => (await coll(COLLECTIONS.outbox).where({ recipient, readAt: null }).count()).total,
    markRead: async (recipient, ids, at) => {
      if (ids === null) {
        const all = await coll(COLLECTIONS.outbox)
          .where({ recipient, readAt: null })
          .update({ data: { readAt: at } });
        return all.stats.updated;
      }
      let changed = 0;
      for (const part of chunk([...new Set(ids)])) {
        const where: CloudCondition = { recipient, readAt: null, _id: _.in(part) };
        changed += (
          await coll(COLLECTIONS.outbox)
            .where(where)
            .update({ data: { readAt: at } })
        ).stats.updated;
      }
      return changed;
    },
    deleteByRecipient: async (recipient) =>
      (await coll(COLLECTIONS.outbox).where({ recipient }).remove()).stats.removed,
  };
}
