/** Who the caller is, as the server sees them (role and region come from the database). */
import type { MeData } from '~/types/api';
import { callCloud } from '../cloud';

/** The caller's role, label and region. */
export function fetchMe(): Promise<MeData> {
  return callCloud('resident', 'me', {});
}
