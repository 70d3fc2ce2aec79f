/**
 * The part of wx-server-sdk's `cloud.database()` that the cloudbase adapter uses, and nothing more. Keeping it this
 * narrow lets tests run the adapter over an in-memory stand-in (test/support/cloudbase-standin.ts). The SDK's own
 * typings return `Promise | void | string` (callback style) where this says `Promise`, so the wiring casts once:
 * `createCloudbaseStore(cloud.database() as unknown as CloudDatabase)`.
 */

/** A stored document; `_id` is always a string here because every id is chosen by the adapter. */
export interface CloudDoc {
  _id: string;
  [field: string]: unknown;
}

/** A document about to be written: `add` takes an `_id`; `set` and `update` must not. */
export type CloudData = Record<string, unknown>;

/** An opaque query operator (`_.in`, `_.gt`…) placed as a field's value in a `where` condition. */
export interface CloudQueryCommand {
  readonly __cloudQueryCommand?: never;
}

/** An opaque update operator (`_.inc`, `_.push`) placed as a field's value in `update` data. */
export interface CloudUpdateCommand {
  readonly __cloudUpdateCommand?: never;
}

/** A `where` condition: field (or dotted path) → value or operator; nested objects match sub-fields. */
export type CloudCondition = Record<string, unknown>;

/** `db.command`, as far as the adapter uses it. */
export interface CloudCommand {
  inc(n: number): CloudUpdateCommand;
  /** Sets the field to `value` when it is missing or lower (an idempotent running maximum). */
  max(value: number | string): CloudUpdateCommand;
  /** Appends the values, in order, to an array field. */
  push(values: unknown[]): CloudUpdateCommand;
  in(values: unknown[]): CloudQueryCommand;
  gt(value: unknown): CloudQueryCommand;
  gte(value: unknown): CloudQueryCommand;
  lt(value: unknown): CloudQueryCommand;
  lte(value: unknown): CloudQueryCommand;
  /** Field-level `_.and(_.gte(a), _.lte(b))`, or top-level `_.and({..}, {..})` passed to `where`. */
  and(...conditions: (CloudQueryCommand | CloudCondition)[]): CloudQueryCommand;
}

/** A geo point as `db.Geo.Point(longitude, latitude)` builds it (note the order). */
export interface CloudGeoPoint {
  readonly longitude: number;
  readonly latitude: number;
}

/** `db.Geo`, as far as the adapter uses it. */
export interface CloudGeo {
  Point: new (longitude: number, latitude: number) => CloudGeoPoint;
}

/** A query under construction; every call returns a new query. */
export interface CloudQuery {
  where(condition: CloudCondition | CloudQueryCommand): CloudQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery;
  skip(n: number): CloudQuery;
  /** Always pass it: a server-side `get()` returns 100 documents without it and at most 1,000 with it. */
  limit(n: number): CloudQuery;
  get(): Promise<{ data: CloudDoc[] }>;
  /** Matching documents, ignoring skip and limit. */
  count(): Promise<{ total: number }>;
  /** Removes every matching document in one server call (server SDK only; clients may not). */
  remove(): Promise<{ stats: { removed: number } }>;
  /**
   * Patches every matching document in one server call (server SDK only); each document's patch is atomic, and the
   * condition is checked on the document as it is patched, so `where({_id, version})` is a compare-and-set.
   * Nested objects in `data` patch sub-fields (they do not replace the object).
   */
  update(options: { data: CloudData }): Promise<{ stats: { updated: number } }>;
}

/** One document by id. */
export interface CloudDocumentRef {
  /** Rejects ("document.get:fail document with _id … does not exist") when there is no such document. */
  get(): Promise<{ data: CloudDoc }>;
  /** Replaces or creates the document. */
  set(options: { data: CloudData }): Promise<{ stats: { updated: number; created: number } }>;
  /** Patches an existing document atomically; `updated` is 0 when it does not exist. */
  update(options: { data: CloudData }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

/** A collection: a query over all its documents, plus single-document access and inserts. */
export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocumentRef;
  /** Inserts one document; rejects (errCode -502001, "duplicate key") when its `_id` exists. */
  add(options: { data: CloudDoc }): Promise<{ _id: string }>;
  /**
   * Inserts many in order; on a duplicate `_id` the documents before it stay inserted and the call rejects
   * (a MongoDB ordered insert, not a transaction).
   */
  add(options: { data: CloudDoc[] }): Promise<{ _ids: string[] }>;
}

/** The database handle: `cloud.database()`. */
export interface CloudDatabase {
  collection(name: string): CloudCollection;
  readonly command: CloudCommand;
  readonly Geo: CloudGeo;
  /** A placeholder the server replaces with its own clock when the document is written (stored as a Date). */
  serverDate(): unknown;
}
