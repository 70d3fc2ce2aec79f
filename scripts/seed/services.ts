/**
 * Service points of the demo network (演示数据): the city-wide contacts (data/city-contacts.json, unchanged), 5 county
 * legal-aid centres, 8 women's legal-aid stations, the station at 白城师范学院, 104 star-rated judicial offices
 * (50 five-star, 34 four-star, 20 three-star; one street shares its neighbour's office) and 57 personal mediation
 * rooms named after their mediator. Addresses and phone numbers are illustrative.
 */
import cityContacts from '~/data/city-contacts.json';
import counties from '~/data/seed/counties.json';
import serviceData from '~/data/seed/services.json';
import type { Region, ServiceKind, ServicePoint } from '~/types/domain';
import { DEFAULT_CHANNELS } from '~/types/services';
import type { VolunteerRow } from '~/cloudfunctions/store/port';
import { scatter } from './geo';
import { landline } from './names';
import { createRng, type Rng } from './prng';
import type { RegionTree, TownshipNode, VillageNode } from './regions';

/** Star ratings of the judicial offices in the report (五星级 50 个, 四星级 34 个, 三星级 20 个). */
export const OFFICE_STARS: ReadonlyArray<{ stars: number; count: number }> = [
  { stars: 5, count: 50 },
  { stars: 4, count: 34 },
  { stars: 3, count: 20 },
];
/** Personal mediation rooms in the report (个人调解室 57 个). */
export const MEDIATION_ROOM_COUNT = 57;

interface Context {
  rng: Rng;
  tree: RegionTree;
  phones: Set<string>;
}

function point(
  id: string,
  kind: ServiceKind,
  name: string,
  region: Region,
  fields: Pick<ServicePoint, 'address' | 'phone' | 'hours' | 'lat' | 'lng'> & Partial<ServicePoint>,
): ServicePoint {
  const { address, phone, hours, lat, lng, stars = null, note = '', channels = [...DEFAULT_CHANNELS[kind]] } = fields;
  return { id, kind, name, regionCode: region.code, address, phone, hours, lat, lng, stars, note, channels };
}

function countyPhone(ctx: Context, countyCode: string): string {
  const county = counties.counties.find((c) => c.code === countyCode);
  return landline(ctx.rng, counties.areaCode, county?.phonePrefix ?? '3', ctx.phones);
}

function judicialOffices(ctx: Context): ServicePoint[] {
  const { township: sharing, sharesWith } = counties.sharedOffice;
  const towns = ctx.tree.townships.filter((t) => t.region.name !== sharing);
  const stars = ctx.rng.shuffle(OFFICE_STARS.flatMap((s) => Array.from({ length: s.count }, () => s.stars)));
  if (stars.length !== towns.length) throw new Error(`${towns.length} offices for ${stars.length} ratings`);
  return towns.map((t, i) => {
    const seat = t.kind === 'street' ? '办事处院内' : '人民政府院内';
    return point(`svc-jo-${t.region.code}`, 'judicialOffice', `${t.region.name}司法所`, t.region, {
      address: ctx.tree.city.name + t.county.name + t.region.name + seat,
      phone: countyPhone(ctx, t.county.code),
      hours: serviceData.officeHours,
      lat: t.region.lat,
      lng: t.region.lng,
      stars: stars[i],
      note: t.region.name === sharesWith ? `兼管${sharing}` : '',
    });
  });
}

