/** Which form field a validation message belongs to, from the shared contract schemas themselves. */
import type * as v from 'valibot';

/** First message per top-level field; `_form` holds what belongs to no field. */
export type FieldErrors = Partial<Record<string, string>>;

/** The key of messages that belong to no field. */
export const FORM_KEY = '_form';

/** The first issue of each field, keyed by its top-level name. */
export function errorsByField(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? key : FORM_KEY;
    out[field] ??= issue.message;
  }
  return out;
}

// valibot keeps each schema's messages on the schema object; walking them lets a server message find its field
// without a hand-kept table that would drift from types/api.
interface SchemaNode {
  message?: unknown;
  pipe?: readonly unknown[];
  wrapped?: unknown;
}

function messagesOf(node: unknown, out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const n = node as SchemaNode;
  if (typeof n.message === 'string') out.push(n.message);
  if (n.wrapped) messagesOf(n.wrapped, out);
  for (const item of n.pipe ?? []) if (item !== node) messagesOf(item, out);
  return out;
}

/** The field of `schema` whose rules say `message` (or that the message names), or null. */
export function fieldOfMessage(schema: { entries: Record<string, unknown> }, message: string): string | null {
  const named = /字段“([^”.]+)/.exec(message)?.[1];
  if (named && named in schema.entries) return named;
  for (const [key, entry] of Object.entries(schema.entries)) {
    if (messagesOf(entry).includes(message)) return key;
  }
  return null;
}
