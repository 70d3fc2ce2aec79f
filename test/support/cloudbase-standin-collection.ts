/**
 * Queries, documents and collections of the CloudBase stand-in (cloudbase-standin.ts assembles the database): the
 * server's page caps, per-document atomic updates, ordered batch inserts, and a round trip before every answer.
 */
import type {
  CloudCollection,
  CloudCondition,
  CloudData,
  CloudDoc,
  CloudDocumentRef,
  CloudQuery,
} from '~/cloudfunctions/store/cloudbase/sdk';
import type { SimClock } from './cloudbase-standin-clock';
import {
  byOrder,
  clone,
  Command,
  compare,
  docMatches,
  flatten,
  hasCommand,
  isPlainObject,
} from './cloudbase-standin-query';
import { boundsOf } from './cloudbase-standin-ordered';
import { duplicateKey, sdkError, type Table } from './cloudbase-standin-table';

/** A server-side `get()` without `.limit()` returns this many documents at most. */
export const DEFAULT_GET = 100;
/** A server-side `get()` returns at most this many documents whatever `.limit()` asks. */
export const MAX_GET = 1000;
const integer = (name: string, n: number): number => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
};

/** The server's answer when a collection was never created (the message as the SDK reports it). */
export function collectionMissing(api: string): Error {
  return sdkError(
    -502005,
    `${api}:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist. ` +
      'Please check your request, but if the problem cannot be solved, contact us.',
  );
}

/** How a collection reaches its table: after the round trip, so a missing collection fails as the server answers. */
export interface Backend {
  clock: SimClock;
  table(name: string, api: string): Table;
}

interface QueryState {
  where: CloudCondition | Command;
  order: [string, 'asc' | 'desc'][];
  skip: number;
  limit: number | null;
}

class StandinQuery implements CloudQuery {
  constructor(
    protected readonly name: string,
    protected readonly backend: Backend,
    protected readonly state: QueryState = { where: {}, order: [], skip: 0, limit: null },
  ) {}

