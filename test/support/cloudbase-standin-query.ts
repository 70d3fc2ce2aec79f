/**
 * The query half of the SDK stand-in (cloudbase-standin.ts): operators, Geo points, and how a condition matches a
 * document and an order sorts documents, following MongoDB's rules where the adapter depends on them.
 */
import type { CloudCondition, CloudDoc } from '~/cloudfunctions/store/cloudbase/sdk';

/** An operator of `db.command`; query and update operators share one shape. */
export class Command {
  // The adapter's types brand operators so they cannot be mixed with plain values; these satisfy the brands.
  declare readonly __cloudQueryCommand?: never;
  declare readonly __cloudUpdateCommand?: never;
  constructor(
    readonly op: 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'and' | 'inc' | 'push' | 'max',
    readonly args: unknown[],
  ) {}
}

/** `db.Geo.Point(longitude, latitude)`; serialises as GeoJSON. */
export class GeoPoint {
  constructor(
    readonly longitude: number,
    readonly latitude: number,
  ) {}
  toJSON() {
    return { type: 'Point', coordinates: [this.longitude, this.latitude] };
  }
}

/** True for `{…}` literals (not arrays, Geo points or operators). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** A deep copy, so stored documents never share objects with callers. */
export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v instanceof GeoPoint) return new GeoPoint(v.longitude, v.latitude) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as T;
  return v;
}

/** True when an operator hides anywhere in the value. */
export function hasCommand(v: unknown): boolean {
  if (v instanceof Command) return true;
  if (Array.isArray(v)) return v.some(hasCommand);
  return isPlainObject(v) && Object.values(v).some(hasCommand);
}

/** Nested plain objects become dotted paths, as the SDK encodes them for `where` and `update`. */
export function flatten(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    isPlainObject(v) && Object.keys(v).length > 0
      ? flatten(v, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/** The value at a dotted path; through arrays it collects each element's value. */
export function valueAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const key of path.split('.')) {
    if (Array.isArray(cur)) cur = cur.map((x) => (isPlainObject(x) ? x[key] : undefined));
    else cur = isPlainObject(cur) ? cur[key] : undefined;
  }
  return cur;
}

/** Equality as the server sees it: missing equals null. */
function equal(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** MongoDB compares only within a type: numbers with numbers, strings with strings. */
export function compare(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return null;
}

const ORDERED: Partial<Record<Command['op'], (c: number) => boolean>> = {
  gt: (c) => c > 0,
  gte: (c) => c >= 0,
  lt: (c) => c < 0,
  lte: (c) => c <= 0,
};

/** Does `value` (a field's value; an array matches when the whole array or any element does) satisfy `cond`? */
function fieldMatches(value: unknown, cond: unknown): boolean {
  const some = (test: (x: unknown) => boolean) => test(value) || (Array.isArray(value) && value.some(test));
  if (!(cond instanceof Command)) return some((x) => equal(x, cond));
  const [arg] = cond.args;
  const accept = ORDERED[cond.op];
  if (accept) return some((x) => compare(x, arg) !== null && accept(compare(x, arg) as number));
  if (cond.op === 'in') {
    // Primitive options (the grid's cell keys: hundreds per query) are looked up in a set; others compared whole.
    const options = arg as unknown[];
    const set = options.every((o) => typeof o === 'number' || typeof o === 'string') ? new Set(options) : null;
    if (set) return some((x) => set.has(x as number | string));
    return options.some((option) => some((x) => equal(x, option)));
  }
  if (cond.op === 'and') return cond.args.every((c) => fieldMatches(value, c));
  throw new Error(`stand-in: ${cond.op} is not a query operator`);
}

/** Does a document satisfy a `where` condition (or a top-level `_.and`)? */
export function docMatches(doc: CloudDoc, where: CloudCondition | Command): boolean {
  if (where instanceof Command) {
    if (where.op !== 'and') throw new Error(`stand-in: top-level ${where.op} is not supported`);
    return where.args.every((c) => docMatches(doc, c as CloudCondition));
  }
  return flatten(where).every(([path, cond]) => fieldMatches(valueAt(doc, path), cond));
}

/** Missing and null sort first ascending, like MongoDB; then numbers, strings, booleans. */
function sortKey(v: unknown): [number, unknown] {
  if (v === undefined || v === null) return [0, null];
  if (typeof v === 'number') return [1, v];
  if (typeof v === 'string') return [2, v];
  if (typeof v === 'boolean') return [4, Number(v)];
  if (v instanceof Date) return [5, v.getTime()];
  return [3, JSON.stringify(v)];
}

/** A comparator for `orderBy` fields, in order. */
export function byOrder(order: [string, 'asc' | 'desc'][]) {
  return (a: CloudDoc, b: CloudDoc): number => {
    for (const [field, dir] of order) {
      const [ta, va] = sortKey(valueAt(a, field));
      const [tb, vb] = sortKey(valueAt(b, field));
      const c = ta !== tb ? ta - tb : (compare(va, vb) ?? 0);
      if (c !== 0) return dir === 'asc' ? c : -c;
    }
    return 0;
  };
}
