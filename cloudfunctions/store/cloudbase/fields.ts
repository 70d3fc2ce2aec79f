/**
 * Document ↔ row mapping by a typed list of fields. Readers copy a document's fields one by one so that
 * storage-only fields (location, cell, loadId, bound …) never reach the domain. Each reader names the row's fields
 * once, as space-separated words, and the compiler checks the words against the row's keys: a field added to a row
 * and forgotten here (or misspelt) fails to compile instead of silently going missing.
 */
import type { CloudDoc } from './sdk';

/** The words of a space-separated string literal type, as a union. */
type Words<S extends string> = S extends `${infer Head} ${infer Rest}` ? Head | Words<Rest> : S;

/** `unknown` when the words W name exactly the fields of T but K; otherwise a shape naming what is wrong. */
type Complete<T, K extends keyof T, W> = [Exclude<keyof T, K | W>] extends [never]
  ? [Exclude<W, keyof T>] extends [never]
    ? unknown
    : { unknownField: Exclude<W, keyof T> }
  : { missingField: Exclude<keyof T, K | W> };

/**
 * How a reader reads each field: `copy` as stored; `orNull` the same, but null when a document written before the
 * field existed lacks it; `own` is left to the caller (a field with its own default).
 */
interface Rules<C extends string, N extends string, O extends string> {
  copy: C;
  orNull?: N;
  own?: O;
}

function copied(value: unknown): unknown {
  // Arrays and plain objects are copied one level, so a caller may change the row without touching the document.
  if (Array.isArray(value)) return [...value];
  return value !== null && typeof value === 'object' && !(value instanceof Date) ? { ...value } : value;
}

const split = (words: string | undefined): string[] => (words ? words.split(' ') : []);

/**
 * A reader of rows T from documents: `_id` becomes `idKey`, every other field is read by its rule. Called as
 * `rowReader<Post>()('id', { copy: 'name address …' })` so that T is given and the words are inferred.
 */
export function rowReader<T>() {
  return <
    K extends keyof T & string,
    const C extends string,
    const N extends string = never,
    const O extends string = never,
  >(
    idKey: K,
    rules: Rules<C, N, O> & Complete<T, K, Words<C> | Words<N> | Words<O>>,
  ): ((doc: CloudDoc) => T) => {
    const copy = split(rules.copy);
    const orNull = split(rules.orNull);
    return (doc) => {
      const row: Record<string, unknown> = { [idKey]: doc._id };
      for (const field of copy) row[field] = copied(doc[field]);
      for (const field of orNull) row[field] = copied(doc[field]) ?? null;
      // Every field of T but the `own` ones is set above (Complete checked the words); the caller sets the rest.
      return row as T;
    };
  };
}

/** A row as a document to add: its id field as `_id`, every other field as it is (arrays and objects copied). */
export function toFields<T extends object>(row: T, idKey: keyof T & string): CloudDoc {
  const doc: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) doc[field === idKey ? '_id' : field] = copied(value);
  // `_id` is set from the row's id field, which every row has.
  return doc as CloudDoc;
}
