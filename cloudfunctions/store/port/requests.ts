/** The store port's groups of residents' requests and what handling them keeps: photos, audit log, outbox, answer templates. */
import type { TimelineEntry } from '~/types/api/requests';
import type {
  AssigneeQuery,
  AuditEntry,
  AuditQuery,
  AuditRow,
  ChangeOutcome,
  CreateOutcome,
  NoticeRow,
  PhotoRow,
  RequestChange,
  RequestRecord,
  RequestRow,
  RequestStatRow,
  TemplateRow,
} from '../rows';

/** The store's requests (诉求). */
export interface RequestsPort {
  /**
   * Stores a request with its first timeline entries in one unit. The pair (owner, clientId) is unique: when it
   * is already stored, nothing is written and the stored id comes back with `created: false`.
   */
  create(request: RequestRow, timeline: TimelineEntry[]): Promise<CreateOutcome>;
  /** One request with its timeline and answers, or null. */
  byId(id: string): Promise<RequestRecord | null>;
  /** The requests of `ids` that exist, in no set order; without timeline (one read, for a page's labels). */
  byIds(ids: string[]): Promise<RequestRow[]>;
  /** The owner's requests, newest first (ties by id, descending), at most `limit`; without timeline. */
  byOwner(owner: string, limit: number): Promise<RequestRow[]>;
  /** How many requests the owner created at or after `sinceMs` (an hourly limit that holds across processes). */
  countSince(owner: string, sinceMs: number): Promise<number>;
  /** Deletes every request of the owner with its history; returns how many requests were deleted. */
  deleteByOwner(owner: string): Promise<number>;
  /**
   * Applies `change` if the stored version is still `version` (compare-and-set); see RequestChange. Its history
   * entry, answer and audit entry are stored with it as one unit: all of them or nothing.
   */
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
}

/** The store's evidence photos. */
export interface PhotosPort {
  /** Stores one uploaded photo. */
  put(photo: PhotoRow): Promise<void>;
  /** One photo by id, or null. */
  get(id: string): Promise<PhotoRow | null>;
  /** How many of `ids` (distinct) are stored photos of `owner`. */
  countOwned(owner: string, ids: string[]): Promise<number>;
  /**
   * The owner's photos without their bytes, oldest first (ties by id), at most `limit`: what 下载我的数据 lists of
   * uploads not attached to a request. None on a store that keeps no photo rows (CloudBase: cloud storage).
   */
  byOwner(owner: string, limit: number): Promise<Omit<PhotoRow, 'bytes'>[]>;
  /** Deletes every photo of the owner; returns how many. */
  deleteByOwner(owner: string): Promise<number>;
  /**
   * Bytes stored (the upload caps): the owner's photos, and every photo but those all of whose applications are
   * decided (evidence kept, no longer waiting on anyone: local/uploads.ts TOTAL_PHOTO_BYTES).
   */
  usage(owner: string): Promise<{ owner: number; total: number }>;
  /**
   * Deletes photos uploaded before `before` that no request (its photos, supplements included) and no volunteer
   * profile names: uploads never attached. Returns how many.
   */
  sweepOrphans(before: number): Promise<number>;
}

/** The store's the audit log (审计日志). */
export interface AuditPort {
  /** Appends one entry; entries are never changed or deleted (not even by deleteMyData). */
  append(entry: AuditEntry): Promise<void>;
  /**
   * Stores the entries that changes carried (a write given an `audit` entry) but could not yet copy into the log,
   * from at most `limit` records, and returns how many it stored (the timer runs it). The embedded store writes an
   * entry in its change's transaction and has none to copy; CloudBase keeps it on the changed document until it is
   * copied (cloudbase/audit-pending.ts).
   */
  settle(limit: number): Promise<number>;
  /** Entries about one request, oldest first. */
  forRequest(requestId: string, limit: number): Promise<AuditEntry[]>;
  /** One page of the whole log, newest first (the audit-log page of city admins). */
  page(query: AuditQuery): Promise<AuditRow[]>;
}

/** The store's notices to users (消息). */
export interface OutboxPort {
  add(notice: NoticeRow): Promise<void>;
  /** The recipient's notices, newest first (ties by id, descending), at most `limit`. */
  forRecipient(recipient: string, limit: number): Promise<NoticeRow[]>;
  /** How many of the recipient's notices are unread. */
  unreadCount(recipient: string): Promise<number>;
  /** Marks the recipient's notices read (only those in `ids` when given); returns how many changed. */
  markRead(recipient: string, ids: string[] | null, at: number): Promise<number>;
  /** Deletes every notice of the recipient (deleteMyData); returns how many. */
  deleteByRecipient(recipient: string): Promise<number>;
}

/** The store's answer templates (答复模板). */
export interface TemplatesPort {
  /** The owner's templates, oldest first. */
  forOwner(owner: string): Promise<TemplateRow[]>;
  put(template: TemplateRow): Promise<void>;
  /** Deletes the owner's template; false when there was none with that id for that owner. */
  delete(owner: string, id: string): Promise<boolean>;
}
