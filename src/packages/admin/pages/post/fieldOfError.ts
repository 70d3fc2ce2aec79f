/** Which field of the post forms a message belongs to: the schemas' own messages first, then a word it names. */
import type * as v from 'valibot';
import { CreatePostInputSchema, UpdatePostInputSchema } from '../../../../../types/api';

/** The fields of the create and edit forms; `_form` is a message that names none. */
export type PostField = 'id' | 'name' | 'address' | 'villageCode' | 'lat' | 'lng' | '_form';
/** A message per field. */
export type PostErrors = Partial<Record<PostField, string>>;

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

const ENTRIES: Record<string, unknown> = { ...UpdatePostInputSchema.entries, ...CreatePostInputSchema.entries };

// The server's own checks (OUTSIDE_CITY, POST_EXISTS, a village outside the scope) name their field by a word.
const KEYWORDS: [RegExp, PostField][] = [
  [/编号/, 'id'],
  [/名称/, 'name'],
  [/地址/, 'address'],
  [/经度/, 'lng'],
  [/纬度|位置|坐标/, 'lat'],
  [/村|区划|地区/, 'villageCode'],
];

/** The field of `message`, or `_form`. */
export function fieldOfMessage(message: string): PostField {
  for (const [key, entry] of Object.entries(ENTRIES)) {
    if (key !== 'postId' && key !== 'status' && messagesOf(entry).includes(message)) return key as PostField;
  }
  return KEYWORDS.find(([re]) => re.test(message))?.[1] ?? '_form';
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): PostErrors {
  const out: PostErrors = {};
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && key in ENTRIES && key !== 'postId' ? (key as PostField) : '_form';
    out[field] ??= issue.message;
  }
  return out;
}

/** A typed coordinate: blank is missing (the schema says so), anything else a number or NaN. */
export function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}
