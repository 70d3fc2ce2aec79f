/** Which invite field a message belongs to: the schema's own messages first, then what the server's names. */
import type * as v from 'valibot';
import { CreateInviteInputSchema } from '../../../../../types/api';

/** The form's fields. */
export type InviteField = 'role' | 'regionCode' | 'name' | 'postIds' | 'serviceId' | '_form';

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

// What the server's own checks say (e.g. 没有找到先锋岗 X, 所选单位不在所选地区内) names its field by a word.
const KEYWORDS: [RegExp, InviteField][] = [
  [/先锋岗|岗位/, 'postIds'],
  [/单位|调解室|司法所|法律援助/, 'serviceId'],
  [/地区|区划|区域/, 'regionCode'],
  [/姓名/, 'name'],
  [/身份/, 'role'],
];

/** The field of `message`, or `_form` when it names none. */
export function fieldOfMessage(message: string): InviteField {
  for (const [key, entry] of Object.entries(CreateInviteInputSchema.entries)) {
    if (messagesOf(entry).includes(message)) return key as InviteField;
  }
  return KEYWORDS.find(([re]) => re.test(message))?.[1] ?? '_form';
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): Partial<Record<InviteField, string>> {
  const out: Partial<Record<InviteField, string>> = {};
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && key in CreateInviteInputSchema.entries ? (key as InviteField) : '_form';
    out[field] ??= issue.message;
  }
  return out;
}
