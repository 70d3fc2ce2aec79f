/**
 * Demo identities (演示身份) of the local runtime: who the /dev/demo switcher offers, and the bound users the seed
 * writes for them. The demo volunteer and mediator get fixed names so their labels are constants.
 */
import type { Post, Role, ServicePoint, User } from '~/types/domain';
import { CITY_CODE } from '~/types/ids';
import type { VolunteerRow } from '~/cloudfunctions/store/port';

/** The name the seed gives the demo volunteer. */
export const DEMO_VOLUNTEER_NAME = '张明远';
/** The name the seed gives the demo mediator (who also has a personal mediation room). */
export const DEMO_MEDIATOR_NAME = '王淑芬';

/** One identity of the demo role switcher. */
export interface DemoIdentity {
  openid: string;
  role: Role;
  label: string;
}

/** Every demo identity, the plain resident (who has no user row) first. */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { openid: 'demo-resident', role: 'resident', label: '演示群众' },
  { openid: 'demo-volunteer', role: 'volunteer', label: `演示志愿者（${DEMO_VOLUNTEER_NAME}）` },
  { openid: 'demo-mediator', role: 'mediator', label: `演示调解员（${DEMO_MEDIATOR_NAME}）` },
  { openid: 'demo-staff', role: 'staff', label: '演示司法所工作人员' },
  { openid: 'demo-aid-staff', role: 'staff', label: '演示法律援助中心工作人员' },
  { openid: 'demo-admin', role: 'admin', label: '演示市级管理员' },
  { openid: 'demo-county-admin', role: 'admin', label: '演示洮北区管理员' },
  { openid: 'demo-township-admin', role: 'admin', label: '演示乡镇管理员' },
];

/** The volunteers behind the demo volunteer and demo mediator identities. */
export interface DemoCast {
  volunteer: VolunteerRow;
  mediator: VolunteerRow;
}

/** The first active post in id order: the one the demo volunteer serves and the sample scan link points at. */
export function firstActivePost(posts: Post[]): Post {
  const active = posts.filter((p) => p.status === 'active').sort((a, b) => (a.id < b.id ? -1 : 1));
  if (active.length === 0) throw new Error('no active post');
  return active[0];
}

/**
 * Picks the demo volunteer (a non-mediator serving the first active post) and the demo mediator (another volunteer
 * of the same township), renaming them — and adjusting their flags if the draw left none fit. Mutates the rows,
 * which the seed owns.
 */
export function castDemoVolunteers(posts: Post[], volunteers: VolunteerRow[]): DemoCast {
  const first = firstActivePost(posts);
  const serving = volunteers.filter((v) => v.postIds.includes(first.id));
  if (serving.length === 0) throw new Error(`nobody serves ${first.id}`);
  const volunteer = serving.find((v) => !v.isMediator) ?? serving[0];
  volunteer.isMediator = false;
  volunteer.name = DEMO_VOLUNTEER_NAME;

  const township = first.townshipCode;
  const others = volunteers.filter((v) => v !== volunteer && v.villageCode.startsWith(township));
  if (others.length === 0) throw new Error(`no second volunteer in ${township}`);
  const mediator = others.find((v) => v.isMediator && v.phonePublic) ?? others.find((v) => v.isMediator) ?? others[0];
  mediator.isMediator = true;
  mediator.phonePublic = true;
  mediator.name = DEMO_MEDIATOR_NAME;
  return { volunteer, mediator };
}

function label(openid: string): string {
  const identity = DEMO_IDENTITIES.find((d) => d.openid === openid);
  if (!identity) throw new Error(`unknown demo identity ${openid}`);
  return identity.label;
}

/** Where the staff identities sit: the staff township and the county of the county admin. */
export interface DemoPlaces {
  staffTownshipCode: string;
  countyCode: string;
}

function serviceWhere(services: ServicePoint[], what: string, test: (s: ServicePoint) => boolean): string {
  const found = services.find(test);
  if (!found) throw new Error(`no ${what} in the dataset`);
  return found.id;
}

/**
 * The bound users of the demo identities (the resident has none). The mediator works for their personal mediation
 * room, the staff member for the judicial office of their township, the aid staff member for the legal-aid centre
 * of the county admin's county.
 */
export function buildUsers(cast: DemoCast, services: ServicePoint[], places: DemoPlaces): User[] {
  const { staffTownshipCode, countyCode } = places;
  const room = serviceWhere(services, 'demo mediation room', (s) => s.name === `${DEMO_MEDIATOR_NAME}个人调解室`);
  const office = serviceWhere(
    services,
    `judicial office of ${staffTownshipCode}`,
    (s) => s.kind === 'judicialOffice' && s.regionCode === staffTownshipCode,
  );
  const aid = serviceWhere(
    services,
    `legal-aid centre of ${countyCode}`,
    (s) => s.kind === 'legalAidCentre' && s.regionCode === countyCode,
  );
  const user = (
    openid: string,
    role: Role,
    regionCode: string,
    volunteerId: string | null,
    serviceId: string | null,
  ): User => ({ openid, role, regionCode, label: label(openid), volunteerId, serviceId });
  return [
    user('demo-volunteer', 'volunteer', cast.volunteer.villageCode, cast.volunteer.id, null),
    user('demo-mediator', 'mediator', cast.mediator.villageCode, cast.mediator.id, room),
    user('demo-staff', 'staff', staffTownshipCode, null, office),
    user('demo-aid-staff', 'staff', countyCode, null, aid),
    user('demo-admin', 'admin', CITY_CODE, null, null),
    user('demo-county-admin', 'admin', countyCode, null, null),
    user('demo-township-admin', 'admin', staffTownshipCode, null, null),
  ];
}
