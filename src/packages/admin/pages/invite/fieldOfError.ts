/** Which invite field a message belongs to: the schema's own messages first, then what the server's names. */
import type * as v from 'valibot';
import { CreateInviteInputSchema } from '../../../../../types/api';
import { errorsByField, fieldOfMessage as fieldIn, FORM_KEY } from '../../../../components/forms/fieldErrors';

/** The form's fields. */
export type InviteField = 'role' | 'regionCode' | 'name' | 'postIds' | 'serviceId' | typeof FORM_KEY;

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
  return fieldIn(CreateInviteInputSchema.entries, message, KEYWORDS) ?? FORM_KEY;
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): Partial<Record<InviteField, string>> {
  return errorsByField<InviteField>(issues, CreateInviteInputSchema.entries);
}
