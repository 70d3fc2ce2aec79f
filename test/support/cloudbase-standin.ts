/**
 * In-memory stand-in for the part of wx-server-sdk's database the cloudbase adapter uses (CloudDatabase), faithful
 * where the adapter depends on it: unique `_id` (add rejects, errCode -502001 "E11000 duplicate key"; an ordered batch
 * add keeps the documents before the duplicate), `doc().get()` rejects when missing, `update` is atomic per document
 * and answers `{stats:{updated:0}}` when missing, `where().update()` patches each match atomically (a compare-and-set),
 * `_.inc` counts a missing field from 0, `_.push` appends, `get()` caps at 100, arrays match by element, nested
 * conditions match sub-fields. Every call yields to the event loop first, so concurrent calls interleave as over a
 * network.
 */
import collectionsFile from '../../cloudfunctions/store/cloudbase/collections.json';
import type {
  CloudCollection,
  CloudCondition,
  CloudData,
  CloudDatabase,
  CloudDoc,
  CloudDocumentRef,
  CloudQuery,
} from '../../cloudfunctions/store/cloudbase/sdk';
import type { CloudDatabaseAdmin, CloudIndexSpec, CloudRule } from '../../cloudfunctions/store/cloudbase/setup';
import {
  byOrder,
  clone,
  Command,
  docMatches,
  flatten,
  GeoPoint,
  hasCommand,
  isPlainObject,
  valueAt,
} from './cloudbase-standin-query';

const MAX_GET = 100;

/** Unique indexes other than `_id`, by collection, as declared in collections.json (the database enforces them). */
const UNIQUE: ReadonlyMap<string, { name: string; fields: string[] }[]> = new Map(
  collectionsFile.collections.map((c) => [
    c.name,
    c.indexes.filter((i) => i.unique).map((i) => ({ name: i.name, fields: i.keys.map((k) => k.field) })),
  ]),
);

/** Shaped like the SDK's errors: `errCode`, `errMsg`, and "<api>:fail …" in the message. */
function sdkError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

const integer = (name: string, n: number): number => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
};
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

type Table = Map<string, CloudDoc>;

interface QueryState {
  where: CloudCondition | Command;
  order: [string, 'asc' | 'desc'][];
  skip: number;
  limit: number | null;
}

class StandinQuery implements CloudQuery {
  constructor(
    protected readonly name: string,
    protected readonly table: Table,
    protected readonly state: QueryState = { where: {}, order: [], skip: 0, limit: null },
  ) {}

