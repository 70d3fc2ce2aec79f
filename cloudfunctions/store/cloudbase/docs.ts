/**
 * Collection names, document shapes and document ↔ domain mapping of the cloudbase adapter. Every `_id` is chosen
 * here, never by the database, so that writes can be made idempotent (an `add` of an existing id fails).
 */
import type { DailyStat, Post, Region, ScanRecord, ServicePoint, User } from '~/types/domain';
import { cellOf } from '../../geo/grid';
import type { VolunteerRow } from '../port';
import type { CloudDoc, CloudGeo, CloudGeoPoint } from './sdk';

/** Collection names; collections.json declares the same set with indexes and rules. */
export const COLLECTIONS = {
  regions: 'regions',
  posts: 'posts',
  services: 'services',
  volunteers: 'volunteers',
  users: 'users',
  meta: 'meta',
  scans: 'scans',
  visitorDays: 'visitor_days',
  dailyStats: 'daily_stats',
  requests: 'requests',
  auditLog: 'audit_log',
  outbox: 'outbox',
  invites: 'invites',
  templates: 'answer_templates',
  postHistory: 'post_history',
  cumStats: 'cum_stats',
  hourStats: 'hour_stats',
  outsideCells: 'outside_cells',
  boards: 'region_boards',
} as const;

/** A scan document: `_id` is the client's scanId; `state` stays 'pending' until every counter is bumped. */
export interface ScanDoc extends CloudDoc {
  postId: string;
  visitor: string;
  at: number;
  source: ScanRecord['source'];
  distanceM: number | null;
  inCircle: boolean | null;
  day: string;
  subjects: string[];
  state: 'pending' | 'applied';
  /** The centre of the out-of-circle cell (geo/cells.ts), or null. */
  cell: { lat: number; lng: number } | null;
  /** The server's time of the insert (a Date once stored): the rollup's watermark, unlike `at`. */
  insertedAt: unknown;
}

/**
 * A per-subject per-day counter document, `_id` = `<subject>_<yyyymmdd>`. `dirty` is set by every bump and cleared
 * by the rollup once the subject's cumulative totals include it.
 */
export interface DailyStatDoc extends CloudDoc, DailyStat {
  dirty?: boolean;
}

/**
 * Ids of derived documents. A day key is always 8 digits, so `<subject>_<day>` is unambiguous; a visitor hash
 * with no '_' keeps `<subject>_<day>_<visitor>` unambiguous too.
 */
export const ids = {
  dailyStat: (subject: string, day: string): string => `${subject}_${day}`,
  visitorDay: (subject: string, day: string, visitor: string): string => `${subject}_${day}_${visitor}`,
  /** Cumulative totals and hours of a subject-day share the daily counter's id shape (other collections). */
  outsideCell: (postId: string, day: string, lat: number, lng: number): string => `${postId}_${day}_${lat}_${lng}`,
};

/** A stored document of known shape: only this adapter writes them, so the readers' casts are safe. */
export type Fields<T> = CloudDoc & T;

function located(geo: CloudGeo, lat: number | null, lng: number | null): { location?: CloudGeoPoint } {
  // GeoJSON order is longitude first; the 2dsphere index ignores documents without the field.
  return lat === null || lng === null ? {} : { location: new geo.Point(lng, lat) };
}

/** Domain → document, for the seed load. */
export const toDoc = {
  region: (r: Region): CloudDoc => ({
    _id: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    lat: r.lat,
    lng: r.lng,
  }),
  post: (p: Post, geo: CloudGeo): CloudDoc => {
    const { id, ...rest } = p;
    // `cell` is the grid key posts.near reads by (geo/grid.ts); fromDoc.post leaves it out.
    return { _id: id, ...rest, cell: cellOf(p), ...located(geo, p.lat, p.lng) };
  },
  service: (s: ServicePoint, geo: CloudGeo): CloudDoc => {
    const { id, ...rest } = s;
    return { _id: id, ...rest, ...located(geo, s.lat, s.lng) };
  },
  volunteer: (v: VolunteerRow): CloudDoc => {
    const { id, ...rest } = v;
    return { _id: id, ...rest, postIds: [...v.postIds], active: v.active !== false };
  },
  user: (u: User): CloudDoc => {
    const { openid, ...rest } = u;
    return { _id: openid, ...rest };
  },
};

/** Document → domain; fields are copied one by one so storage-only fields (location, loadId) never leak. */
export const fromDoc = {
  region: (doc: CloudDoc): Region => {
    const d = doc as Fields<Omit<Region, 'code'>>;
    return { code: d._id, name: d.name, level: d.level, parentCode: d.parentCode, lat: d.lat, lng: d.lng };
  },
  post: (doc: CloudDoc): Post => {
    const d = doc as Fields<Omit<Post, 'id'>>;
    return {
      id: d._id,
      name: d.name,
      address: d.address,
      villageCode: d.villageCode,
      townshipCode: d.townshipCode,
      countyCode: d.countyCode,
      lat: d.lat,
      lng: d.lng,
      radiusM: d.radiusM,
      status: d.status,
      createdAt: d.createdAt,
    };
  },
  service: (doc: CloudDoc): ServicePoint => {
    const d = doc as Fields<Omit<ServicePoint, 'id'>>;
    return {
      id: d._id,
      kind: d.kind,
      name: d.name,
      regionCode: d.regionCode,
      address: d.address,
      phone: d.phone,
      hours: d.hours,
      lat: d.lat,
      lng: d.lng,
      stars: d.stars,
      note: d.note,
      // Documents loaded before channels existed serve nothing until an admin sets them.
      channels: Array.isArray(d.channels) ? [...d.channels] : [],
    };
  },
  volunteer: (doc: CloudDoc): VolunteerRow => {
    const d = doc as Fields<Omit<VolunteerRow, 'id'>>;
    return {
      id: d._id,
      name: d.name,
      villageCode: d.villageCode,
      phone: d.phone,
      phonePublic: d.phonePublic,
      isMediator: d.isMediator,
      hours: d.hours,
      postIds: [...d.postIds],
      // Documents written before profile photos existed have no photo field.
      photoFileId: d.photoFileId ?? null,
      // Absent means active (the port's convention), so older documents read the same.
      ...(d.active === false ? { active: false } : {}),
    };
  },
  user: (doc: CloudDoc): User => {
    const d = doc as Fields<Omit<User, 'openid'>>;
    return {
      openid: d._id,
      role: d.role,
      regionCode: d.regionCode,
      label: d.label,
      volunteerId: d.volunteerId,
      // Documents written before units existed have no unit.
      serviceId: d.serviceId ?? null,
    };
  },
  dailyStat: (doc: CloudDoc): DailyStat => {
    const d = doc as DailyStatDoc;
    return {
      subject: d.subject,
      day: d.day,
      count: d.count,
      unique: d.unique,
      inCircle: d.inCircle,
      withLocation: d.withLocation,
    };
  },
};
