/**
 * Where a request goes (分派): a question to the post's volunteers; mediation to the nearest personal mediation
 * room within 5 km, else the township's judicial office; legal aid by channel to a dedicated station, else the
 * county's legal-aid centre. The first history entry names the receiver.
 */
import type { AidChannel } from '../../../types/requests';
import type { Post, ServicePoint } from '../../../types/domain';
import type { Store } from '../../store/port';
import { S, STUDENT_STATION, WOMEN_STATION } from './strings';

/** Who must act on a request, and their name for the resident. */
export interface Route {
  assignee: string;
  name: string;
}

/** A mediation room farther than this is no help for a village dispute. */
export const MEDIATION_ROOM_MAX_M = 5000;
// Kinds have tens of points (104 judicial offices at most): one read of a kind covers all of them.
const KIND_LIMIT = 500;

const toService = (s: ServicePoint): Route => ({ assignee: s.id, name: s.name });

/** A question: the volunteers of the post (`post:<id>`), named by the post's village. */
export async function routeQuestion(store: Store, post: Post): Promise<Route> {
  const village = await store.regions.byCode(post.villageCode);
  return { assignee: `post:${post.id}`, name: village ? S.volunteersOf(village.name) : S.postVolunteers };
}

/** Mediation: the nearest mediation room within 5 km, else the township's judicial office (else the nearest). */
export async function routeMediation(store: Store, post: Post): Promise<Route> {
  const room = await store.services.nearest(['mediationRoom'], post);
  if (room && room.distanceM <= MEDIATION_ROOM_MAX_M) return toService(room.service);
  const offices = await store.services.ofKind('judicialOffice', KIND_LIMIT);
  const own = offices.find((o) => o.regionCode === post.townshipCode);
  if (own) return toService(own);
  const nearest = await store.services.nearest(['judicialOffice'], post);
  return nearest ? toService(nearest.service) : { assignee: `township:${post.townshipCode}`, name: S.judicialOffice };
}

/** Legal aid: women → the women's station of the post's township or county; students → the university's. */
export async function routeAid(store: Store, post: Post, channel: AidChannel): Promise<Route> {
  if (channel === 'women' || channel === 'student') {
    const stations = await store.services.ofKind('legalAidStation', KIND_LIMIT);
    const pick =
      channel === 'student'
        ? stations.find((s) => s.name === STUDENT_STATION)
        : (stations.find((s) => s.name.endsWith(WOMEN_STATION) && s.regionCode === post.townshipCode) ??
          stations.find((s) => s.name.endsWith(WOMEN_STATION) && s.regionCode === post.countyCode));
    if (pick) return toService(pick);
  }
  const centres = await store.services.ofKind('legalAidCentre', KIND_LIMIT);
  const own = centres.find((c) => c.regionCode === post.countyCode);
  if (own) return toService(own);
  const nearest = await store.services.nearest(['legalAidCentre'], post);
  return nearest ? toService(nearest.service) : { assignee: `county:${post.countyCode}`, name: S.aidOffice };
}
