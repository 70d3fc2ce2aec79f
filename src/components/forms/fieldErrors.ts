/**
 * Which form field a message belongs to: a local validation issue's path, or the `field` a server error carries,
 * checked against the fields of the shared contract schema (types/api) the form fills in.
 */
import type * as v from 'valibot';

/** The key of messages that belong to no field. */
export const FORM_KEY = '_form';

/** The first message per top-level field; FORM_KEY holds what belongs to no field. */
export type FieldErrors = Partial<Record<string, string>>;

/** An object schema's fields, as valibot keeps them. */
export type Entries = Record<string, unknown>;

/**
 * The field of `entries` a server error is about: the top-level key of the `field` it carries (`channels.0` is about
 * `channels`), or null when it carries none or one the form does not have.
 */
export function fieldOfError<F extends string>(entries: Entries, field: string | undefined): F | null {
  const key = field?.split('.')[0];
  return key !== undefined && Object.prototype.hasOwnProperty.call(entries, key) ? (key as F) : null;
}

/** The first message of each field of a failed local validation; a path outside `entries` goes under FORM_KEY. */
export function errorsByField<F extends string>(
  issues: readonly v.BaseIssue<unknown>[],
  entries?: Entries,
): Partial<Record<F | typeof FORM_KEY, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && (!entries || key in entries) ? key : FORM_KEY;
    out[field] ??= issue.message;
  }
  return out as Partial<Record<F | typeof FORM_KEY, string>>;
}
