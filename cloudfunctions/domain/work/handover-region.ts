/**
 * Where a question may be handed over (转交范围): only to a service point whose region contains the request's post —
 * its township (司法所), its county (县级法律援助中心) or the city (市法律援助中心) — never another township's or
 * county's office. The local office knows the place and the parties; the city-level centre serves every post of the
 * city, so it is in range too. Of each kind taking hand-overs the most local containing point is offered, and only
 * what is offered is accepted, so a client cannot pick an office the page never showed.
 */
import { CITY_CODE } from '~/types/ids';
import { HANDOVER_KINDS } from '~/types/requests';
import type { ServicePoint } from '~/types/domain';
import type { RequestRow, Store } from '../../store/port';
import { servingPoints } from '../requests/routing';

type Place = Pick<RequestRow, 'villageCode' | 'townshipCode' | 'countyCode'>;

/** The regions containing a request's post, most local first: village, township, county, city. */
export const regionsContaining = (place: Place): string[] => [
  place.villageCode,
  place.townshipCode,
  place.countyCode,
  CITY_CODE,
];

/** True when the point's region contains the post (the point is at the post's village, township, county or city). */
export const containsPlace = (point: Pick<ServicePoint, 'regionCode'>, place: Place): boolean =>
  regionsContaining(place).includes(point.regionCode);

/** The most local of `points` whose region contains the place (ties by id), or null. */
export function mostLocalContaining(points: ServicePoint[], place: Place): ServicePoint | null {
  for (const code of regionsContaining(place)) {
    const here = points.filter((p) => p.regionCode === code).sort((a, b) => (a.id < b.id ? -1 : 1));
    if (here.length > 0) return here[0];
  }
  return null;
}

/**
 * The hand-over targets of a question: for each kind receiving hand-overs (司法所, 法律援助中心, 工作站), the most
 * local point containing the post; never the current assignee.
 */
export async function handOverTargets(
  store: Store,
  rec: Place & Pick<RequestRow, 'assignee'>,
): Promise<ServicePoint[]> {
  const serving = await servingPoints(store, 'handover');
  return HANDOVER_KINDS.map((kind) =>
    mostLocalContaining(
      serving.filter((s) => s.kind === kind && s.id !== rec.assignee),
      rec,
    ),
  ).filter((s): s is ServicePoint => s !== null);
}

/**
 * Where the promise timer hands an overdue question, and the office a landing page shows for the post: the most
 * local 司法所 containing the post (its township's, else its county's), else the most local point taking hand-overs
 * that contains it (the county's legal-aid centre); never another township's office, even one nearer (a street
 * without an office of its own got a neighbouring street's, which then saw the resident's callback number).
 */
export function handOverOffice(points: ServicePoint[], place: Place): ServicePoint | null {
  return (
    mostLocalContaining(
      points.filter((p) => p.kind === 'judicialOffice'),
      place,
    ) ?? mostLocalContaining(points, place)
  );
}
