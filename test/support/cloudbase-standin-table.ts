/**
 * One collection's documents in the stand-in, with the unique indexes created on it (and only those: CloudBase
 * enforces a unique index only once someone has created it). A unique key counts a missing field as null, as
 * MongoDB does, so two documents both missing an indexed field collide too.
 */
import type { CloudDoc } from '~/cloudfunctions/store/cloudbase/sdk';
import type { CloudIndexSpec } from '~/cloudfunctions/store/cloudbase/setup';
import { type Bounds, OrderedIndex } from './cloudbase-standin-ordered';
import { valueAt } from './cloudbase-standin-query';

/** Shaped like the SDK's errors: `errCode`, `errMsg`, and "<api>:fail …" in the message. */
export function sdkError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

/** The server's answer to a duplicate key (E11000), for `_id` or a unique index. */
export function duplicateKey(api: string, collection: string, index: string, key: string): Error {
  const detail = `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`;
  return sdkError(-502001, `${api}:fail -502001 database request fail. [FailedOperation] ${detail}`);
}

interface UniqueIndex {
  name: string;
  fields: string[];
  owners: Map<string, string>;
}

/**
 * Lookup keys of a value: an array is indexed by each element (a multikey index), as MongoDB does. Strings, numbers
 * and booleans (a `dirty: true` flag) are looked up; Dates are read along the field's order (OrderedIndex).
 */
function lookupKeys(value: unknown): string[] {
  const plain = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  const one = (v: unknown) => (plain(v) ? `${typeof v}:${v}` : null);
  const keys = Array.isArray(value) ? value.map(one) : [one(value)];
  return keys.filter((k): k is string => k !== null);
}

/**
 * A collection's documents by `_id`, keeping its unique indexes in step with every write, and a lookup by the
 * first field of each created index (so the stand-in answers an indexed equality without reading every document,
 * as the server does; queries on fields no index starts with still read them all).
 */
export class Table {
  readonly docs = new Map<string, CloudDoc>();
  private readonly unique: UniqueIndex[] = [];
  private readonly lookups = new Map<string, Map<string, Set<string>>>();
  /** Every `_id` in order, built when first asked and dropped when an id comes or goes (see idsAfter). */
  private sorted: string[] | null = null;

  /**
   * The ids greater than `after` (all when null), ascending as the server's `_id` order compares strings: `_id`
   * is always indexed, so a page by `_id > last` is a range read there and here, not a sort of the collection.
   */
  *idsAfter(after: string | null): Generator<string> {
    if (!this.sorted) this.sorted = [...this.docs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const ids = this.sorted;
    let lo = 0;
    let hi = ids.length;
    while (after !== null && lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ids.length; i++) if (this.docs.has(ids[i])) yield ids[i];
  }

  /** Starts a lookup on `field` (the first field of a created index). */
  addLookup(field: string): void {
    if (field === '_id' || this.lookups.has(field)) return;
    const lookup = new Map<string, Set<string>>();
    this.lookups.set(field, lookup);
    for (const doc of this.docs.values()) this.index(lookup, field, doc);
  }

  private index(lookup: Map<string, Set<string>>, field: string, doc: CloudDoc): void {
    for (const k of lookupKeys(valueAt(doc, field))) {
      let ids = lookup.get(k);
      if (!ids) lookup.set(k, (ids = new Set()));
      ids.add(doc._id);
    }
  }

  /** Ids of documents whose `field` equals one of `values`, or null when no lookup covers the field. */
  candidates(field: string, values: unknown[]): Set<string> | null {
    const lookup = this.lookups.get(field);
    if (!lookup) return null;
    const out = new Set<string>();
    for (const v of values) for (const k of lookupKeys(v)) for (const id of lookup.get(k) ?? []) out.add(id);
    return out;
  }

  private readonly ordered = new Map<string, OrderedIndex>();

  /**
   * Ids of documents whose `field` (one with a lookup: the first field of a created index) lies within `bounds`,
   * by (field, `_id`) ascending or both descending, as the server reads a compound index such as
   * `insertedAt_1__id_1`. Null when the field has no index or holds a non-scalar value somewhere.
   */
  idsInRange(field: string, bounds: Bounds, dir: 'asc' | 'desc'): Generator<string> | null {
    if (!this.lookups.has(field)) return null;
    let index = this.ordered.get(field);
    if (!index) this.ordered.set(field, (index = new OrderedIndex(field)));
    return index.ids(this.docs, bounds, dir);
  }

  /** The fields that have a lookup. */
  lookupFields(): string[] {
    return [...this.lookups.keys()];
  }

  constructor(readonly name: string) {}

  private keyOf(index: UniqueIndex, doc: CloudDoc): string {
    return JSON.stringify(index.fields.map((f) => valueAt(doc, f) ?? null));
  }

  /** Stores `doc` (new or replacing its `_id`), rejecting it when another document holds one of its unique keys. */
  put(doc: CloudDoc, api: string): void {
    for (const index of this.unique) {
      const owner = index.owners.get(this.keyOf(index, doc));
      if (owner !== undefined && owner !== doc._id)
        throw duplicateKey(api, this.name, index.name, this.keyOf(index, doc));
    }
    // Replacing a document keeps the id order; a new id drops it. Field orders keep what they can (OrderedIndex).
    const old = this.docs.get(doc._id);
    for (const index of this.ordered.values()) index.put(old, doc);
    const order = old ? this.sorted : null;
    this.drop(doc._id);
    this.sorted = order;
    this.docs.set(doc._id, doc);
    for (const index of this.unique) index.owners.set(this.keyOf(index, doc), doc._id);
    for (const [field, lookup] of this.lookups) this.index(lookup, field, doc);
  }

  /** Removes a document; false when there was none. */
  delete(id: string): boolean {
    if (this.docs.has(id)) for (const index of this.ordered.values()) index.remove(id);
    return this.drop(id);
  }

  private drop(id: string): boolean {
    const old = this.docs.get(id);
    if (!old) return false;
    this.sorted = null;
    for (const index of this.unique) index.owners.delete(this.keyOf(index, old));
    for (const [field, lookup] of this.lookups) {
      for (const k of lookupKeys(valueAt(old, field))) lookup.get(k)?.delete(id);
    }
    return this.docs.delete(id);
  }

  /** Starts enforcing a unique index; fails, as the server does, when stored documents already break it. */
  addUnique(spec: CloudIndexSpec): void {
    const index: UniqueIndex = { name: spec.name, fields: spec.keys.map((k) => k.field), owners: new Map() };
    for (const doc of this.docs.values()) {
      const key = this.keyOf(index, doc);
      if (index.owners.has(key)) throw duplicateKey('createIndex', this.name, spec.name, key);
      index.owners.set(key, doc._id);
    }
    this.unique.push(index);
  }
}
