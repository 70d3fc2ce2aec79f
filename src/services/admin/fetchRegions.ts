/** The child regions of a region in the admin's scope (pickers, drill-down names). */
import type { RegionsData } from '~/types/api';
import { callCloud } from '../cloud';

/** The children of `parentCode`, or of the admin's own scope when absent. */
export function fetchRegions(parentCode?: string): Promise<RegionsData> {
  return callCloud('admin', 'regions', parentCode ? { parentCode } : {});
}
