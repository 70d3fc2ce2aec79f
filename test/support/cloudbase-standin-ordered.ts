/**
 * An ordered view of one indexed field of a stand-in table, (field, `_id`) ascending, as the server keeps an index
 * such as `insertedAt_1__id_1`: a range query ordered by that field reads along it from the range's first key
 * instead of sorting every document. Built when first asked, kept in step with writes that append in order (the
 * usual case: `insertedAt` grows), dropped by any other write that moves the field, rebuilt on the next ask.
 */
import type { CloudDoc } from '~/cloudfunctions/store/cloudbase/sdk';
import { Command, valueAt } from './cloudbase-standin-query';

/** A field value as it sorts (byOrder's ranks: missing/null 0, number 1, string 2, boolean 4, Date 5). */
type Key = [number, number | string];

/** The sort key of a scalar value, or null for arrays, objects and Geo points (the ordered path then steps aside). */
export function scalarKey(v: unknown): Key | null {
  if (v === undefined || v === null) return [0, 0];
  if (typeof v === 'number') return [1, v];
  if (typeof v === 'string') return [2, v];
  if (typeof v === 'boolean') return [4, Number(v)];
  if (v instanceof Date) return [5, v.getTime()];
  return null;
}

function cmpKey(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

interface Entry {
  key: Key;
  id: string;
}

function cmpEntry(a: Entry, b: Entry): number {
  return cmpKey(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The keys a field condition admits, as a closed or open interval within one type's block of the order. */
export interface Bounds {
  lo: { key: Key; open: boolean };
  hi: { key: Key; open: boolean };
}

/**
 * Bounds of `cond` on one field: `_.gt/gte/lt/lte` (alone or under `_.and`), or an equality with a scalar that is
 * not null, all of one type. MongoDB compares only within a type, so the interval stays in its argument's type;
 * the caller still checks every document it reads against the whole condition, so bounds only skip, never admit.
 * Null for any other condition (the general path answers it).
 */
export function boundsOf(cond: unknown): Bounds | null {
  const parts: [string, Key][] = [];
  const add = (c: unknown): boolean => {
    if (c instanceof Command && c.op === 'and') return c.args.every(add);
    const [op, arg] = c instanceof Command ? [c.op, c.args[0]] : ['eq', c];
    const key = scalarKey(arg);
    if (!key || key[0] === 0 || !['eq', 'gt', 'gte', 'lt', 'lte'].includes(op)) return false;
    parts.push([op, key]);
    return true;
  };
  if (!add(cond) || parts.length === 0) return null;
  const rank = parts[0][1][0];
  if (parts.some(([, k]) => k[0] !== rank)) return null;
  const out: Bounds = { lo: { key: [rank, -Infinity], open: false }, hi: { key: [rank, Infinity], open: false } };
  for (const [op, key] of parts) {
    if (op !== 'lt' && op !== 'lte') {
      const c = cmpBound(key, out.lo.key);
      if (c > 0 || (c === 0 && op === 'gt')) out.lo = { key, open: op === 'gt' };
    }
    if (op !== 'gt' && op !== 'gte') {
      const c = cmpBound(key, out.hi.key);
      if (c < 0 || (c === 0 && op === 'lt')) out.hi = { key, open: op === 'lt' };
    }
  }
  return out;
}

/** A key against a bound of the same type's block; ±Infinity stand for "below / above every value of the type". */
function cmpBound(key: Key, bound: Key): number {
  if (key[0] !== bound[0]) return key[0] - bound[0];
  if (bound[1] === Infinity) return key[1] === Infinity ? 0 : -1;
  if (bound[1] === -Infinity) return key[1] === -Infinity ? 0 : 1;
  return cmpKey(key, bound);
}

/** One field's (value, `_id`) order over a table's documents. */
export class OrderedIndex {
  private entries: Entry[] | null = null;
  /** Ids removed since the order was built (their entries are stale). */
  private readonly gone = new Set<string>();

  constructor(readonly field: string) {}

  /**
   * Ids whose key lies within `bounds`, ascending by (key, `_id`) or descending; null when a value is not scalar.
   * Ids of documents removed since the order was built may be among them: the reader skips what is gone.
   */
  ids(docs: Map<string, CloudDoc>, bounds: Bounds, dir: 'asc' | 'desc'): Generator<string> | null {
    if (!this.entries) {
      const built: Entry[] = [];
      for (const doc of docs.values()) {
        const key = scalarKey(valueAt(doc, this.field));
        if (!key) return null;
        built.push({ key, id: doc._id });
      }
      this.entries = built.sort(cmpEntry);
      this.gone.clear();
    }
    const entries = this.entries;
    // First position whose key is past (or at, when `inclusive`) the bound.
    const firstPast = (bound: Key, inclusive: boolean): number => {
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = cmpBound(entries[mid].key, bound);
        if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = firstPast(bounds.lo.key, !bounds.lo.open);
    const end = Math.max(start, firstPast(bounds.hi.key, bounds.hi.open));
    return (function* () {
      for (let k = 0; k < end - start; k++) yield entries[dir === 'asc' ? start + k : end - 1 - k].id;
    })();
  }

  /**
   * Keeps the order across a write: an append past the last entry stays; a removal leaves its entry, skipped as
   * the document is gone; anything else that moves the field (or brings a removed id back) drops the order.
   */
  put(old: CloudDoc | undefined, doc: CloudDoc): void {
    if (!this.entries) return;
    const key = scalarKey(valueAt(doc, this.field));
    if (old) {
      const before = scalarKey(valueAt(old, this.field));
      if (!key || !before || cmpKey(key, before) !== 0) this.drop();
      return;
    }
    const entry = key && { key, id: doc._id };
    const last = this.entries[this.entries.length - 1];
    if (entry && !this.gone.has(doc._id) && (!last || cmpEntry(last, entry) < 0)) this.entries.push(entry);
    else this.drop();
  }

  /** A removed document: its entry stays until the next rebuild, skipped by the reader (its id is gone). */
  remove(id: string): void {
    if (this.entries) this.gone.add(id);
  }

  private drop(): void {
    this.entries = null;
    this.gone.clear();
  }
}
