/**
 * Handling requests on CloudBase: the compare-and-set change of one `requests` document (timeline and answers are
 * embedded, so a change with its history entry is one atomic single-document update; its audit entry rides on the
 * same update, audit-pending.ts), the work lists of
 * assignees, the questions coming due and a worker's own answered requests.
 */
import type { ChangeOutcome, RequestChange, RequestRow, Store } from '../port';
import { carriedPatch, copyNow } from './audit-pending';
import { COLLECTIONS } from './docs';
import { chunk, getOrNull, PAGE, pageBySkip } from './query';
import { toRow } from './requests';
import type { CloudCondition, CloudData, CloudDatabase } from './sdk';

/** `_.in` lists are kept to this size; a worker has a handful of units. */
const IN_LIMIT = PAGE;

const byId = (a: RequestRow, b: RequestRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Earliest due first, ties by id. */
const byDue = (a: RequestRow, b: RequestRow) => a.dueAt - b.dueAt || byId(a, b);
/** Latest change first, ties by id descending. */
const byRecent = (a: RequestRow, b: RequestRow) => b.updatedAt - a.updatedAt || byId(b, a);

/** The patch of one change (without the version): set fields, merged payload keys, appended history and audit. */
function patchOf(db: CloudDatabase, c: RequestChange, id: string, version: number): CloudData {
  const _ = db.command;
  const data: CloudData = { updatedAt: c.at };
  const fields = ['status', 'assignee', 'dueAt', 'answeredBy', 'firstAnswerAt', 'rating', 'ratingWord'] as const;
  for (const f of fields) if (c[f] !== undefined) data[f] = c[f];
  if (c.remindedAt !== undefined) data.remindedAt = c.remindedAt;
  if (c.escalatedAt !== undefined) data.escalatedAt = c.escalatedAt;
  // A nested object patches only its keys (`payload.<key>`), so other payload keys stay as they are. An empty
  // object would instead replace the payload with {}: leave it out.
  if (c.payload && Object.keys(c.payload).length > 0) data.payload = { ...c.payload };
  if (c.event) data.timeline = _.push([{ ...c.event }]);
  if (c.answer) data.answers = _.push([{ ...c.answer, guideIds: [...c.answer.guideIds] }]);
  Object.assign(data, carriedPatch(db, c.audit, `${id}\u0000${version}`));
  return data;
}

/** The work methods of the requests port over a CloudBase database. */
export function cloudWork(
  db: CloudDatabase,
): Pick<Store['requests'], 'update' | 'forAssignees' | 'dueQuestions' | 'answeredBy'> {
  const coll = () => db.collection(COLLECTIONS.requests);
  const _ = db.command;
  const postAssignee = _.and(_.gte('post:'), _.lte('post:\uffff'));
  // A change with an audit entry copies it into the log at once. The entry is already safe on the document with
  // the change, so a failed copy is left to the next change or the timer's sweep, and the change stands.
  const applied = async (id: string, change: RequestChange): Promise<ChangeOutcome> => {
    if (change.audit) await copyNow(db, COLLECTIONS.requests, id);
    return 'ok';
  };

  return {
    async update(id, version, change): Promise<ChangeOutcome> {
      const patch = patchOf(db, change, id, version);
      const { stats } = await coll()
        .where({ _id: id, version })
        .update({ data: { ...patch, version: _.inc(1) } });
      if (stats.updated === 1) return applied(id, change);
      const doc = await getOrNull(coll().doc(id));
      if (!doc) return 'missing';
      // A document stored before versions existed has none and reads as version 1: match it by the missing field.
      if (doc.version === undefined && version === 1) {
        const legacy = await coll()
          .where({ _id: id, version: null })
          .update({ data: { ...patch, version: 2 } });
        if (legacy.stats.updated === 1) return applied(id, change);
      }
      return 'stale';
    },

    async forAssignees(q) {
      if (q.limit <= 0 || q.assignees.length === 0 || q.statuses?.length === 0) return [];
      const order = q.order === 'due' ? byDue : byRecent;
      // One query per run of assignees (a worker has a handful; `_.in` lists stay short), merged in order.
      const rows: RequestRow[] = [];
      for (const part of chunk([...new Set(q.assignees)], IN_LIMIT)) {
        const where: CloudCondition = { assignee: _.in(part) };
        if (q.statuses) where.status = _.in(q.statuses);
        if (q.kind) where.kind = q.kind;
        const base = coll().where(where);
        const query =
          q.order === 'due'
            ? base.orderBy('dueAt', 'asc').orderBy('_id', 'asc')
            : base.orderBy('updatedAt', 'desc').orderBy('_id', 'desc');
        rows.push(...(await pageBySkip(query, q.limit)).map(toRow));
      }
      return rows.sort(order).slice(0, q.limit);
    },

    async dueQuestions(dueBefore, unremindedOnly, limit) {
      // `post:` assignees are the string range ['post:', 'post:\uffff']; `remindedAt: null` also matches documents
      // that lack the field (MongoDB semantics).
      const where: CloudCondition = { status: 'pending', assignee: postAssignee, dueAt: _.lte(dueBefore) };
      if (unremindedOnly) where.remindedAt = null;
      const query = coll().where(where).orderBy('dueAt', 'asc').orderBy('_id', 'asc');
      return (await pageBySkip(query, Math.max(0, limit))).map(toRow);
    },

    async answeredBy(worker, sinceMs, limit) {
      if (limit <= 0) return [];
      // Two queries (MongoDB has no UNION): answered since, and rated at any time; merged without duplicates.
      const since = coll().where({ answeredBy: worker, firstAnswerAt: _.gte(sinceMs) });
      const rated = coll().where({ answeredBy: worker, rating: _.gte(1) });
      const byNewest = (q: typeof since) => q.orderBy('firstAnswerAt', 'desc').orderBy('_id', 'desc');
      const [a, b] = await Promise.all([pageBySkip(byNewest(since), limit), pageBySkip(byNewest(rated), limit)]);
      const rows = new Map<string, RequestRow>();
      for (const doc of [...a, ...b]) rows.set(doc._id, toRow(doc));
      return [...rows.values()]
        .sort((x, y) => (y.firstAnswerAt ?? 0) - (x.firstAnswerAt ?? 0) || byId(y, x))
        .slice(0, limit);
    },
  };
}
