/**
 * Collection names, document shapes and document ↔ domain mapping of the cloudbase adapter. Every `_id` is chosen
 * here, never by the database, so that writes can be made idempotent (an `add` of an existing id fails).
 */
import type { DailyStat, Post, Region, ScanRecord, ServicePoint, User } from '~/types/domain';
import { cellOf } from '../../geo/grid';
import type { VolunteerRow } from '../port';
import { rowReader, toFields } from './fields';
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
  photoSlots: 'photo_slots',
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

function located(geo: CloudGeo, lat: number | null, lng: number | null): { location?: CloudGeoPoint } {
  // GeoJSON order is longitude first; the 2dsphere index ignores documents without the field.
  return lat === null || lng === null ? {} : { location: new geo.Point(lng, lat) };
}

/** Domain → document, for the seed load. */
export const toDoc = {
  region: (r: Region): CloudDoc => toFields(r, 'code'),
  // `cell` is the grid key posts.near reads by (geo/grid.ts); fromDoc.post leaves it out.
  post: (p: Post, geo: CloudGeo): CloudDoc => ({
    ...toFields(p, 'id'),
    cell: cellOf(p),
    ...located(geo, p.lat, p.lng),
  }),
  service: (s: ServicePoint, geo: CloudGeo): CloudDoc => ({ ...toFields(s, 'id'), ...located(geo, s.lat, s.lng) }),
  volunteer: (v: VolunteerRow): CloudDoc => ({ ...toFields(v, 'id'), active: v.active !== false }),
  user: (u: User): CloudDoc => toFields(u, 'openid'),
};

const read = {
  region: rowReader<Region>()('code', { copy: 'name level parentCode lat lng' }),
  post: rowReader<Post>()('id', {
    copy: 'name address villageCode townshipCode countyCode lat lng radiusM status createdAt',
  }),
  service: rowReader<ServicePoint>()('id', {
    copy: 'kind name regionCode address phone hours lat lng stars note',
    own: 'channels',
  }),
  // Documents written before profile photos existed have no photo field.
  volunteer: rowReader<VolunteerRow>()('id', {
    copy: 'name villageCode phone phonePublic isMediator hours postIds',
    orNull: 'photoFileId',
    own: 'active',
  }),
  // Documents written before units existed have no unit.
  user: rowReader<User>()('openid', { copy: 'role regionCode label volunteerId', orNull: 'serviceId' }),
};

/** Document → domain; fields are read one by one (fields.ts) so storage-only fields (location, loadId) never leak. */
export const fromDoc = {
  region: read.region,
  post: read.post,
  service: (doc: CloudDoc): ServicePoint => ({
    ...read.service(doc),
    // Documents loaded before channels existed serve nothing until an admin sets them.
    channels: Array.isArray(doc.channels) ? [...(doc.channels as ServicePoint['channels'])] : [],
  }),
  volunteer: (doc: CloudDoc): VolunteerRow => ({
    ...read.volunteer(doc),
    // Absent means active (the port's convention), so older documents read the same.
    ...(doc.active === false ? { active: false } : {}),
  }),
  user: read.user,
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
