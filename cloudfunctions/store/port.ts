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
import type { ServiceChannel } from '../../types/services';

import type {
  AcceptOutcome,
  AssigneeQuery,
  AuditEntry,
  AuditQuery,
  AuditRow,
  ChangeOutcome,
  CreateOutcome,
  Dataset,
  OutsideCell,
  PeriodTotal,
  PostChange,
  PostBoard,
  PostHistoryRow,
  RequestStatRow,
  RollupOutcome,
  InviteRow,
  NearPost,
  NearestService,
  NoticeRow,
  PhotoRow,
  RecordOutcome,
  RepairOutcome,
  RequestChange,
  RequestRecord,
  ScanFix,
  LocateOutcome,
  RequestRow,
  TemplateRow,
  VolunteerRow,
} from './rows';

export * from './rows';

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
    /**
     * The posts of these ids that exist (active or retired), in no set order: one query per 1,000 ids, so a page
     * of rows naming posts costs a constant number of reads, not one per post.
     */
    byIds(ids: string[]): Promise<Post[]>;
    /** Posts in id order after `afterId` (null: from the start), at most `limit`; `status` filters when given. */
    page(afterId: string | null, limit: number, status?: Post['status']): Promise<Post[]>;
    /**
     * The `limit` nearest active posts within NEAR_MAX_M of `point`, nearest first (ties by id), with their
     * distances. Served by a grid index (geo/grid.ts): only cells around the point are read, never every post.
     */
    near(point: GeoPoint, limit: number): Promise<NearPost[]>;
    /** Active posts of one township in id order, at most `limit`. */
    byTownship(townshipCode: string, limit: number): Promise<Post[]>;
    /**
     * Posts whose village code starts with `prefix` (scope.ts regionPrefix), id order after `afterId`, at most
     * `limit`; `status` filters when given, `nameLike` keeps names containing it.
     */
    inRegion(
      prefix: string,
      afterId: string | null,
      limit: number,
      filter?: { status?: Post['status']; nameLike?: string },
    ): Promise<Post[]>;
    /**
     * Every post (active and retired) whose village code starts with `prefix`, in id order, for dashboards and the
     * coverage: a constant number of reads whatever the number of posts (CloudBase: the county directories).
     */
    directory(prefix: string): Promise<Post[]>;
    /** Inserts posts with their history rows in one unit; if any id is taken, writes nothing and returns those ids. */
    create(posts: Post[], history: PostHistoryRow[]): Promise<{ created: number; taken: string[] }>;
    /** Applies `change` (grid cell follows a move) and appends the history row in one unit; null if no such post. */
    update(id: string, change: PostChange, history: PostHistoryRow): Promise<Post | null>;
    /** A post's history, newest first, at most `limit`. */
    history(id: string, limit: number): Promise<PostHistoryRow[]>;
    /** How many active volunteers serve each of these posts (posts with none are reported as 0). */
    volunteerCounts(postIds: string[]): Promise<Map<string, number>>;
  };
  volunteers: {
    /** The volunteers serving a post, mediators first then by name, at most `limit`. */
    forPost(postId: string, limit: number): Promise<VolunteerRow[]>;
    /** One volunteer by id, or null. */
    byId(id: string): Promise<VolunteerRow | null>;
    /** Inserts a volunteer or replaces the one with the same id (profile edits, onboarding). */
    put(volunteer: VolunteerRow): Promise<void>;
    /** Volunteers whose village code starts with `prefix`, id order after `afterId`, at most `limit`; `nameLike` filters. */
    inRegion(prefix: string, afterId: string | null, limit: number, nameLike?: string): Promise<VolunteerRow[]>;
  };
  services: {
    /** The nearest service point of one of `kinds` to `point`, or null when there is none. */
    nearest(kinds: ServiceKind[], point: GeoPoint): Promise<NearestService | null>;
    /** Service points of one kind in id order, at most `limit` (routing picks among the few of a kind). */
    ofKind(kind: ServiceKind, limit: number): Promise<ServicePoint[]>;
    /** One service point by id, or null. */
    byId(id: string): Promise<ServicePoint | null>;
    /** Service points whose region code starts with `prefix` (and those of the city for the city), id order. */
    inRegion(prefix: string, limit: number): Promise<ServicePoint[]>;
    /** Service points that serve `channel`, id order, at most `limit` (routing: tens of points a channel). */
    forChannel(channel: ServiceChannel, limit: number): Promise<ServicePoint[]>;
    /** Inserts a new service point (admins, 服务点管理); false, writing nothing, when its id is taken. */
    create(point: ServicePoint): Promise<boolean>;
    /** Replaces the stored service point of the same id; false, writing nothing, when there is none. */
    update(point: ServicePoint): Promise<boolean>;
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
    /** Light rows of requests made at posts whose village code starts with `prefix`, created in [fromMs, toMs). */
    forStats(prefix: string, fromMs: number, toMs: number, limit: number): Promise<RequestStatRow[]>;
  };
  audit: {
    /** Appends one entry; entries are never changed or deleted (not even by deleteMyData). */
    append(entry: AuditEntry): Promise<void>;
    /** Entries about one request, oldest first. */
    forRequest(requestId: string, limit: number): Promise<AuditEntry[]>;
    /** One page of the whole log, newest first (the audit-log page of city admins). */
    page(query: AuditQuery): Promise<AuditRow[]>;
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
    /** Bytes stored: the owner's photos, and all photos (the upload caps). */
    usage(owner: string): Promise<{ owner: number; total: number }>;
    /**
     * Deletes photos uploaded before `before` that no request (its photos, supplements included) and no volunteer
     * profile names: uploads never attached. Returns how many.
     */
    sweepOrphans(before: number): Promise<number>;
  };
  scans: {
    /**
     * Appends one scan and bumps the daily counters of every subject (the post id and its region codes) in one
     * unit: either all of it is written or none. A scanId already stored for the same post is a 'duplicate'
     * (nothing changes); for another post a 'conflict' (nothing changes).
     */
    record(scan: ScanRecord, subjects: string[]): Promise<RecordOutcome>;
    /**
     * Adds a location to a recorded scan that has none (same post and visitor, made at or after `fix.since`) and
     * counts it in the daily counters of every subject (in circle / with location), so a scan is never counted
     * twice: its scanId is the key. A second fix of the same scan changes nothing ('unchanged').
     */
    locate(fix: ScanFix, subjects: string[]): Promise<LocateOutcome>;
    /** How many raw scans are stored (for tests and the repair command). */
    count(): Promise<number>;
    /**
     * Repairs at most `limit` scans a crash or a lost reply left half-recorded, as of `now` (ms): rebuilds exactly
     * the daily counters they touch from the raw scans. A no-op where `record` is one transaction (SQLite).
     */
    repairPending(now: number, limit: number): Promise<RepairOutcome>;
  };
  stats: {
    /** Daily stats of one subject for the given days (yyyymmdd); days without scans are left out. */
    daily(subject: string, days: string[]): Promise<DailyStat[]>;
    /** Daily stats of several subjects for days in [from, to] (yyyymmdd, inclusive); days without scans left out. */
    range(subjects: string[], from: string, to: string): Promise<DailyStat[]>;
    /**
     * Totals per subject over [from, to] from the cumulative rollups (cumulative through `to` minus through the
     * day before `from`), as fresh as the last rollup. Subjects without scans in the period are left out. The cost
     * does not grow with the number of scans or days (CloudBase: two queries per thousand subjects).
     */
    periodTotals(subjects: string[], from: string, to: string): Promise<PeriodTotal[]>;
    /** The last day (yyyymmdd) each subject was scanned, from the rollups; never-scanned subjects are left out. */
    lastScanDays(subjects: string[]): Promise<Map<string, string>>;
    /**
     * Scans per post over [from, to] and last scan days of the posts under `prefix`, as fresh as the last rollup:
     * a constant number of reads whatever the number of posts (CloudBase: per-county day and month documents).
     */
    postBoard(prefix: string, from: string, to: string): Promise<PostBoard>;
    /** Scans of one subject by hour of day (24 numbers, CST) over days [from, to], from the hour rollups. */
    hours(subject: string, from: string, to: string): Promise<number[]>;
    /** Out-of-circle scan cells of posts whose village code starts with `prefix`, over days [from, to]. */
    outsideCells(prefix: string, from: string, to: string): Promise<OutsideCell[]>;
    /**
     * One incremental rollup run (the timer's job): folds raw scans appended since the last run (at most
     * `limit`) into the hour and out-of-circle cell rollups, and brings the cumulative totals of every subject
     * whose daily counters changed since up to date. Running it again with nothing new changes nothing.
     */
    rollup(limit: number, at: number): Promise<RollupOutcome>;
    /** When the rollups were last run, or null. */
    rolledAt(): Promise<number | null>;
    /**
     * The repair command: rebuilds every aggregate (daily counters, visitor days, hours, cells, cumulative totals)
     * from the raw scans and the posts' current regions, in one unit. Returns how many scans were read.
     */
    rebuild(at: number): Promise<{ scans: number }>;
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
    /** How many users have this role (bootstrap: is there any admin yet?). */
    countByRole(role: User['role']): Promise<number>;
    /** Binds the first admin only if no admin exists, in one unit: false when one already did. */
    putFirstAdmin(user: User): Promise<boolean>;
    /** Bound admins whose region code starts with `prefix`, openid order, at most `limit` (管理员列表). */
    adminsIn(prefix: string, limit: number): Promise<User[]>;
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
