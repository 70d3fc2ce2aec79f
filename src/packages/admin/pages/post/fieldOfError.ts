/** Which field of the post forms a message belongs to: a local issue's path, or the field a server error carries. */
import type * as v from 'valibot';
import { CreatePostInputSchema, UpdatePostInputSchema } from '~/types/api';
import { errorsByField, fieldOfError as fieldIn, FORM_KEY } from '~/src/components/forms/fieldErrors';

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

/** The form field a server error carries, or `_form` when it carries none the forms have. */
export function fieldOfError(field: string | undefined): PostField {
  return fieldIn<PostField>(ENTRIES, field) ?? FORM_KEY;
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): PostErrors {
  return errorsByField<PostField>(issues, ENTRIES);
}

/** A typed coordinate: blank is missing (the schema says so), anything else a number or NaN. */
export function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}
