/** The county → township tree for choosing a place without sharing location. */
import type { TownshipsData } from '~/types/api';
import { callCloud } from '~/src/services/cloud';

/** Asks resident.townships. */
export function fetchTownships(): Promise<TownshipsData> {
  return callCloud('resident', 'townships', {});
}
