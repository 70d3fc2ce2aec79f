/** Rows as SQLite returns them, and their conversion to and from the domain types. */
import type {
  DailyStat,
  Post,
  Region,
  RegionLevel,
  Role,
  ScanRecord,
  ServiceKind,
  ServicePoint,
  User,
} from '../../../types/domain';
import { cellOf } from '../../geo/grid';
import type { VolunteerRow } from '../port';

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

/** A `volunteers` row joined with its served posts as a JSON array. */
export interface VolunteerDbRow {
  id: string;
  name: string;
  village_code: string;
  phone: string;
  phone_public: 0 | 1;
  is_mediator: 0 | 1;
  hours: string;
  photo_file_id: string | null;
  active: 0 | 1;
  post_ids: string;
}

/** A `users` row. */
export interface UserDbRow {
  openid: string;
  role: Role;
  region_code: string;
  label: string;
  volunteer_id: string | null;
  service_id: string | null;
}

/** A `daily_stats` row. */
export interface DailyStatDbRow {
  subject: string;
  day: string;
  count: number;
  unique_visitors: number;
  in_circle: number;
  with_location: number;
}

/** The named parameters of a `scans` insert. */
export interface ScanParams {
  scanId: string;
  postId: string;
  visitor: string;
  at: number;
  source: string;
  distanceM: number | null;
  inCircle: 0 | 1 | null;
  cellLat: number | null;
  cellLng: number | null;
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

/** Volunteers with their post ids (`post_ids`, a JSON array in id order), for toVolunteer. */
export const VOLUNTEER_WITH_POSTS = `SELECT v.*, (
    SELECT json_group_array(post_id) FROM (
      SELECT post_id FROM volunteer_posts WHERE volunteer_id = v.id ORDER BY post_id)
  ) AS post_ids
  FROM volunteers v`;

/** Volunteer row (with its JSON list of posts) → port row. */
export function toVolunteer(r: VolunteerDbRow): VolunteerRow {
  return {
    id: r.id,
    name: r.name,
    villageCode: r.village_code,
    phone: r.phone,
    phonePublic: r.phone_public === 1,
    isMediator: r.is_mediator === 1,
    hours: r.hours,
    postIds: JSON.parse(r.post_ids) as string[],
    photoFileId: r.photo_file_id,
    // Absent means active (the port's convention), so rows written before deactivation existed read the same.
    ...(r.active === 0 ? { active: false } : {}),
  };
}

/** User row → domain. */
export function toUser(r: UserDbRow): User {
  return {
    openid: r.openid,
    role: r.role,
    regionCode: r.region_code,
    label: r.label,
    volunteerId: r.volunteer_id,
    serviceId: r.service_id,
  };
}

/** User → row. */
export function userParams(u: User): UserDbRow {
  return {
    openid: u.openid,
    role: u.role,
    region_code: u.regionCode,
    label: u.label,
    volunteer_id: u.volunteerId,
    service_id: u.serviceId,
  };
}

/** Volunteer → row (its posts are written to volunteer_posts apart). */
export function volunteerParams(v: VolunteerRow): Omit<VolunteerDbRow, 'post_ids'> {
  return {
    id: v.id,
    name: v.name,
    village_code: v.villageCode,
    phone: v.phone,
    phone_public: bit(v.phonePublic),
    is_mediator: bit(v.isMediator),
    hours: v.hours,
    photo_file_id: v.photoFileId,
    active: bit(v.active !== false),
  };
}

/** Daily stat row → domain. */
export function toDailyStat(r: DailyStatDbRow): DailyStat {
  return {
    subject: r.subject,
    day: r.day,
    count: r.count,
    unique: r.unique_visitors,
    inCircle: r.in_circle,
    withLocation: r.with_location,
  };
}

/** Scan → insert parameters (SQLite has no boolean). */
export function scanParams(s: ScanRecord): ScanParams {
  return {
    scanId: s.scanId,
    postId: s.postId,
    visitor: s.visitor,
    at: s.at,
    source: s.source,
    distanceM: s.distanceM,
    inCircle: s.inCircle === null ? null : s.inCircle ? 1 : 0,
    cellLat: s.cell ? s.cell.lat : null,
    cellLng: s.cell ? s.cell.lng : null,
  };
}

/** SQLite stores booleans as 0/1. */
export function bit(b: boolean): 0 | 1 {
  return b ? 1 : 0;
}
