/** Contract of the `scan` function: the hot path from a QR plate to its landing page. */
import * as v from 'valibot';
import type { ServiceKind, VolunteerCard } from '../domain';
import { LocationSchema, PostIdSchema } from './common';

/** scan.land: log one scan (idempotent by scanId) and return everything the landing page shows. */
export const LandInputSchema = v.strictObject({
  postId: PostIdSchema,
  scanId: v.pipe(v.string('扫码编号必须是文字'), v.uuid('扫码编号格式不正确')),
  /** Client time in ms, for scans queued offline and sent later. */
  at: v.optional(
    v.pipe(v.number('扫码时间必须是数字'), v.integer('扫码时间必须是整数'), v.minValue(0, '扫码时间不正确')),
  ),
  source: v.optional(v.picklist(['qr', 'link', 'recent', 'manual'], '来源不正确'), 'qr'),
  location: v.optional(LocationSchema),
});
export type LandInput = v.InferInput<typeof LandInputSchema>;

/**
 * scan.locate: the resident's location sent after the landing (they allowed it only then, or it came later than
 * the scan). It completes that scan, identified by its scanId: never a second scan.
 */
export const LocateInputSchema = v.strictObject({
  postId: PostIdSchema,
  scanId: v.pipe(v.string('扫码编号必须是文字'), v.uuid('扫码编号格式不正确')),
  location: LocationSchema,
});
export type LocateInput = v.InferInput<typeof LocateInputSchema>;

/** Reply of scan.locate: whether the scan took the location, and what it says about the circle. */
export interface LocateReply {
  located: boolean;
  distanceM: number;
  inCircle: boolean;
}

/** A service point as shown on a landing page, with its distance from the post when known. */
export interface ServiceCard {
  id: string;
  kind: ServiceKind;
  name: string;
  address: string;
  phone: string;
  hours: string;
  stars: number | null;
  distanceM: number | null;
  /** WGS-84 position for navigation (导航); null for a hotline. */
  lat: number | null;
  lng: number | null;
}

/** A region reduced to what the page shows. */
export interface RegionRef {
  code: string;
  name: string;
}

/** Everything the post landing page (岗位首页) renders, in one reply (budget: ≤ 8 KB). */
export interface LandingData {
  post: { id: string; name: string; address: string; lat: number; lng: number; radiusM: number };
  village: RegionRef;
  township: RegionRef;
  county: RegionRef;
  volunteers: VolunteerCard[];
  nearby: {
    judicialOffice: ServiceCard | null;
    mediationRoom: ServiceCard | null;
    legalAid: ServiceCard | null;
  };
  cityContacts: ServiceCard[];
  scan: { recorded: boolean; distanceM: number | null; inCircle: boolean | null };
}
