/**
 * The rows the store port speaks in (port/): what handlers write and read, in the domain's words. Kept apart from
 * the port's groups so each group reads as its list of operations.
 */
import type { AuditKind } from '~/types/audit';
import type { Post, Region, ServicePoint, User } from '~/types/domain';
import type { RequestRow } from './request-rows';

export * from './request-rows';

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
  /** False once an admin deactivated them (停用); absent means active. */
  active?: boolean;
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

/** A location sent after its scan (scan.locate): what the scan would have carried, and whose scan it must be. */
export interface ScanFix {
  scanId: string;
  postId: string;
  visitor: string;
  distanceM: number;
  inCircle: boolean;
  /** The out-of-circle cell centre (geo/cells.ts), or null inside the circle. */
  cell: { lat: number; lng: number } | null;
  /** Only a scan made (its `at`) at or after this time takes a location: a late fix is not where it was made. */
  since: number;
}

/** Outcome of a fix: applied; the scan already had one (a retry: nothing changes); no such scan of that visitor. */
export type LocateOutcome = 'located' | 'unchanged' | 'missing';

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

/** An audit-log entry (审计日志): who saw or did something sensitive, when, to which record. Written by writeAudit. */
export interface AuditEntry {
  at: number;
  /** Openid of the actor. */
  actor: string;
  actorLabel: string;
  /** A key of AUDIT_ACTIONS (types/audit.ts), e.g. `reveal.idNumber`, `admin.revoke`. */
  action: string;
  /** The record: a request id, or `<type>:<id>` for others (`admin:<openid>`, `service:<id>`, `invite:<code>`). */
  requestId: string;
  /** What the filter sorts by (AUDIT_ACTIONS' kind of `action`). */
  kind: AuditKind;
  /** The actor's role when they acted (`admin:city`, `staff` …: AUDIT_ROLE_LABELS). */
  actorRole: string;
  /** A short note (a step, a decision, an invite's role); never a personal number. */
  detail: string;
}

/** A stored audit entry with its id (the store's order: newest has the greatest). */
export interface AuditRow extends AuditEntry {
  id: string;
}

/** One page of the audit log, newest first: only `kinds` (all when null), `at` in [fromMs, toMs], ids below `before`. */
export interface AuditQuery {
  kinds: AuditKind[] | null;
  fromMs: number;
  toMs: number;
  before: string | null;
  limit: number;
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
  role: 'volunteer' | 'mediator' | 'staff' | 'admin';
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

/** An evidence photo uploaded to the local runtime (证明材料); only its owner may read it. */
export interface PhotoRow {
  /** `f` + 24 lowercase hex. */
  id: string;
  owner: string;
  mime: 'image/jpeg' | 'image/png';
  bytes: Buffer;
  createdAt: number;
}

/** Totals of one subject over a period (from the cumulative rollups). */
export interface PeriodTotal {
  subject: string;
  count: number;
  unique: number;
  inCircle: number;
  withLocation: number;
}

/** Out-of-circle scans of one grid cell (about 200 m; the cell's centre, never the scan's own point). */
export interface OutsideCell {
  lat: number;
  lng: number;
  count: number;
  /** The post that was scanned (most scans of the cell). */
  postId: string;
  townshipCode: string;
}

/** Per-post figures of a region over a period, from the rollups: scans per post, and each post's last scan day. */
export interface PostBoard {
  /** Scans per post id over the period; posts without scans in it are left out. */
  counts: Map<string, number>;
  /** The last day (yyyymmdd) each post was scanned; never-scanned posts are left out. */
  last: Map<string, string>;
}

/** What one sweep of scans left half-recorded did: scans repaired, and whether more are left. */
export interface RepairOutcome {
  repaired: number;
  more: boolean;
}

/** What one rollup run did. */
export interface RollupOutcome {
  /** Raw scans folded into the hour and cell rollups. */
  scans: number;
  /** Subjects whose cumulative totals were brought up to date. */
  subjects: number;
  /** True when more work is left (the run stopped at its limit). */
  more: boolean;
  rolledAt: number;
}

/** A light request row for statistics: no text, no personal data. */
export interface RequestStatRow {
  id: string;
  kind: RequestRow['kind'];
  status: RequestRow['status'];
  postId: string;
  villageCode: string;
  createdAt: number;
  dueAt: number;
  answeredBy: string | null;
  firstAnswerAt: number | null;
  /**
   * The outcome a mediation case reached (达成协议 / 未达成协议), still known after its revisit (已回访) from its dated
   * steps; null for other kinds and before an outcome.
   */
  outcome: MediationOutcome | null;
}

/** How a mediation case ended: agreed (达成协议) or not (未达成协议). */
export type MediationOutcome = 'agreed' | 'failed';

/** One change of a post (岗位变更记录). */
export interface PostHistoryRow {
  postId: string;
  at: number;
  /** Openid of the admin. */
  by: string;
  action: 'create' | 'edit' | 'move' | 'retire' | 'restore' | 'import';
  summary: string;
}

/** A post's changeable fields. */
export type PostChange = Partial<Pick<Post, 'name' | 'address' | 'lat' | 'lng' | 'status'>>;
