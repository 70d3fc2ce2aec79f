/** The county → township tree, for choosing an invite's region (same action the nearby page uses). */
import type { NearbyData, TownshipsData } from '~/types/api';
import { callCloud } from '../cloud';

/** Asks resident.townships. */
export function fetchTownships(): Promise<TownshipsData> {
  return callCloud('resident', 'townships', {});
}

/** The posts of one township (resident.nearbyPosts by township, at most NEARBY_LIMIT). */
export async function fetchTownshipPosts(townshipCode: string): Promise<NearbyData['posts']> {
  return (await callCloud('resident', 'nearbyPosts', { townshipCode })).posts;
}
