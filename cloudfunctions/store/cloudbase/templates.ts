/** Answer templates (答复模板) on CloudBase: a worker's own, written and deleted only by their owner. */
import type { TemplateRow, TemplatesPort } from '../port';
import { COLLECTIONS } from './docs';
import { rowReader, toFields } from './fields';
import { isDuplicateKey, pageBySkip } from './query';
import type { CloudDatabase } from './sdk';

const toTemplate = rowReader<TemplateRow>()('id', { copy: 'owner title text guideIds createdAt' });

/** The templates group over a CloudBase database. */
export function cloudTemplates(db: CloudDatabase): TemplatesPort {
  const coll = (name: string) => db.collection(name);
  return {
    forOwner: async (owner) => {
      const query = coll(COLLECTIONS.templates).where({ owner }).orderBy('createdAt', 'asc').orderBy('_id', 'asc');
      return (await pageBySkip(query, Infinity)).map(toTemplate);
    },
    put: async (t) => {
      const edit = { title: t.title, text: t.text, guideIds: [...t.guideIds] };
      const { stats } = await coll(COLLECTIONS.templates).where({ _id: t.id, owner: t.owner }).update({ data: edit });
      if (stats.updated > 0) return;
      try {
        await coll(COLLECTIONS.templates).add({ data: toFields(t, 'id') });
      } catch (err) {
        // The id belongs to another owner's template: leave it alone, as SQLite does.
        if (!isDuplicateKey(err)) throw err;
      }
    },
    delete: async (owner, id) =>
      (await coll(COLLECTIONS.templates).where({ _id: id, owner }).remove()).stats.removed > 0,
  };
}
