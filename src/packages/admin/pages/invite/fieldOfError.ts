/** Which invite field a message belongs to: a local issue's path, or the field a server error carries. */
import type * as v from 'valibot';
import { CreateInviteInputSchema } from '~/types/api';
import { errorsByField, fieldOfError as fieldIn, FORM_KEY } from '~/src/components/forms/fieldErrors';

/** The form's fields. */
export type InviteField = 'role' | 'regionCode' | 'name' | 'postIds' | 'serviceId' | typeof FORM_KEY;

// The fields the form shows; volunteerId comes from the page's address, so its errors go at the form's foot.
const SHOWN: Record<Exclude<InviteField, typeof FORM_KEY>, true> = {
  role: true,
  regionCode: true,
  name: true,
  postIds: true,
  serviceId: true,
};

/** The form field a server error carries, or `_form` when it carries none the form shows. */
export function fieldOfError(field: string | undefined): InviteField {
  return fieldIn<InviteField>(SHOWN, field) ?? FORM_KEY;
}

/** The first message of each field of a failed local validation. */
export function errorsOf(issues: readonly v.BaseIssue<unknown>[]): Partial<Record<InviteField, string>> {
  return errorsByField<InviteField>(issues, CreateInviteInputSchema.entries);
}
