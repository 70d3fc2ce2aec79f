/** Which field of the post forms a message belongs to: the schemas' own messages first, then a word it names. */
import type * as v from 'valibot';
import { CreatePostInputSchema, UpdatePostInputSchema } from '../../../../../types/api';
import { errorsByField, fieldOfMessage as fieldIn, FORM_KEY } from '../../../../components/forms/fieldErrors';

/** The fields of the create and edit forms; `_form` is a message that names none. */
export type PostField = 'id' | 'name' | 'address' | 'villageCode' | 'lat' | 'lng' | typeof FORM_KEY;
/** A message per field. */
export type PostErrors = Partial<Record<PostField, string>>;

// The fields a form shows: the post's id to edit and its status are not typed by the admin.
const {
  postId: _postId,
  status: _status,
  ...ENTRIES
} = {
  ...UpdatePostInputSchema.entries,
  ...CreatePostInputSchema.entries,
};

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
  return fieldIn(ENTRIES, message, KEYWORDS) ?? FORM_KEY;
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): PostErrors {
  return errorsByField<PostField>(issues, ENTRIES);
}

/** A typed coordinate: blank is missing (the schema says so), anything else a number or NaN. */
export function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}
