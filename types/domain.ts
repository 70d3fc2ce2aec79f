/** Domain types shared by the app and the cloud functions. See GLOSSARY.md for the Chinese terms. */
import type { ServiceChannel } from './services';

/** Administrative level of a region (行政区划级别). */
export type RegionLevel = 'city' | 'county' | 'township' | 'village';

/** A region (行政区划): the city, a county-level unit (县/市/区), a township (乡镇/街道) or a village (村/社区). */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  lat: number;
  lng: number;
}

/** A point on the map, WGS-84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Lifecycle of a post: retired posts keep their history and still land on a friendly page. */
export type PostStatus = 'active' | 'retired';

/** A pioneer post (先锋岗): one QR plate with its 500 m service circle (服务圈). */
export interface Post {
  id: string;
  name: string;
  address: string;
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  lat: number;
  lng: number;
  radiusM: number;
  status: PostStatus;
  createdAt: number;
}

/** Kinds of service point (服务点) a landing page links to. */
export type ServiceKind =
  | 'judicialOffice' // 司法所
  | 'mediationRoom' // 调解室
  | 'legalAidCentre' // 法律援助中心
  | 'legalAidStation' // 法律援助工作站
  | 'notary' // 公证处
  | 'arbitration' // 仲裁委员会
  | 'hotline'; // 热线

/** A service point with a phone to call: judicial office, mediation room, legal-aid office, notary… */
export interface ServicePoint {
  id: string;
  kind: ServiceKind;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
  hours: string;
  lat: number | null;
  lng: number | null;
  /** Star rating of a judicial office (星级司法所), 3–5; null for other kinds. */
  stars: number | null;
  note: string;
  /** Which requests it receives (服务渠道, types/services.ts): routing picks by channel, never by name. */
  channels: ServiceChannel[];
}

/** A legal-literate volunteer (法律明白人) as a resident sees them. */
export interface VolunteerCard {
  id: string;
  name: string;
  isMediator: boolean;
  hours: string;
  /**
   * Full number when the volunteer chose to publish it, otherwise null (the app offers "ask" instead). Nothing of a
   * private number is sent, not even masked: its first three and last four digits narrow it to one of 10,000.
   */
  phone: string | null;
}

/** Where a scan came from. */
export type ScanSource = 'qr' | 'link' | 'recent' | 'manual';

/** One scan (扫码记录): append-only; the visitor is a salted hash, never the openid. */
export interface ScanRecord {
  scanId: string;
  postId: string;
  visitor: string;
  at: number;
  source: ScanSource;
  distanceM: number | null;
  inCircle: boolean | null;
  /**
   * For a scan made outside the post's circle: the centre of its ~200 m grid cell (geo/cells.ts), so clusters of
   * such scans can suggest a missing post. Never the scan's own point; absent or null otherwise.
   */
  cell?: GeoPoint | null;
}

/** Pre-aggregated counts of one subject (a post id or a region code) on one day (yyyymmdd, UTC+8). */
export interface DailyStat {
  subject: string;
  day: string;
  count: number;
  unique: number;
  inCircle: number;
  withLocation: number;
}

/** Roles (角色). Everyone who is not bound is a resident (群众). */
export type Role = 'resident' | 'volunteer' | 'mediator' | 'staff' | 'admin';

/** A bound user: role and region come from the database, never from a request. */
export interface User {
  openid: string;
  role: Role;
  regionCode: string;
  label: string;
  /** The volunteer row of a volunteer or mediator (法律明白人); null for staff and admins. */
  volunteerId: string | null;
  /**
   * The service point the user works for (their unit, 所在单位): a mediator's mediation room, a staff member's
   * judicial office or legal-aid centre/station. Requests assigned to it are theirs. Null for volunteers and admins.
   */
  serviceId: string | null;
}
