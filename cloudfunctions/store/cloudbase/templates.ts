/** Answer templates (答复模板) on CloudBase: a worker's own, written and deleted only by their owner. */
import type { TemplateRow, TemplatesPort } from '../port';
import { COLLECTIONS, type Fields } from './docs';
import { isDuplicateKey, pageBySkip } from './query';
import type { CloudDatabase, CloudDoc } from './sdk';

function toTemplate(doc: CloudDoc): TemplateRow {
  const d = doc as Fields<Omit<TemplateRow, 'id'>>;
  return {
    id: d._id,
    owner: d.owner,
    title: d.title,
    text: d.text,
    guideIds: [...d.guideIds],
    createdAt: d.createdAt,
  };
}

/** The templates group over a CloudBase database. */
export function cloudTemplates(db: CloudDatabase): TemplatesPort {
  const coll = (name: string) => db.collection(name);
  return {
    forOwner: async (owner) => {
      const query = coll(COLLECTIONS.templates).where({ owner }).orderBy('createdAt', 'asc').orderBy('_id', 'asc');
      return (await pageBySkip(query, Infinity)).map(toTemplate);
    },
    put: async (t) => {
      const { id, ...rest } = t;
      const edit = { title: t.title, text: t.text, guideIds: [...t.guideIds] };
      const { stats } = await coll(COLLECTIONS.templates).where({ _id: id, owner: t.owner }).update({ data: edit });
      if (stats.updated > 0) return;
      try {
        await coll(COLLECTIONS.templates).add({ data: { _id: id, ...rest, guideIds: [...t.guideIds] } });
      } catch (err) {
        // The id belongs to another owner's template: leave it alone, as SQLite does.
        if (!isDuplicateKey(err)) throw err;
      }
    },
    delete: async (owner, id) =>
      (await coll(COLLECTIONS.templates).where({ _id: id, owner }).remove()).stats.removed > 0,
  };
}
