/** The store port's groups of the network: regions, posts, volunteers and service points. */
import type { ServiceChannel } from '~/types/services';
import type { GeoPoint, Post, Region, RegionLevel, ServiceKind, ServicePoint } from '~/types/domain';
import type { AuditEntry, NearPost, NearestService, PostChange, PostHistoryRow, VolunteerRow } from '../rows';

/** The store's regions (行政区划). */
export interface RegionsPort {
  /** One region by code, or null. */
  byCode(code: string): Promise<Region | null>;
  /** Several regions by code, in no particular order; unknown codes are left out. */
  byCodes(codes: string[]): Promise<Region[]>;
  /** Every region of one level, in code order (the county → township tree is two calls). */
  byLevel(level: RegionLevel): Promise<Region[]>;
}

/** Who serves a post: its active volunteers (法律明白人), mediators (调解员) among them. */
export interface ServingCount {
  all: number;
  mediators: number;
}

/** The store's posts (先锋岗). */
export interface PostsPort {
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
  /**
   * Inserts posts with their history rows (and `audit`, when given) in one unit; if any id is taken, writes nothing
   * and returns those ids.
   */
  create(posts: Post[], history: PostHistoryRow[], audit?: AuditEntry): Promise<{ created: number; taken: string[] }>;
  /** Applies `change` (grid cell follows a move) and appends the history row in one unit; null if no such post. */
  update(id: string, change: PostChange, history: PostHistoryRow, audit?: AuditEntry): Promise<Post | null>;
  /** A post's history, newest first, at most `limit`. */
  history(id: string, limit: number): Promise<PostHistoryRow[]>;
  /** How many active volunteers serve each of these posts, and how many of them are mediators (none: 0 and 0). */
  volunteerCounts(postIds: string[]): Promise<Map<string, ServingCount>>;
}

/** The store's volunteers (法律明白人). */
export interface VolunteersPort {
  /** The volunteers serving a post, mediators first then by name, at most `limit`. */
  forPost(postId: string, limit: number): Promise<VolunteerRow[]>;
  /** One volunteer by id, or null. */
  byId(id: string): Promise<VolunteerRow | null>;
  /**
   * Inserts a volunteer or replaces the one with the same id (profile edits, onboarding, an admin's assignment),
   * with `audit`, when given, as one unit.
   */
  put(volunteer: VolunteerRow, audit?: AuditEntry): Promise<void>;
  /** Volunteers whose village code starts with `prefix`, id order after `afterId`, at most `limit`; `nameLike` filters. */
  inRegion(prefix: string, afterId: string | null, limit: number, nameLike?: string): Promise<VolunteerRow[]>;
}

/** The store's service points (服务点). */
export interface ServicesPort {
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
  /**
   * Inserts a new service point (admins, 服务点管理); false, writing nothing, when its id is taken. `audit`, when given, is stored with it as one unit (see RequestChange.audit).
   */
  create(point: ServicePoint, audit?: AuditEntry): Promise<boolean>;
  /** Replaces the stored service point of the same id; false, writing nothing, when there is none. `audit`, when given, is stored with it as one unit (see RequestChange.audit). */
  update(point: ServicePoint, audit?: AuditEntry): Promise<boolean>;
}
