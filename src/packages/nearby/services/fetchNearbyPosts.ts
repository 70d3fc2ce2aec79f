/** Posts near a point (with consent) or in a township (without it). */
import type { NearbyData, NearbyInput } from '~/types/api';
import { callCloud } from '~/src/services/cloud';

/** Asks resident.nearbyPosts; pass exactly one of `location` and `townshipCode`. */
export function fetchNearbyPosts(input: NearbyInput): Promise<NearbyData> {
  return callCloud('resident', 'nearbyPosts', input);
}
