/**
 * In-memory stand-in for the part of wx-server-sdk's database the cloudbase adapter uses (CloudDatabase), at least as
 * strict as the service where the adapter depends on it:
 * - a collection exists only once created through `admin` (setupDatabase, as the deploy kit runs it); any call on
 *   another rejects with -502005 "database collection not exists";
 * - unique indexes are enforced only once created through `admin.createIndex`, `_id` always (errCode -502001,
 *   "E11000 duplicate key"); an ordered batch add keeps the documents before the duplicate;
 * - `get()` returns at most 100 documents without `.limit()` and at most 1,000 with one (the server SDK's caps);
 * - every call is one round trip of `latencyMs` simulated time (cloudbase-standin-clock.ts), counted, and fails
 *   past the invocation's timeout;
 * - `doc().get()` rejects when missing, `update` is atomic per document and answers `{stats:{updated:0}}` when
 *   missing, `where().update()` patches each match atomically (a compare-and-set), `_.inc` counts a missing field
 *   from 0, `_.push` appends, arrays match by element, nested conditions match sub-fields.
 * Faults (a call failing before its write, or its write landing and its reply lost) are in cloudbase-standin-fault.ts.
 */
import type { CloudDatabase, CloudDoc } from '~/cloudfunctions/store/cloudbase/sdk';
import type { CloudDatabaseAdmin, CloudIndexSpec, CloudRule } from '~/cloudfunctions/store/cloudbase/setup';
import { SimClock } from './cloudbase-standin-clock';
import { type Backend, collectionMissing, StandinCollection } from './cloudbase-standin-collection';
import { clone, Command, GeoPoint } from './cloudbase-standin-query';
import { duplicateKey, sdkError, Table } from './cloudbase-standin-table';

export { DEFAULT_GET, MAX_GET } from './cloudbase-standin-collection';

/** Simulated time of one database round trip unless the options say otherwise. */
export const DEFAULT_LATENCY_MS = 20;

/** The stand-in's management surface: setupDatabase's port, plus what tests and the bench read or load. */
export type StandinAdmin = CloudDatabaseAdmin & {
  indexes(collection: string): CloudIndexSpec[];
  rule(collection: string): CloudRule;
  /**
   * Puts documents straight into a created collection without round trips, as the console's or the CLI's import
   * of a JSON-lines file does (unique indexes still hold). For seeding tests and benches at scale.
   */
  importDocuments(collection: string, docs: CloudDoc[]): void;
};

/**
 * The stand-in database, plus `dump` (every document of a collection), `names` (created collections holding
 * documents), `clock` (simulated time and round trips) and `admin` (the management surface setupDatabase drives).
 */
export type StandinDatabase = CloudDatabase & {
  dump(name: string): CloudDoc[];
  names(): string[];
  clock: SimClock;
  admin: StandinAdmin;
};

/** Options of a stand-in: simulated time per database round trip (default 20 ms). */
export interface StandinOptions {
  latencyMs?: number;
}

/** A fresh stand-in database with no collection at all (setupDatabase creates them; see createReadyStandin). */
export function createStandinDatabase(options: StandinOptions = {}): StandinDatabase {
  const tables = new Map<string, Table>();
  const indexes = new Map<string, CloudIndexSpec[]>();
  const rules = new Map<string, CloudRule>();
  const clock = new SimClock(options.latencyMs ?? DEFAULT_LATENCY_MS);
  const backend: Backend = {
    clock,
    table: (name, api) => {
      const t = tables.get(name);
      if (!t) throw collectionMissing(api);
      return t;
    },
  };
  const adminTable = (name: string, api: string) => {
    const t = tables.get(name);
    if (!t) throw sdkError(-502005, `${api}:fail collection ${name} does not exist`);
    return t;
  };
  // `_.and([a, b])` and `_.and(a, b)` are the same call in the SDK.
  const cmd =
    (op: Command['op']) =>
    (...args: unknown[]) =>
      new Command(op, op === 'and' && args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args);
  return {
    collection: (name) => new StandinCollection(name, backend),
    command: {
      inc: cmd('inc'),
      max: cmd('max'),
      push: cmd('push'),
      in: cmd('in'),
      gt: cmd('gt'),
      gte: cmd('gte'),
      lt: cmd('lt'),
      lte: cmd('lte'),
      and: cmd('and'),
    },
    Geo: { Point: GeoPoint },
    // The server stamps its own time when it writes the document; here that is the moment of the call.
    serverDate: () => new Date(),
    dump: (name) => [...(tables.get(name)?.docs.values() ?? [])].map(clone),
    names: () => [...tables.keys()].filter((n) => (tables.get(n)?.docs.size ?? 0) > 0).sort(),
    clock,
    admin: {
      listCollections: async () => [...tables.keys()].sort(),
      createCollection: async (name) => {
        if (tables.has(name)) throw sdkError(-501001, `createCollection:fail collection ${name} already exists`);
        tables.set(name, new Table(name));
      },
      listIndexes: async (name) => (indexes.get(name) ?? []).map((i) => i.name),
      createIndex: async (name, index) => {
        const table = adminTable(name, 'createIndex');
        if ((indexes.get(name) ?? []).some((i) => i.name === index.name)) {
          throw sdkError(-501001, `createIndex:fail index ${index.name} already exists`);
        }
        if (index.unique) table.addUnique(index);
        if (index.keys[0]?.direction !== '2dsphere') table.addLookup(index.keys[0]?.field ?? '_id');
        indexes.set(name, [...(indexes.get(name) ?? []), index]);
      },
      setRule: async (name, rule) => {
        adminTable(name, 'setRule');
        rules.set(name, rule);
      },
      indexes: (name) => indexes.get(name) ?? [],
      rule: (name) => rules.get(name) ?? { read: false, write: false },
      importDocuments: (name, docs) => {
        const table = adminTable(name, 'import');
        for (const d of docs) {
          if (table.docs.has(d._id)) throw duplicateKey('import', name, '_id_', `{ _id: "${d._id}" }`);
          table.put(clone(d), 'import');
        }
      },
    },
  };
}