function mediationRooms(ctx: Context, volunteers: VolunteerRow[], demoMediator: VolunteerRow): ServicePoint[] {
  const villages = new Map<string, VillageNode>(ctx.tree.villages.map((v) => [v.region.code, v]));
  const candidates = new Map<string, VolunteerRow[]>();
  for (const v of volunteers) {
    if (!v.isMediator || !v.phonePublic) continue;
    candidates.set(v.villageCode, [...(candidates.get(v.villageCode) ?? []), v]);
  }
  const order = [demoMediator.villageCode, ...ctx.rng.shuffle([...candidates.keys()].sort())];
  const names = new Set<string>();
  const chosen: Array<{ village: VillageNode; mediator: VolunteerRow }> = [];
  for (const code of order) {
    if (chosen.length === MEDIATION_ROOM_COUNT) break;
    const village = villages.get(code);
    if (!village || chosen.some((c) => c.village === village)) continue;
    const pool = code === demoMediator.villageCode ? [demoMediator] : (candidates.get(code) ?? []);
    const mediator = pool.find((m) => !names.has(m.name));
    if (!mediator) continue;
    names.add(mediator.name);
    chosen.push({ village, mediator });
  }
  chosen.sort((a, b) => (a.village.region.code < b.village.region.code ? -1 : 1));
  return chosen.map(({ village, mediator }, i) => {
    const at = scatter(ctx.rng, village.region, 50, 600);
    const seat = village.community ? '居委会旁' : '村委会旁';
    return point(
      `svc-mr-${String(i + 1).padStart(3, '0')}`,
      'mediationRoom',
      `${mediator.name}个人调解室`,
      village.region,
      {
        address: village.address + seat,
        phone: mediator.phone,
        hours: serviceData.mediationHours,
        lat: at.lat,
        lng: at.lng,
        note: `调解员：${mediator.name}`,
      },
    );
  });
}

function legalAid(ctx: Context): ServicePoint[] {
  const city = ctx.tree.city.name;
  const centres = ctx.tree.counties.map((c) => {
    const at = scatter(ctx.rng, c, 200, 800);
    return point(`svc-aid-${c.code}`, 'legalAidCentre', `${c.name}法律援助中心`, c, {
      address: city + c.name + serviceData.aidCentre.address,
      phone: countyPhone(ctx, c.code),
      hours: serviceData.officeHours,
      lat: at.lat,
      lng: at.lng,
      note: serviceData.aidCentre.note,
    });
  });
  const stations = serviceData.womenStations.map((s: { county: string; township?: string }) => {
    const county = ctx.tree.counties.find((c) => c.code === s.county);
    const town: TownshipNode | undefined = ctx.tree.townships.find((t) => t.region.name === s.township);
    if (!county || (s.township && !town)) throw new Error(`unknown place of a women's station: ${JSON.stringify(s)}`);
    const region = town ? town.region : county;
    const prefix = county.name + (town ? town.region.name : '');
    const at = scatter(ctx.rng, region, 100, 600);
    return point(`svc-aid-women-${region.code}`, 'legalAidStation', `${prefix}妇女法律援助工作站`, region, {
      address: city + prefix + (town ? '党群服务中心' : '妇女联合会'),
      phone: countyPhone(ctx, county.code),
      hours: serviceData.officeHours,
      lat: at.lat,
      lng: at.lng,
      note: serviceData.womenStationNote,
      channels: ['aidWomen'],
    });
  });
  const u = serviceData.university;
  const home = ctx.tree.counties.find((c) => c.code === u.regionCode);
  if (!home) throw new Error(`unknown county of ${u.name}`);
  const university = point(u.id, 'legalAidStation', u.name, home, {
    address: u.address,
    phone: countyPhone(ctx, u.regionCode),
    hours: serviceData.officeHours,
    lat: u.lat,
    lng: u.lng,
    note: u.note,
    channels: ['aidStudent'],
  });
  return [...centres, ...stations, university];
}

/** Every service point: city contacts first, then legal aid, judicial offices and mediation rooms. */
export function buildServices(
  tree: RegionTree,
  volunteers: VolunteerRow[],
  demoMediator: VolunteerRow,
): ServicePoint[] {
  const contacts = cityContacts.contacts as ServicePoint[];
  const ctx: Context = { rng: createRng('services'), tree, phones: new Set(contacts.map((c) => c.phone)) };
  return [...contacts, ...legalAid(ctx), ...judicialOffices(ctx), ...mediationRooms(ctx, volunteers, demoMediator)];
}
