/** The printable plate sheet (二维码牌 PDF) of some posts or a township, made and stored by the admin function. */
import type { ActionInput, PlateSheetData } from '~/types/api';
import { callCloud } from '../cloud';

/** The PDF of `postIds` (at most 200) or of `townshipCode`: its stored file, plates and pages. */
export function plateSheet(input: ActionInput<'admin', 'plateSheet'>): Promise<PlateSheetData> {
  return callCloud('admin', 'plateSheet', input);
}
