/** `regions`, `posts` and `services` rows as SQLite returns them, and their conversion to and from the domain types. */
import type { Post, Region, RegionLevel, ServiceKind, ServicePoint } from '~/types/domain';
import { cellOf } from '../../geo/grid';

/** A `regions` row. */
export interface RegionDbRow {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
  lat: number;
  lng: number;
}

/** A `posts` row. */
export interface PostDbRow {
  id: string;
  name: string;
  address: string;
  village_code: string;
  township_code: string;
  county_code: string;
  lat: number;
  lng: number;
  radius_m: number;
  status: Post['status'];
  created_at: number;
}

/** A `services` row. */
export interface ServiceDbRow {
  id: string;
  kind: ServiceKind;
  name: string;
  region_code: string;
  address: string;
  phone: string;
  hours: string;
  lat: number | null;
  lng: number | null;
  stars: number | null;
  note: string;
  /** JSON array of ServiceChannel. */
  channels: string;
}

/** Region row → domain. */
export function toRegion(r: RegionDbRow): Region {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parent_code, lat: r.lat, lng: r.lng };
}

/** Post row → domain. */
export function toPost(r: PostDbRow): Post {
  return {
    id: r.id,
    name: r.name,
    address: r.address,
    villageCode: r.village_code,
    townshipCode: r.township_code,
    countyCode: r.county_code,
    lat: r.lat,
    lng: r.lng,
    radiusM: r.radius_m,
    status: r.status,
    createdAt: r.created_at,
  };
}

/** A post as the insert and update statements take it, with its grid cell. */
export function postParams(p: Post): PostDbRow & { cell: number } {
  return {
    id: p.id,
    name: p.name,
    address: p.address,
    village_code: p.villageCode,
    township_code: p.townshipCode,
    county_code: p.countyCode,
    lat: p.lat,
    lng: p.lng,
    radius_m: p.radiusM,
    status: p.status,
    created_at: p.createdAt,
    cell: cellOf(p),
  };
}

/** Service row → domain. */
export function toService(r: ServiceDbRow): ServicePoint {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    regionCode: r.region_code,
    address: r.address,
    phone: r.phone,
    hours: r.hours,
    lat: r.lat,
    lng: r.lng,
    stars: r.stars,
    note: r.note,
    channels: JSON.parse(r.channels) as ServicePoint['channels'],
  };
}

/** Domain → `services` row (the seed load and services.create/update). */
export function serviceParams(s: ServicePoint): ServiceDbRow {
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    region_code: s.regionCode,
    address: s.address,
    phone: s.phone,
    hours: s.hours,
    lat: s.lat,
    lng: s.lng,
    stars: s.stars,
    note: s.note,
    channels: JSON.stringify(s.channels),
  };
}

export * from './mappers-people';
export * from './mappers-scans';
