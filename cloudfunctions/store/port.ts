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

/** A volunteer as stored (the phone is public contact data the volunteer chose to give, kept as typed). */
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
  /** An optional photo (cloud fileID or local file id); null when none. */
  photoFileId: string | null;
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
  /** Bumped by every change (starts at 1): a change made against an older version is refused ('stale'). */
  version: number;
  /**
   * Who first answered or decided it: the volunteer id (`v…`) of a volunteer or mediator, else the openid of the
   * staff member. Null until then. With `firstAnswerAt` it feeds the worker's own figures (工作量).
   */
  answeredBy: string | null;
  firstAnswerAt: number | null;
  /** The resident's rating of the answer, 1–5, and their word; null until rated. */
  rating: number | null;
  ratingWord: string | null;
  /** When the cron timer reminded the volunteers that the promise runs out; null if not yet. */
  remindedAt: number | null;
  /** When the cron timer handed it over for being overdue; null if it never was. */
  escalatedAt: number | null;
}

/** An answer to a request, with the guides the answerer linked. */
export interface RequestAnswer {
  at: number;
  by: string;
  text: string;
  guideIds: string[];
}

/**
 * One change to a request, applied as a unit: the fields given are set, `updatedAt` becomes `at`, the version goes
 * up by one, and the timeline entry (and answer, if any) are appended. Fields absent are left as they are.
 */
export interface RequestChange {
  at: number;
  status?: RequestRow['status'];
  assignee?: string;
  dueAt?: number;
  /** Keys merged into the payload (a key set to null is stored as null). */
  payload?: RequestRow['payload'];
  answeredBy?: string;
  firstAnswerAt?: number;
  rating?: number;
  ratingWord?: string;
  remindedAt?: number;
  escalatedAt?: number;
  /** Appended to the history; every change that a resident or worker should see has one. */
  event?: TimelineEntry;
  answer?: RequestAnswer;
}

/** Outcome of a change: applied, refused because the version moved on, or the request is gone. */
export type ChangeOutcome = 'ok' | 'stale' | 'missing';

/** Which requests of some assignees to list. */
export interface AssigneeQuery {
  assignees: string[];
  /** Only these statuses; all when absent. */
  statuses?: RequestStatus[];
  /** Only this kind; all when absent. */
  kind?: RequestKind;
  /** 'due': earliest dueAt first (ties by id); 'recent': latest updatedAt first (ties by id, descending). */
  order: 'due' | 'recent';
  limit: number;
}

/** An audit-log entry (审计日志): who saw or did something sensitive, when, to which request. */
export interface AuditEntry {
  at: number;
  /** Openid of the actor. */
  actor: string;
  actorLabel: string;
  /** e.g. `reveal.idNumber`, `reveal.phone`. */
  action: string;
  requestId: string;
}

/** A notification for one recipient (消息): stored in the outbox; in production also sent as a subscribe message. */
export interface NoticeRow {
  /** `n` + 24 lowercase hex. */
  id: string;
  /** Openid of the recipient. */
  recipient: string;
  at: number;
  title: string;
  body: string;
  requestId: string | null;
  target: 'resident' | 'work' | null;
  readAt: number | null;
}

/** An invite (邀请码) to bind a WeChat account to a role. */
export interface InviteRow {
  code: string;
  role: 'volunteer' | 'mediator' | 'staff';
  regionCode: string;
  name: string;
  postIds: string[];
  serviceId: string | null;
  /** Re-binds this existing volunteer instead of creating a new one. */
  volunteerId: string | null;
  /** Openid of the admin who created it. */
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedBy: string | null;
  usedAt: number | null;
}

/** Outcome of using an invite: bound, already used by someone, or no such invite. */
export type AcceptOutcome = 'ok' | 'used' | 'missing';

