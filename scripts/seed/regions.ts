/**
 * The region tree of the demo network (演示数据): 白城市, its 5 county-level units with real codes, 105 townships and
 * 1,038 villages/communities. Codes follow GB/T 2260 habits: streets 001–099, towns 101–, townships (乡) 201–;
 * communities 001–, villages 201–.
 */
import counties from '~/data/seed/counties.json';
import type { GeoPoint, Region } from '~/types/domain';
import { clampInto, scatter, offset, spreadBearing, type Bounds } from './geo';
import { communityName, townshipKind, townshipName, villageName, type TownshipKind } from './names';
import { apportion, createRng, type Rng } from './prng';

/** The number of villages and communities (行政村和社区) in the report. */
export const VILLAGE_COUNT = 1038;

/** A township with what the other modules need to know about it. */
export interface TownshipNode {
  region: Region;
  kind: TownshipKind;
  county: Region;
}

/** A village or community with its parents and its postal address prefix. */
export interface VillageNode {
  region: Region;
  community: boolean;
  township: TownshipNode;
  /** e.g. 白城市洮南市黑水镇旭日村 */
  address: string;
}

/** The whole region tree, every list in code order. */
export interface RegionTree {
  city: Region;
  counties: Region[];
  townships: TownshipNode[];
  villages: VillageNode[];
}

/** The city's bounding box (used to keep generated points inside it). */
export const CITY_BOUNDS: Bounds = counties.bounds;

const KIND_ORDER: TownshipKind[] = ['street', 'town', 'township'];
const KIND_FIRST_CODE: Record<TownshipKind, number> = { street: 1, town: 101, township: 201 };
const KIND_WEIGHT: Record<TownshipKind, number> = { street: 0.75, town: 1.15, township: 1 };

function region(code: string, name: string, level: Region['level'], parentCode: string | null, at: GeoPoint): Region {
  return { code, name, level, parentCode, lat: at.lat, lng: at.lng };
}

/** The township names of one county, known ones first, then generated ones of the kinds the data asks for. */
function countyTownshipNames(rng: Rng, county: (typeof counties.counties)[number], taken: Set<string>): string[] {
  const names = county.known.slice();
  for (const kind of KIND_ORDER) {
    for (let i = 0; i < county.extra[kind]; i++) names.push(townshipName(rng, kind, taken));
  }
  if (names.length !== county.townships) throw new Error(`${county.name}: ${names.length} townships`);
  return KIND_ORDER.flatMap((kind) => names.filter((n) => townshipKind(n) === kind));
}

function buildTownships(rng: Rng, county: Region, names: string[]): TownshipNode[] {
  const streets = names.filter((n) => townshipKind(n) === 'street').length;
  const rural = names.length - streets;
  const next: Record<TownshipKind, number> = { ...KIND_FIRST_CODE };
  return names.map((name, i) => {
    const kind = townshipKind(name);
    const code = county.code + String(next[kind]++).padStart(3, '0');
    const at =
      kind === 'street'
        ? offset(county, rng.between(800, 3500), spreadBearing(rng, i, streets))
        : offset(county, rng.between(8000, 35000), spreadBearing(rng, i - streets, rural));
    return { region: region(code, name, 'township', county.code, clampInto(at, CITY_BOUNDS, 0.12)), kind, county };
  });
}

function buildVillages(rng: Rng, town: TownshipNode, count: number, city: Region): VillageNode[] {
  const known: string[] = (counties.knownVillages as Record<string, string[] | undefined>)[town.region.name] ?? [];
  const communities = town.kind === 'street' ? count : town.kind === 'town' ? Math.min(2, count - 3) : 0;
  const taken = new Set<string>(known);
  const out: VillageNode[] = [];
  for (let i = 0; i < count; i++) {
    const community = i < communities;
    const seq = community ? 1 + i : 201 + i - communities;
    const name = community ? communityName(rng, taken) : (known[i - communities] ?? villageName(rng, taken));
    const at = community
      ? scatter(rng, town.region, 200, town.kind === 'street' ? 2500 : 1500)
      : offset(town.region, rng.between(1500, 6000), spreadBearing(rng, i - communities, count - communities));
    const code = town.region.code + String(seq).padStart(3, '0');
    out.push({
      region: region(code, name, 'village', town.region.code, at),
      community,
      township: town,
      address: city.name + town.county.name + town.region.name + name,
    });
  }
  return out;
}

/** Builds the region tree; deterministic. */
export function buildRegions(): RegionTree {
  const rng = createRng('regions');
  const city = region(counties.city.code, counties.city.name, 'city', null, counties.city);
  const taken = new Set<string>(counties.counties.flatMap((c) => c.known));
  const countyRegions: Region[] = [];
  const townships: TownshipNode[] = [];
  for (const c of counties.counties) {
    const county = region(c.code, c.name, 'county', city.code, c);
    countyRegions.push(county);
    townships.push(...buildTownships(rng, county, countyTownshipNames(rng, c, taken)));
  }
  const weights = townships.map((t) => KIND_WEIGHT[t.kind] * rng.between(0.75, 1.25));
  const counts = apportion(VILLAGE_COUNT, weights, 3);
  const villages = townships.flatMap((t, i) => buildVillages(rng, t, counts[i], city));
  return { city, counties: countyRegions, townships, villages };
}

/** Every region of the tree as stored rows: city, counties, townships, villages. */
export function regionRows(tree: RegionTree): Region[] {
  return [tree.city, ...tree.counties, ...tree.townships.map((t) => t.region), ...tree.villages.map((v) => v.region)];
}