  private with(patch: Partial<QueryState>): StandinQuery {
    return new StandinQuery(this.name, this.backend, { ...this.state, ...patch });
  }
  where(condition: CloudCondition | object): CloudQuery {
    if (!(condition instanceof Command) && !isPlainObject(condition)) throw new Error('where: needs an object');
    return this.with({ where: condition as CloudCondition | Command });
  }
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery {
    return this.with({ order: [...this.state.order.filter(([f]) => f !== field), [field, direction]] });
  }
  // The SDK validates both as integers before sending.
  skip(n: number): CloudQuery {
    return this.with({ skip: integer('skip', n) });
  }
  limit(n: number): CloudQuery {
    return this.with({ limit: integer('limit', n) });
  }
  /** One round trip, then the collection's table (rejecting as the server does when it was never created). */
  protected async reach(api: string): Promise<Table> {
    await this.backend.clock.trip();
    return this.backend.table(this.name, api);
  }
  /** The stand-in's own work for one answer, timed apart from the caller's. */
  protected work<T>(run: () => T): T {
    return this.backend.clock.charge(run);
  }
  private matching(table: Table): CloudDoc[] {
    const { where } = this.state;
    // `_id` conditions are index lookups on the server; here too, so large collections stay cheap to query.
    const id = !(where instanceof Command) ? where._id : undefined;
    let candidates: Iterable<CloudDoc> = table.docs.values();
    if (typeof id === 'string') candidates = [table.docs.get(id)].filter((d): d is CloudDoc => d !== undefined);
    else if (id instanceof Command && id.op === 'in') {
      candidates = (id.args[0] as unknown[]).flatMap((k) => table.docs.get(String(k)) ?? []);
    } else if (!(where instanceof Command)) {
      for (const field of table.lookupFields()) {
        const cond = where[field];
        const values = cond instanceof Command ? (cond.op === 'in' ? (cond.args[0] as unknown[]) : null) : [cond];
        // Only plain strings, numbers and booleans are looked up; anything else (null, objects) reads every document.
        const plain = values?.every((x) => ['string', 'number', 'boolean'].includes(typeof x)) === true;
        const ids = plain && values ? table.candidates(field, values) : null;
        if (ids) {
          candidates = [...ids].flatMap((k) => table.docs.get(k) ?? []);
          break;
        }
      }
    }
    return [...new Set(candidates)].filter((d) => docMatches(d, where));
  }
  /**
   * The page of a query in `_id` order with no other lookup (pageById's shape: `_id > last`, ascending): read
   * along the id order until the page is full, as the server's `_id` index does. Null for any other query. The
   * answer is the same as sorting every match (the general path below); only the stand-in's own time differs.
   */
  private byIdRange(table: Table, take: number): CloudDoc[] | null {
    const { where, order, skip } = this.state;
    if (where instanceof Command || order.length !== 1 || order[0][0] !== '_id' || order[0][1] !== 'asc') return null;
    if (table.lookupFields().some((f) => where[f] !== undefined)) return null;
    const id = where._id;
    let after: string | null = null;
    if (id instanceof Command && id.op === 'gt' && typeof id.args[0] === 'string') after = id.args[0];
    else if (id !== undefined) return null;
    const out: CloudDoc[] = [];
    for (const key of table.idsAfter(after)) {
      const doc = table.docs.get(key) as CloudDoc;
      if (docMatches(doc, where)) out.push(doc);
      if (out.length >= skip + take) break;
    }
    return out.slice(skip).map(clone);
  }
  /**
   * The page of a query ordered by an indexed field then `_id` (the rollup's `insertedAt` pages), or in `_id`
   * order under an equality on an indexed field the lookups do not cover (a Date): read along the field's order
   * from the condition's first key until the page is full, as the server reads its index. Null for any other
   * query. Every document read is checked against the whole condition, so the answer is the general path's.
   */
  private byFieldRange(table: Table, take: number): CloudDoc[] | null {
    const { where, order, skip } = this.state;
    if (where instanceof Command) return null;
    const conds = new Map(flatten(where));
    const last = order[order.length - 1];
    if (!last || last[0] !== '_id' || order.length > 2 || order.some(([, d]) => d !== last[1])) return null;
    let field: string | undefined = order.length === 2 ? order[0][0] : undefined;
    if (!field) {
      // `_id` order alone: only under an equality on a Date, which the lookup does not take.
      field = table.lookupFields().find((f) => conds.get(f) instanceof Date);
    }
    const bounds = field ? boundsOf(conds.get(field)) : null;
    const ids = field && bounds ? table.idsInRange(field, bounds, last[1]) : null;
    if (!ids) return null;
    const out: CloudDoc[] = [];
    for (const key of ids) {
      const doc = table.docs.get(key);
      if (doc && docMatches(doc, where)) out.push(doc);
      if (out.length >= skip + take) break;
    }
    return out.slice(skip).map(clone);
  }
  async get(): Promise<{ data: CloudDoc[] }> {
    const table = await this.reach('collection.get');
    return this.work(() => {
      const take = this.state.limit === null ? DEFAULT_GET : Math.min(this.state.limit, MAX_GET);
      const ranged = this.byIdRange(table, take) ?? this.byFieldRange(table, take);
      if (ranged) return { data: ranged };
      const sorted = this.matching(table).sort(byOrder(this.state.order));
      return { data: sorted.slice(this.state.skip, this.state.skip + take).map(clone) };
    });
  }
  async count(): Promise<{ total: number }> {
    const table = await this.reach('collection.count');
    return this.work(() => ({ total: this.matching(table).length }));
  }
  // Like the server: each matching document is patched atomically, the condition checked as it is patched (so
  // `where({_id, version})` is a compare-and-set); skip and limit do not narrow it.
  async update({ data }: { data: CloudData }): Promise<{ stats: { updated: number } }> {
    checkWritable('collection.update', data, true);
    const table = await this.reach('collection.update');
    return this.work(() => {
      const targets = this.matching(table);
      for (const doc of targets) table.put(patched(doc, data), 'collection.update');
      return { stats: { updated: targets.length } };
    });
  }
  // Like the server: skip and limit do not narrow a query's remove.
  async remove(): Promise<{ stats: { removed: number } }> {
    const table = await this.reach('collection.remove');
    return this.work(() => {
      const doomed = this.matching(table);
      for (const d of doomed) table.delete(d._id);
      return { stats: { removed: doomed.length } };
    });
  }
}

