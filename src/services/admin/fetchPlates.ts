/** The QR plates (二维码牌) of some posts or of a whole township, for the printable sheet. */
import type { ActionInput, PlatesData } from '~/types/api';
import { callCloud } from '../cloud';

/** The plates of `postIds` (at most 200) or of `townshipCode`. */
export function fetchPlates(input: ActionInput<'admin', 'plates'>): Promise<PlatesData> {
  return callCloud('admin', 'plates', input);
}
