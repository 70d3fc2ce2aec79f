/**
 * Which form field a validation message belongs to, read from the shared contract schemas themselves (types/api),
 * so the resident and admin forms put the server's message under the field it is about without a hand-kept table
 * that would drift from the schemas.
 */
import type * as v from 'valibot';

/** The key of messages that belong to no field. */
export const FORM_KEY = '_form';

/** The first message per top-level field; FORM_KEY holds what belongs to no field. */
export type FieldErrors = Partial<Record<string, string>>;

/** An object schema's fields, as valibot keeps them. */
export type Entries = Record<string, unknown>;

// valibot keeps each schema's messages on the schema object (its own, its pipe's, a wrapped or array item's).
interface SchemaNode {
  message?: unknown;
  pipe?: readonly unknown[];
  wrapped?: unknown;
  item?: unknown;
}

function messagesOf(node: unknown, out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const n = node as SchemaNode;
  if (typeof n.message === 'string') out.push(n.message);
  if (n.wrapped) messagesOf(n.wrapped, out);
  if (n.item) messagesOf(n.item, out);
  for (const item of n.pipe ?? []) if (item !== node) messagesOf(item, out);
  return out;
}

/**
 * The field of `entries` whose rules say `message`, or that the message names: `字段“x…` (the dispatcher's
 * wording), then the first of `keywords` it contains (the server's own checks name their field by a word); else null.
 */
export function fieldOfMessage<F extends string>(
  entries: Entries,
  message: string,
  keywords: readonly (readonly [RegExp, F])[] = [],
): F | null {
  const named = /字段“([^”.]+)/.exec(message)?.[1];
  if (named && named in entries) return named as F;
  for (const [key, entry] of Object.entries(entries)) {
    if (messagesOf(entry).includes(message)) return key as F;
  }
  return keywords.find(([re]) => re.test(message))?.[1] ?? null;
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
