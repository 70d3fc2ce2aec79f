/** Creates (no id) or edits (with id) a service point with the channels it serves. */
import type * as v from 'valibot';
import type { AdminServicePoint, SaveServicePointInputSchema } from '~/types/api';
import { callCloud } from '../cloud';

/** Saves the point; replies with it as stored. */
export function saveServicePoint(input: v.InferInput<typeof SaveServicePointInputSchema>): Promise<AdminServicePoint> {
  return callCloud('admin', 'saveServicePoint', input);
}
