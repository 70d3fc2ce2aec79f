/**
 * The store port: what the domain handlers may ask of storage, in the domain's words. Two adapters implement it:
 * sqlite/ (better-sqlite3, the embedded default) and cloudbase/ (wx-server-sdk, production). One contract suite
 * (test/cloud/store-contract.ts) runs against both.
 */
import type { TimelineEntry } from '../../types/api/requests';
import type {
  DailyStat,
  GeoPoint,
  Post,
  Region,
  RegionLevel,
  ScanRecord,
  ServiceKind,
  ServicePoint,
  User,
} from '../../types/domain';
import type { RequestKind, RequestStatus } from '../../types/requests';

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

/** A post with its distance from the point asked about. */
export interface NearPost {
  post: Post;
  distanceM: number;
}

/**
 * A resident's request as stored. `owner` is the caller's openid (to notify them later); it is never shown to
 * other residents. `payload` holds the kind-specific fields as the handler wrote them (personal numbers already
 * encrypted); the store keeps it as an opaque JSON object.
 */
export interface RequestRow {
  id: string;
  kind: RequestKind;
  owner: string;
  clientId: string;
  postId: string;
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  /** Who must act: `post:<postId>` for a question, a service id for mediation and legal aid. */
  assignee: string;
  status: RequestStatus;
  title: string;
  payload: Record<string, string | number | boolean | null>;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
}

/** An answer to a request (filled by issue 4; empty until then). */
export interface RequestAnswer {
  at: number;
  by: string;
  text: string;
}

/** A request with its history and answers, oldest first. */
export interface RequestRecord extends RequestRow {
  timeline: TimelineEntry[];
  answers: RequestAnswer[];
}

/** Outcome of creating a request: the new id, or the id already stored for the same (owner, clientId). */
export interface CreateOutcome {
  id: string;
  created: boolean;
}

/** An evidence photo uploaded to the local runtime (证明材料); only its owner may read it. */
export interface PhotoRow {
  /** `f` + 24 lowercase hex. */
  id: string;
  owner: string;
  mime: 'image/jpeg' | 'image/png';
  bytes: Buffer;
  createdAt: number;
}

export interface Store {
  regions: {
    /** One region by code, or null. */
    byCode(code: string): Promise<Region | null>;
    /** Several regions by code, in no particular order; unknown codes are left out. */
    byCodes(codes: string[]): Promise<Region[]>;
    /** Every region of one level, in code order (the county → township tree is two calls). */
    byLevel(level: RegionLevel): Promise<Region[]>;
  };
  posts: {
    /** One post by id (active or retired), or null. */
    byId(id: string): Promise<Post | null>;
    /** Posts in id order after `afterId` (null: from the start), at most `limit`; `status` filters when given. */
    page(afterId: string | null, limit: number, status?: Post['status']): Promise<Post[]>;
    /**
     * The `limit` nearest active posts within NEAR_MAX_M of `point`, nearest first (ties by id), with their
     * distances. Served by a grid index (store/grid.ts): only cells around the point are read, never every post.
     */
    near(point: GeoPoint, limit: number): Promise<NearPost[]>;
    /** Active posts of one township in id order, at most `limit`. */
    byTownship(townshipCode: string, limit: number): Promise<Post[]>;
  };
  volunteers: {
    /** The volunteers serving a post, mediators first then by name, at most `limit`. */
    forPost(postId: string, limit: number): Promise<VolunteerRow[]>;
  };
  services: {
    /** The nearest service point of one of `kinds` to `point`, or null when there is none. */
    nearest(kinds: ServiceKind[], point: GeoPoint): Promise<NearestService | null>;
    /** Service points of one kind in id order, at most `limit` (routing picks among the few of a kind). */
    ofKind(kind: ServiceKind, limit: number): Promise<ServicePoint[]>;
  };
  requests: {
    /**
     * Stores a request with its first timeline entries in one unit. The pair (owner, clientId) is unique: when it
     * is already stored, nothing is written and the stored id comes back with `created: false`.
     */
    create(request: RequestRow, timeline: TimelineEntry[]): Promise<CreateOutcome>;
    /** One request with its timeline and answers, or null. */
    byId(id: string): Promise<RequestRecord | null>;
    /** The owner's requests, newest first (ties by id, descending), at most `limit`; without timeline. */
    byOwner(owner: string, limit: number): Promise<RequestRow[]>;
    /** How many requests the owner created at or after `sinceMs` (an hourly limit that holds across processes). */
    countSince(owner: string, sinceMs: number): Promise<number>;
    /** Deletes every request of the owner with its history; returns how many requests were deleted. */
    deleteByOwner(owner: string): Promise<number>;
  };
  photos: {
    /** Stores one uploaded photo. */
    put(photo: PhotoRow): Promise<void>;
    /** One photo by id, or null. */
    get(id: string): Promise<PhotoRow | null>;
    /** How many of `ids` (distinct) are stored photos of `owner`. */
    countOwned(owner: string, ids: string[]): Promise<number>;
    /** Deletes every photo of the owner; returns how many. */
    deleteByOwner(owner: string): Promise<number>;
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