  private with(patch: Partial<QueryState>): StandinQuery {
    return new StandinQuery(this.name, this.table, { ...this.state, ...patch });
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
  private matching(): CloudDoc[] {
    return [...this.table.values()].filter((d) => docMatches(d, this.state.where));
  }
  async get(): Promise<{ data: CloudDoc[] }> {
    await tick();
    const sorted = this.matching().sort(byOrder(this.state.order));
    // The server caps a page at 100 whatever limit is asked, and defaults to it when none is.
    const take = Math.min(this.state.limit ?? MAX_GET, MAX_GET);
    return { data: sorted.slice(this.state.skip, this.state.skip + take).map(clone) };
  }
  async count(): Promise<{ total: number }> {
    await tick();
    return { total: this.matching().length };
  }
  // Like the server: each matching document is patched atomically, the condition checked as it is patched (so
  // `where({_id, version})` is a compare-and-set); skip and limit do not narrow it.
  async update({ data }: { data: CloudData }): Promise<{ stats: { updated: number } }> {
    await tick();
    checkWritable('collection.update', data, true);
    const targets = this.matching();
    for (const doc of targets) this.table.set(doc._id, patched(doc, data));
    return { stats: { updated: targets.length } };
  }
  // Like the server: skip and limit do not narrow a query's remove.
  async remove(): Promise<{ stats: { removed: number } }> {
    await tick();
    const doomed = this.matching();
    for (const d of doomed) this.table.delete(d._id);
    return { stats: { removed: doomed.length } };
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

class StandinCollection extends StandinQuery implements CloudCollection {
  private checkUnique(data: CloudData): void {
    for (const index of UNIQUE.get(this.name) ?? []) {
      const key = (d: unknown) => JSON.stringify(index.fields.map((f) => valueAt(d, f) ?? null));
      const mine = key(data);
      if ([...this.table.values()].some((d) => key(d) === mine)) {
        const detail = `E11000 duplicate key error collection: ${this.name} index: ${index.name} dup key: ${mine}`;
        throw sdkError(-502001, `collection.add:fail -502001 database request fail. [FailedOperation] ${detail}`);
      }
    }
  }

  doc(id: string): CloudDocumentRef {
    const { table } = this;
    return {
      get: async () => {
        await tick();
        const doc = table.get(id);
        if (!doc) throw sdkError(-1, `document.get:fail document with _id ${id} does not exist`);
        return { data: clone(doc) };
      },
      set: async ({ data }) => {
        await tick();
        checkWritable('document.set', data, false);
        const existed = table.has(id);
        table.set(id, { ...clone(data), _id: id });
        return { stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
      },
      update: async ({ data }) => {
        await tick();
        checkWritable('document.update', data, true);
        const doc = table.get(id);
        if (!doc) return { stats: { updated: 0 } };
        // Applied on a copy and swapped in at once: an update is atomic on its document.
        table.set(id, patched(doc, data));
        return { stats: { updated: 1 } };
      },
      remove: async () => {
        await tick();
        return { stats: { removed: table.delete(id) ? 1 : 0 } };
      },
    };
  }

  add(options: { data: CloudDoc }): Promise<{ _id: string }>;
  add(options: { data: CloudDoc[] }): Promise<{ _ids: string[] }>;
  async add(options: { data: CloudDoc | CloudDoc[] }): Promise<{ _id: string } | { _ids: string[] }> {
    await tick();
    const docs = Array.isArray(options.data) ? options.data : [options.data];
    const added: string[] = [];
    for (const data of docs) {
      if (!isPlainObject(data) || hasCommand(data)) throw sdkError(-501007, 'collection.add:fail invalid data');
      const id = typeof data._id === 'string' ? data._id : `standin${(++autoId).toString(16).padStart(24, '0')}`;
      // Ordered insert, as MongoDB does it: documents before a duplicate stay.
      if (this.table.has(id)) {
        const detail = `E11000 duplicate key error collection: ${this.name} index: _id_ dup key: { _id: "${id}" }`;
        throw sdkError(-502001, `collection.add:fail -502001 database request fail. [FailedOperation] ${detail}`);
      }
      this.checkUnique(data);
      this.table.set(id, { ...clone(data), _id: id });
      added.push(id);
    }
    return Array.isArray(options.data) ? { _ids: added } : { _id: added[0] };
  }
}

/**
 * The stand-in database, plus `dump` (every document of a collection), `names` (collections holding documents) and
 * `admin` (the management surface that setupDatabase drives, as the deploy kit does over the manager SDK).
 */
export type StandinDatabase = CloudDatabase & {
  dump(name: string): CloudDoc[];
  names(): string[];
  admin: CloudDatabaseAdmin & { indexes(collection: string): CloudIndexSpec[]; rule(collection: string): CloudRule };
};

/** A fresh, empty stand-in database. */
export function createStandinDatabase(): StandinDatabase {
  const tables = new Map<string, Table>();
  const created = new Set<string>();
  const indexes = new Map<string, CloudIndexSpec[]>();
  const rules = new Map<string, CloudRule>();
  const table = (name: string): Table => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = new Map()));
    return t;
  };
  // `_.and([a, b])` and `_.and(a, b)` are the same call in the SDK.
  const cmd =
    (op: Command['op']) =>
    (...args: unknown[]) =>
      new Command(op, op === 'and' && args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args);
  return {
    collection: (name) => new StandinCollection(name, table(name)),
    command: {
      inc: cmd('inc'),
      push: cmd('push'),
      in: cmd('in'),
      gt: cmd('gt'),
      gte: cmd('gte'),
      lte: cmd('lte'),
      and: cmd('and'),
    },
    Geo: { Point: GeoPoint },
    // The server stamps its own time when it writes the document; here that is the moment of the call.
    serverDate: () => new Date(),
    dump: (name) => [...table(name).values()].map(clone),
    names: () => [...tables.keys()].filter((n) => (tables.get(n)?.size ?? 0) > 0).sort(),
    admin: {
      listCollections: async () => [...created].sort(),
      createCollection: async (name) => {
        if (created.has(name)) throw sdkError(-501001, `createCollection:fail collection ${name} already exists`);
        created.add(name);
        table(name);
      },
      listIndexes: async (name) => (indexes.get(name) ?? []).map((i) => i.name),
      createIndex: async (name, index) => {
        if (!created.has(name)) throw sdkError(-502005, `createIndex:fail collection ${name} does not exist`);
        indexes.set(name, [...(indexes.get(name) ?? []).filter((i) => i.name !== index.name), index]);
      },
      setRule: async (name, rule) => {
        if (!created.has(name)) throw sdkError(-502005, `setRule:fail collection ${name} does not exist`);
        rules.set(name, rule);
      },
      indexes: (name) => indexes.get(name) ?? [],
      rule: (name) => rules.get(name) ?? { read: false, write: false },
    },
  };
}
