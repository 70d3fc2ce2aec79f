/** Contracts of finding posts: nearby (附近的先锋岗) with consent to location, or by township without it. */
import * as v from 'valibot';
import { LocationSchema, RegionCodeSchema } from './common';

/** resident.nearbyPosts: give a location (with the user's consent) or a township; exactly one of the two. */
export const NearbyInputSchema = v.pipe(
  v.strictObject({
    location: v.optional(LocationSchema),
    townshipCode: v.optional(RegionCodeSchema),
  }),
  v.check((i) => (i.location === undefined) !== (i.townshipCode === undefined), '请提供位置或选择乡镇（二选一）'),
);
export type NearbyInput = v.InferInput<typeof NearbyInputSchema>;

/** How many posts a nearby list shows at most. */
export const NEARBY_LIMIT = 20;

/** A post in a nearby list. */
export interface NearbyPost {
  id: string;
  name: string;
  address: string;
  villageName: string;
  lat: number;
  lng: number;
  radiusM: number;
  /** Null when listed by township (no location given). */
  distanceM: number | null;
  /** True when the location lies inside this post's 500 m circle. */
  inCircle: boolean | null;
}

/** Reply of resident.nearbyPosts: posts whose circle covers the point first, then the nearest beyond. */
export interface NearbyData {
  origin: 'location' | 'township';
  posts: NearbyPost[];
  withinCount: number;
}

/** resident.townships: the county → township tree for choosing without location. */
export const TownshipsInputSchema = v.strictObject({});

/** Reply of resident.townships. */
export interface TownshipsData {
  counties: { code: string; name: string; townships: { code: string; name: string }[] }[];
}
