/**
 * The store port: what the domain handlers may ask of storage, in the domain's words. Two adapters implement it:
 * sqlite/ (better-sqlite3, the embedded default) and cloudbase/ (wx-server-sdk, production). One contract suite
 * (test/cloud/store-contract.ts) runs against both.
 */
import type {
  DailyStat,
  GeoPoint,
  Post,
  Region,
  ScanRecord,
  ServiceKind,
  ServicePoint,
  User,
} from '../../types/domain';

/** A volunteer as stored; phone is the plain number (encryption at rest arrives with personal data, issue 4). */
export interface VolunteerRow {
  id: string;
  name: string;
  villageCode: string;
  phone: string;
  phonePublic: boolean;
  isMediator: boolean;
  hours: string;
  /** Posts this volunteer serves (服务岗位). */
  postIds: string[];
}

/** The whole demo network, as the seed produces it; loaded in one go. */
export interface Dataset {
  regions: Region[];
  posts: Post[];
  services: ServicePoint[];
  volunteers: VolunteerRow[];
  users: User[];
}

/** Outcome of recording a scan: new, a retry of the same scan, or a scan id reused for another post. */
export type RecordOutcome = 'recorded' | 'duplicate' | 'conflict';

/** A service point with its distance from the point asked about. */
export interface NearestService {
  service: ServicePoint;
  distanceM: number;
}

export interface Store {
  regions: {
    /** One region by code, or null. */
    byCode(code: string): Promise<Region | null>;
    /** Several regions by code, in no particular order; unknown codes are left out. */
    byCodes(codes: string[]): Promise<Region[]>;
  };
  posts: {
    /** One post by id (active or retired), or null. */
    byId(id: string): Promise<Post | null>;
    /** Posts in id order after `afterId` (null: from the start), at most `limit`; `status` filters when given. */
    page(afterId: string | null, limit: number, status?: Post['status']): Promise<Post[]>;
  };
  volunteers: {
    /** The volunteers serving a post, mediators first then by name, at most `limit`. */
    forPost(postId: string, limit: number): Promise<VolunteerRow[]>;
  };
  services: {
    /** The nearest service point of one of `kinds` to `point`, or null when there is none. */
    nearest(kinds: ServiceKind[], point: GeoPoint): Promise<NearestService | null>;
  };
  scans: {
    /**
     * Appends one scan and bumps the daily counters of every subject (the post id and its region codes) in one
     * unit: either all of it is written or none. A scanId already stored for the same post is a 'duplicate'
     * (nothing changes); for another post a 'conflict' (nothing changes).
     */
    record(scan: ScanRecord, subjects: string[]): Promise<RecordOutcome>;
    /** How many raw scans are stored (for tests and the repair command). */
    count(): Promise<number>;
  };
  stats: {
    /** Daily stats of one subject for the given days (yyyymmdd); days without scans are left out. */
    daily(subject: string, days: string[]): Promise<DailyStat[]>;
  };
  users: {
    /** The bound user of an openid, or null for a plain resident. */
    byOpenid(openid: string): Promise<User | null>;
    /** Every bound user (demo identities, admin lists). */
    list(limit: number): Promise<User[]>;
  };
  meta: {
    /** A small persistent setting (e.g. the visitor-hash salt), or null. */
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<void>;
  };
  /** Loads a whole dataset in one transaction (seed). Fails, writing nothing, if any row is already present. */
  load(dataset: Dataset): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}
