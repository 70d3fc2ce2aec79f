/** The full ID number or phone of a legal-aid applicant; every view is audit-logged on the server. */
import type { RevealData } from '~/types/api';
import { callCloud } from '../cloud';

/** Reveals `field` of request `id`. */
export function revealField(id: string, field: 'idNumber' | 'phone'): Promise<RevealData> {
  return callCloud('work', 'reveal', { id, field });
}