function checkWritable(api: string, data: CloudData, allowCommands: boolean): void {
  if (!isPlainObject(data) || Object.keys(data).length === 0) throw sdkError(-501007, `${api}:fail 参数必需是非空对象`);
  if ('_id' in data) throw sdkError(-501007, `${api}:fail 不能更新_id的值`);
  if (!allowCommands && hasCommand(data)) throw sdkError(-502001, `${api}:fail update operator complicit`);
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = doc;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(cur[key])) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value instanceof Command) {
    if (value.op === 'inc') {
      // A missing field counts from 0, as MongoDB's $inc does.
      cur[last] = (typeof cur[last] === 'number' ? (cur[last] as number) : 0) + (value.args[0] as number);
    } else if (value.op === 'push') {
      // $push with $each: a missing field becomes the array; a non-array field is an error.
      if (cur[last] !== undefined && !Array.isArray(cur[last])) throw sdkError(-502001, `$push to non-array ${path}`);
      cur[last] = [...((cur[last] as unknown[] | undefined) ?? []), ...clone(value.args[0] as unknown[])];
    } else if (value.op === 'max') {
      // $max: a missing field takes the value; otherwise the greater of the two (compared within a type).
      const c = cur[last] === undefined ? null : compare(value.args[0], cur[last]);
      if (cur[last] === undefined || (c !== null && c > 0)) cur[last] = clone(value.args[0]);
    } else throw new Error(`stand-in: update operator ${value.op} is not supported`);
  } else cur[last] = clone(value);
}

/** A patched copy of a document (applied to a copy and swapped in by the caller: atomic per document). */
function patched(doc: CloudDoc, data: CloudData): CloudDoc {
  const next = clone(doc);
  for (const [path, value] of flatten(data)) setPath(next, path, value);
  return next;
}

let autoId = 0;

export class StandinCollection extends StandinQuery implements CloudCollection {
  doc(id: string): CloudDocumentRef {
    const reach = (api: string) => this.reach(api);
    return {
      get: async () => {
        const doc = (await reach('document.get')).docs.get(id);
        if (!doc) throw sdkError(-1, `document.get:fail document with _id ${id} does not exist`);
        return { data: clone(doc) };
      },
      set: async ({ data }) => {
        checkWritable('document.set', data, false);
        const table = await reach('document.set');
        const existed = table.docs.has(id);
        table.put({ ...clone(data), _id: id }, 'document.set');
        return { stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
      },
      update: async ({ data }) => {
        checkWritable('document.update', data, true);
        const table = await reach('document.update');
        const doc = table.docs.get(id);
        if (!doc) return { stats: { updated: 0 } };
        // Applied on a copy and swapped in at once: an update is atomic on its document.
        table.put(patched(doc, data), 'document.update');
        return { stats: { updated: 1 } };
      },
      remove: async () => ({ stats: { removed: (await reach('document.remove')).delete(id) ? 1 : 0 } }),
    };
  }

  add(options: { data: CloudDoc }): Promise<{ _id: string }>;
  add(options: { data: CloudDoc[] }): Promise<{ _ids: string[] }>;
  async add(options: { data: CloudDoc | CloudDoc[] }): Promise<{ _id: string } | { _ids: string[] }> {
    const table = await this.reach('collection.add');
    const docs = Array.isArray(options.data) ? options.data : [options.data];
    const added: string[] = [];
    for (const data of docs) {
      if (!isPlainObject(data) || hasCommand(data)) throw sdkError(-501007, 'collection.add:fail invalid data');
      const id = typeof data._id === 'string' ? data._id : `standin${(++autoId).toString(16).padStart(24, '0')}`;
      // Ordered insert, as MongoDB does it: documents before a duplicate stay.
      if (table.docs.has(id)) throw duplicateKey('collection.add', this.name, '_id_', `{ _id: "${id}" }`);
      table.put({ ...clone(data), _id: id }, 'collection.add');
      added.push(id);
    }
    return Array.isArray(options.data) ? { _ids: added } : { _id: added[0] };
  }
}
