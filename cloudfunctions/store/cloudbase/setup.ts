/**
 * The database setup of a CloudBase environment, from collections.json: every collection, its indexes (the unique
 * ones the adapter's idempotency relies on included) and its security rule. CloudBase creates nothing on first
 * write, so this runs before any function is called: the deploy kit drives it over the manager SDK, and the tests
 * drive it over the stand-in (whose collections likewise exist only once set up).
 */
import collectionsFile from './collections.json';

/** One index key: ascending, descending or a 2dsphere geo index. */
export interface CloudIndexKey {
  field: string;
  direction: '1' | '-1' | '2dsphere';
}

/** One index as collections.json declares it. */
export interface CloudIndexSpec {
  name: string;
  unique: boolean;
  keys: CloudIndexKey[];
}

/** A collection's database security rule: `false` denies clients; everything goes through functions. */
export interface CloudRule {
  read: boolean | string;
  write: boolean | string;
}

/** One collection as collections.json declares it. */
export interface CloudCollectionSpec {
  name: string;
  indexes: CloudIndexSpec[];
  rules: CloudRule;
}

/** The management surface setup needs; the deploy kit implements it over the manager SDK, the stand-in in memory. */
export interface CloudDatabaseAdmin {
  /** Names of the collections that exist. */
  listCollections(): Promise<string[]>;
  createCollection(name: string): Promise<void>;
  /** Names of the indexes of a collection (the default `_id_` index may be left out). */
  listIndexes(collection: string): Promise<string[]>;
  createIndex(collection: string, index: CloudIndexSpec): Promise<void>;
  setRule(collection: string, rule: CloudRule): Promise<void>;
}

/** What a setup did, step by step (also what a dry run prints). */
export interface SetupStep {
  collection: string;
  what: 'create collection' | 'create index' | 'set rule';
  detail: string;
  /** False when it already existed and nothing was done. */
  done: boolean;
}

/** The collections the adapter uses, as declared in collections.json. */
export const COLLECTION_SPECS: readonly CloudCollectionSpec[] = (
  collectionsFile as { collections: CloudCollectionSpec[] }
).collections;

/**
 * Creates what is missing (collections, then their indexes) and sets every rule. Safe to run again: existing
 * collections and indexes are left as they are, so an upgrade adds only what a new release declares.
 */
export async function setupDatabase(
  admin: CloudDatabaseAdmin,
  specs: readonly CloudCollectionSpec[] = COLLECTION_SPECS,
): Promise<SetupStep[]> {
  const steps: SetupStep[] = [];
  const existing = new Set(await admin.listCollections());
  for (const spec of specs) {
    const created = !existing.has(spec.name);
    if (created) await admin.createCollection(spec.name);
    steps.push({ collection: spec.name, what: 'create collection', detail: spec.name, done: created });
    const indexes = new Set(created ? [] : await admin.listIndexes(spec.name));
    for (const index of spec.indexes) {
      const missing = !indexes.has(index.name);
      if (missing) await admin.createIndex(spec.name, index);
      const keys = index.keys.map((k) => `${k.field}:${k.direction}`).join(',');
      steps.push({
        collection: spec.name,
        what: 'create index',
        detail: `${index.name} (${keys})${index.unique ? ' unique' : ''}`,
        done: missing,
      });
    }
    await admin.setRule(spec.name, spec.rules);
    steps.push({ collection: spec.name, what: 'set rule', detail: JSON.stringify(spec.rules), done: true });
  }
  return steps;
}
