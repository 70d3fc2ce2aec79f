/** Small helpers over the SDK surface: error recognition, missing documents, and paging in 1,000s. */
import type {
  CloudCollection,
  CloudCommand,
  CloudCondition,
  CloudDatabase,
  CloudDoc,
  CloudDocumentRef,
  CloudQuery,
} from './sdk';

/**
 * A server-side `get()` returns at most this many documents, whatever limit is asked (100 when none is): every
 * query asks for a full page, and `_id: _.in(list)` lists are cut to this size so one page holds their answer.
 */
export const PAGE = 1000;

/** Documents per batch insert: small enough that one request stays far below the service's request size. */
export const WRITE_BATCH = 100;

function messageOf(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object') {
    const e = err as { message?: unknown; errMsg?: unknown };
    return `${typeof e.message === 'string' ? e.message : ''} ${typeof e.errMsg === 'string' ? e.errMsg : ''}`;
  }
  return '';
}

/** True when an `add` failed because a document with that `_id` already exists (MongoDB E11000). */
export function isDuplicateKey(err: unknown): boolean {
  return /E11000|duplicate key|DuplicateWrite/i.test(messageOf(err));
}

/** True when `doc(id).get()` failed only because the document is missing. */
export function isNotFound(err: unknown): boolean {
  return /does not exist/i.test(messageOf(err));
}

/** The document, or null when missing (whether the SDK rejects, its default, or returns null data). */
export async function getOrNull(ref: CloudDocumentRef): Promise<CloudDoc | null> {
  try {
    const res = await ref.get();
    return res.data ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** Splits a list into runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number = PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Up to `limit` documents matching `condition` in `_id` order after `afterId`. Pages by `_id > last` rather than
 * `skip`, so each page is an index range, not a re-scan of everything before it.
 */
export async function pageById(
  coll: CloudCollection,
  _: CloudCommand,
  condition: CloudCondition,
  afterId: string | null,
  limit: number,
): Promise<CloudDoc[]> {
  const out: CloudDoc[] = [];
  let after = afterId;
  while (out.length < limit) {
    const want = Math.min(PAGE, limit - out.length);
    const where = after === null ? condition : { ...condition, _id: _.gt(after) };
    const { data } = await coll.where(where).orderBy('_id', 'asc').limit(want).get();
    out.push(...data);
    if (data.length < want) break;
    after = data[data.length - 1]._id;
  }
  return out;
}

/** Up to `limit` documents of an ordered query, paged with skip (for orders other than `_id`; small results). */
export async function pageBySkip(query: CloudQuery, limit: number): Promise<CloudDoc[]> {
  const out: CloudDoc[] = [];
  while (out.length < limit) {
    const want = Math.min(PAGE, limit - out.length);
    const { data } = await query.skip(out.length).limit(want).get();
    out.push(...data);
    if (data.length < want) break;
  }
  return out;
}

/** Up to `limit` documents in `_id` order after `afterId` that match `condition` and pass `keep` (paged in 1,000s). */
export async function pageKept(
  coll: CloudCollection,
  db: CloudDatabase,
  condition: CloudCondition,
  afterId: string | null,
  limit: number,
  keep: (doc: CloudDoc) => boolean,
): Promise<CloudDoc[]> {
  const out: CloudDoc[] = [];
  let after = afterId;
  while (out.length < limit) {
    const where = after === null ? condition : { ...condition, _id: db.command.gt(after) };
    const { data } = await coll.where(where).orderBy('_id', 'asc').limit(PAGE).get();
    for (const d of data) if (out.length < limit && keep(d)) out.push(d);
    if (data.length < PAGE) break;
    after = data[data.length - 1]._id;
  }
  return out;
}

/** A condition on a code field: starts with `prefix` (codes are digits, so one high character closes the range). */
export function startsWith(db: CloudDatabase, prefix: string) {
  return db.command.and(db.command.gte(prefix), db.command.lte(`${prefix}\uffff`));
}

/** A filter keeping documents whose name contains `part` (every document when none is given). */
export function nameHas(part: string | undefined) {
  return (doc: CloudDoc) => !part || String(doc.name).includes(part);
}