/** An own answer template of a worker (答复模板). */
export interface TemplateRow {
  /** `t` + 24 lowercase hex. */
  id: string;
  owner: string;
  title: string;
  text: string;
  guideIds: string[];
  createdAt: number;
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
    /** One volunteer by id, or null. */
    byId(id: string): Promise<VolunteerRow | null>;
    /** Inserts a volunteer or replaces the one with the same id (profile edits, onboarding). */
    put(volunteer: VolunteerRow): Promise<void>;
  };
  services: {
    /** The nearest service point of one of `kinds` to `point`, or null when there is none. */
    nearest(kinds: ServiceKind[], point: GeoPoint): Promise<NearestService | null>;
    /** Service points of one kind in id order, at most `limit` (routing picks among the few of a kind). */
    ofKind(kind: ServiceKind, limit: number): Promise<ServicePoint[]>;
    /** One service point by id, or null. */
    byId(id: string): Promise<ServicePoint | null>;
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
    /** Applies `change` if the stored version is still `version` (compare-and-set); see RequestChange. */
    update(id: string, version: number, change: RequestChange): Promise<ChangeOutcome>;
    /** Requests assigned to any of the assignees, filtered and ordered as asked; without timeline. */
    forAssignees(query: AssigneeQuery): Promise<RequestRow[]>;
    /**
     * Questions still with a post's volunteers (assignee `post:…`) in status 'pending' and due at or before
     * `dueBefore`, earliest due first, at most `limit`. With `unremindedOnly`, only those not yet reminded.
     */
    dueQuestions(dueBefore: number, unremindedOnly: boolean, limit: number): Promise<RequestRow[]>;
    /** Requests `answeredBy` this worker with firstAnswerAt at or after `sinceMs`, plus every rated one of theirs. */
    answeredBy(worker: string, sinceMs: number, limit: number): Promise<RequestRow[]>;
  };
  audit: {
    /** Appends one entry; entries are never changed or deleted (not even by deleteMyData). */
    append(entry: AuditEntry): Promise<void>;
    /** Entries about one request, oldest first. */
    forRequest(requestId: string, limit: number): Promise<AuditEntry[]>;
  };
  outbox: {
    add(notice: NoticeRow): Promise<void>;
    /** The recipient's notices, newest first (ties by id, descending), at most `limit`. */
    forRecipient(recipient: string, limit: number): Promise<NoticeRow[]>;
    /** How many of the recipient's notices are unread. */
    unreadCount(recipient: string): Promise<number>;
    /** Marks the recipient's notices read (only those in `ids` when given); returns how many changed. */
    markRead(recipient: string, ids: string[] | null, at: number): Promise<number>;
    /** Deletes every notice of the recipient (deleteMyData); returns how many. */
    deleteByRecipient(recipient: string): Promise<number>;
  };
  invites: {
    /** Stores a new invite (codes are random; a clash throws). */
    create(invite: InviteRow): Promise<void>;
    byCode(code: string): Promise<InviteRow | null>;
    /** Unused invites created inside a region (regionCode prefix as scope.ts defines), newest first. */
    forRegion(scopeCode: string, limit: number): Promise<InviteRow[]>;
    /**
     * In one unit: marks the invite used by `user.openid` (only if still unused), stores the user (replacing any
     * row of that openid) and, when given, the volunteer row. 'used' or 'missing' write nothing.
     */
    accept(code: string, user: User, volunteer: VolunteerRow | null, at: number): Promise<AcceptOutcome>;
  };
  templates: {
    /** The owner's templates, oldest first. */
    forOwner(owner: string): Promise<TemplateRow[]>;
    put(template: TemplateRow): Promise<void>;
    /** Deletes the owner's template; false when there was none with that id for that owner. */
    delete(owner: string, id: string): Promise<boolean>;
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
    /** The bound users of these volunteers (to notify the volunteers of a post). */
    byVolunteerIds(volunteerIds: string[]): Promise<User[]>;
    /** The bound users working for a service point (to notify an office). */
    byService(serviceId: string): Promise<User[]>;
    /** Stores a user, replacing the row of the same openid (profile edits of staff). */
    put(user: User): Promise<void>;
    /** Removes the binding of an openid (解除绑定); false when it was not bound. */
    unbind(openid: string): Promise<boolean>;
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
