/** The embedded store's answer templates (答复模板): a worker's own, written and deleted only by their owner. */
import type Database from 'better-sqlite3';
import type { TemplateRow, TemplatesPort } from '../port';

interface TemplateDbRow {
  id: string;
  owner: string;
  title: string;
  text: string;
  guide_ids: string;
  created_at: number;
}

function toTemplate(r: TemplateDbRow): TemplateRow {
  const { guide_ids: guideIds, created_at: createdAt, ...rest } = r;
  return { ...rest, guideIds: JSON.parse(guideIds) as string[], createdAt };
}

/** The templates group of one connection. */
export function sqliteTemplates(db: Database.Database): TemplatesPort {
  const forOwner = db.prepare<[string], TemplateDbRow>(
    'SELECT * FROM answer_templates WHERE owner = ? ORDER BY created_at, id',
  );
  // Upsert only within the owner: an id of another owner's template is left alone (and nothing is written).
  const put = db.prepare<[TemplateDbRow]>(
    `INSERT INTO answer_templates (id, owner, title, text, guide_ids, created_at)
     VALUES (@id, @owner, @title, @text, @guide_ids, @created_at)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text, guide_ids = excluded.guide_ids
     WHERE answer_templates.owner = excluded.owner`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM answer_templates WHERE owner = ? AND id = ?');
  return {
    forOwner: async (owner) => forOwner.all(owner).map(toTemplate),
    put: async (t) => {
      put.run({
        id: t.id,
        owner: t.owner,
        title: t.title,
        text: t.text,
        guide_ids: JSON.stringify(t.guideIds),
        created_at: t.createdAt,
      });
    },
    delete: async (owner, id) => remove.run(owner, id).changes > 0,
  };
}
