/**
 * Where a request goes (分派): a question to the post's volunteers; mediation to the nearest personal mediation
 * room within 5 km, else the township's judicial office; legal aid by channel to a dedicated station, else the
 * county's legal-aid centre. Service points are chosen by the channel they serve (服务渠道, types/services.ts),
 * never by their names. The first history entry names the receiver.
 */
import type { AidChannel } from '~/types/requests';
import type { GeoPoint, Post, ServicePoint } from '~/types/domain';
import { CITY_CODE } from '~/types/ids';
import { aidServiceChannel, type ServiceChannel } from '~/types/services';
import { distanceM } from '../../geo/distance';
import type { Store } from '../../store/port';
import { REQUEST_TEXT } from './texts';

/** Who must act on a request, and their name for the resident. */
export interface Route {
  assignee: string;
  name: string;
}

/** A mediation room farther than this is no help for a village dispute. */
export const MEDIATION_ROOM_MAX_M = 5000;
// A channel has tens of points (104 judicial offices at most): one read covers all of them.
const CHANNEL_LIMIT = 500;

const toService = (s: ServicePoint): Route => ({ assignee: s.id, name: s.name });

/** Points of a channel, read once per routing decision. */
export const servingPoints = (store: Store, channel: ServiceChannel) =>
  store.services.forChannel(channel, CHANNEL_LIMIT);

/** The located point nearest to `at` (ties by id), with its distance, or null. */
export function nearestOf(points: ServicePoint[], at: GeoPoint): { point: ServicePoint; m: number } | null {
  let best: { point: ServicePoint; m: number } | null = null;
  for (const point of points) {
    if (point.lat === null || point.lng === null) continue;
    const m = distanceM(at, { lat: point.lat, lng: point.lng });
    if (best === null || m < best.m || (m === best.m && point.id < best.point.id)) best = { point, m };
  }
  return best;
}

/**
 * The point of the post's township, else its county's own, else null: never one of another township of the county,
 * which serves its own people (work/handover-region.ts).
 */
export function localOf(points: ServicePoint[], post: Pick<Post, 'townshipCode' | 'countyCode'>) {
  return (
    points.find((p) => p.regionCode === post.townshipCode) ??
    points.find((p) => p.regionCode === post.countyCode) ??
    null
  );
}

/** A question: the volunteers of the post (`post:<id>`), named by the post's village. */
export async function routeQuestion(store: Store, post: Post): Promise<Route> {
  const village = await store.regions.byCode(post.villageCode);
  return {
    assignee: `post:${post.id}`,
    name: village ? REQUEST_TEXT.volunteersOf(village.name) : REQUEST_TEXT.postVolunteers,
  };
}

/** Mediation: the nearest mediation room within 5 km, else the township's office (else the nearest office). */
export async function routeMediation(store: Store, post: Post): Promise<Route> {
  const serving = await servingPoints(store, 'mediation');
  const room = nearestOf(
    serving.filter((s) => s.kind === 'mediationRoom'),
    post,
  );
  if (room && room.m <= MEDIATION_ROOM_MAX_M) return toService(room.point);
  const offices = serving.filter((s) => s.kind !== 'mediationRoom');
  const own = offices.find((o) => o.regionCode === post.townshipCode) ?? nearestOf(offices, post)?.point;
  return own ? toService(own) : { assignee: `township:${post.townshipCode}`, name: REQUEST_TEXT.judicialOffice };
}

/** A city-level point (the city's legal-aid centre serves every post of the city), or undefined. */
const cityLevel = (points: ServicePoint[]) => points.find((p) => p.regionCode === CITY_CODE);

/**
 * Legal aid: a special channel (妇女, 在校学生…) goes to a station serving it in the post's township or county, else
 * a city-level one, else the nearest one serving it; otherwise, or when none does, the county's legal-aid office,
 * else the city's (法律援助法 第三十八条: the legal-aid institution of the place where the matter arose), else the
 * nearest. Another county's office is only the last resort of a network that has none in the post's region.
 */
export async function routeAid(store: Store, post: Post, channel: AidChannel): Promise<Route> {
  const special = aidServiceChannel(channel);
  if (special) {
    const stations = await servingPoints(store, special);
    const pick = localOf(stations, post) ?? cityLevel(stations) ?? nearestOf(stations, post)?.point;
    if (pick) return toService(pick);
  }
  const offices = await servingPoints(store, 'aid');
  const own =
    offices.find((c) => c.regionCode === post.countyCode) ?? cityLevel(offices) ?? nearestOf(offices, post)?.point;
  return own ? toService(own) : { assignee: `county:${post.countyCode}`, name: REQUEST_TEXT.aidOffice };
}
