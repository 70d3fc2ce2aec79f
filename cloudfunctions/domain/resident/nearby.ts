/**
 * resident.nearbyPosts and resident.townships: finding a post without scanning one. With a location (given with
 * consent) the posts whose 500 m circle covers it come first, then the nearest beyond; without, a township's list.
 */
import {
  NEARBY_LIMIT,
  NearbyInputSchema,
  TownshipsInputSchema,
  type NearbyData,
  type NearbyPost,
  type TownshipsData,
} from '~/types/api/nearby';
import type { Post } from '~/types/domain';
import type { Store } from '../../store/port';
import type { Route } from '../context';
import { regionNames } from '../region-names';

const villageNames = (store: Store, posts: Post[]) =>
  regionNames(
    store,
    posts.map((p) => p.villageCode),
  );

function card(post: Post, village: string, distanceM: number | null): NearbyPost {
  return {
    id: post.id,
    name: post.name,
    address: post.address,
    villageName: village,
    lat: post.lat,
    lng: post.lng,
    radiusM: post.radiusM,
    // Whole metres: the list shows "约 320 米", and finer would only suggest precision the phone lacks.
    distanceM: distanceM === null ? null : Math.round(distanceM),
    inCircle: distanceM === null ? null : distanceM <= post.radiusM,
  };
}

/** Nearby posts by location or by township (exactly one of the two). */
export const nearbyPosts: Route<typeof NearbyInputSchema, NearbyData> = {
  schema: NearbyInputSchema,
  async handle(ctx, input): Promise<NearbyData> {
    if (input.location) {
      const near = await ctx.store.posts.near(input.location, NEARBY_LIMIT);
      const names = await villageNames(
        ctx.store,
        near.map((n) => n.post),
      );
      const cards = near.map((n) => card(n.post, names.get(n.post.villageCode) ?? '', n.distanceM));
      // Nearest first already; a stable partition puts every covering circle ahead of the rest.
      const within = cards.filter((c) => c.inCircle === true);
      return {
        origin: 'location',
        posts: [...within, ...cards.filter((c) => c.inCircle !== true)],
        withinCount: within.length,
      };
    }
    const posts = await ctx.store.posts.byTownship(input.townshipCode ?? '', NEARBY_LIMIT);
    const names = await villageNames(ctx.store, posts);
    return {
      origin: 'township',
      posts: posts.map((p) => card(p, names.get(p.villageCode) ?? '', null)),
      withinCount: 0,
    };
  },
};

/** The county → township tree, ordered by code. */
export const townships: Route<typeof TownshipsInputSchema, TownshipsData> = {
  schema: TownshipsInputSchema,
  async handle(ctx): Promise<TownshipsData> {
    const [counties, towns] = await Promise.all([
      ctx.store.regions.byLevel('county'),
      ctx.store.regions.byLevel('township'),
    ]);
    return {
      counties: counties.map((c) => ({
        code: c.code,
        name: c.name,
        townships: towns.filter((t) => t.parentCode === c.code).map((t) => ({ code: t.code, name: t.name })),
      })),
    };
  },
};
