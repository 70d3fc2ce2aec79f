/** What every handler is given: the store, who is calling (from the runtime, never the body), and a clock. */
import type * as v from 'valibot';
import type { Role, User } from '~/types/domain';
import type { NoticeRow, Store, WindowCount } from '../store/port';
import type { ContentChecker } from './content-check';
import type { InviteCodeMaker } from './admin/invite-code';
import type { EvidenceFiles } from './requests/evidence';
import type { FileStore } from './files/port';

/** The caller as the runtime established it: the openid from WeChat or the signed local session. */
export interface Identity {
  /** Null only when the runtime could not tell (e.g. a timer trigger). */
  openid: string | null;
  /** The bound user, looked up in the database; null for a plain resident. */
  user: User | null;
}

/** Secrets a handler may need; they come from the environment or the database, never from code. */
export interface Secrets {
  /** Salt of the visitor hash: a scan stores hash(salt, openid), never the openid. */
  visitorSalt: string;
  /** AES-256 key (32 bytes) of personal numbers at rest (domain/crypto.ts). */
  dataKey: Buffer;
  /** ADMIN_BOOTSTRAP_SECRET: binds the first admin (admin.bootstrap); absent or empty turns bootstrap off. */
  bootstrapSecret?: string | null;
}

/**
 * Makes the QR images of post plates (二维码牌). Production: `wxacode.getUnlimited` (scene = post id, page = the
 * landing page), stored once in cloud storage, answered as temporary URLs. Local: `/qr/<postId>.svg`, a QR code of
 * the plate link `/s/<postId>` drawn by the local runtime.
 */
export interface PlateMaker {
  imageUrls(postIds: string[]): Promise<Map<string, string>>;
  /** The PNG bytes of the plates' codes, for the printable PDF (a post whose code failed is left out). */
  pngs?(postIds: string[]): Promise<Map<string, Buffer>>;
  /** The link a plate stands for: `/s/<postId>` locally, the landing page path with its scene on WeChat. */
  link(postId: string): string;
}

/** Local plates: links to the runtime's QR route. */
export const LOCAL_PLATES: PlateMaker = {
  imageUrls: async (ids) => new Map(ids.map((id) => [id, `/qr/${encodeURIComponent(id)}.svg`])),
  link: (id) => `/s/${encodeURIComponent(id)}`,
};

/** What a notice is about: it picks the WeChat subscribe-message template in production. */
export type NoticeKind = 'answer' | 'progress' | 'reminder' | 'assigned';

/**
 * Sends a notice beyond the app: a WeChat subscribe message (订阅消息) in production; nothing locally, where the
 * outbox the domain has already written is the channel the H5 app shows. Must not throw for a refused send.
 */
export interface Pusher {
  push(notice: NoticeRow, kind: NoticeKind): Promise<void>;
}

/** A pusher that sends nothing (local runtime, tests). */
export const NO_PUSH: Pusher = { push: async () => undefined };

/** Everything a handler may use; handlers do no I/O of their own. */
export interface HandlerContext {
  store: Store;
  identity: Identity;
  now: () => number;
  secrets: Secrets;
  /** Decides whether user text may be stored (WeChat msgSecCheck in production, a word list locally). */
  contentChecker: ContentChecker;
  pusher: Pusher;
  /** QR plates; absent means LOCAL_PLATES. */
  plates?: PlateMaker;
  /** Mini-program codes of invites; absent means the local runtime's QR route. */
  inviteCodes?: InviteCodeMaker;
  /** Evidence photos in storage (remove, view links); absent means plain local links and no cloud storage. */
  evidence?: EvidenceFiles;
  /** Admin files in storage (plate sheets, exports, import uploads); absent where a runtime keeps none. */
  files?: FileStore;
  /**
   * The caller's network address as the runtime saw it (the socket, or a trusted proxy's header; CLIENTIP on
   * CloudBase when WeChat gives one): a second key of the rate limits. Absent or null when unknown.
   */
  clientAddress?: string | null;
  /**
   * The caller's rate windows for the handler to take in the store itself, beside its first read (a route with
   * `limitsBeside`, where the store keeps shared windows): one round trip fewer on the hot path. Absent elsewhere.
   */
  besideLimits?: readonly WindowCount[];
}

/** One action of a cloud function: its input schema, who may call it, and the handler. */
export interface Route<S extends v.GenericSchema = v.GenericSchema, O = unknown> {
  schema: S;
  /** Roles allowed to call; absent means anyone, including a resident who never logged in. */
  roles?: readonly Role[];
  /** Writes are rate-limited per identity: at most this many calls a minute. */
  perMinute?: number;
  /** ...and per client address: at most this many a minute (default perMinute × ADDRESS_FACTOR, rate-limit.ts). */
  perAddress?: number;
  /**
   * A read whose answer may be shared by callers of the same role and region for this long (ms), where the
   * runtime keeps a read cache (functions/read-cache.ts).
   */
  cacheMs?: number;
  /**
   * The handler looks at the caller's OPENID only, never at their user record (and `roles` is absent): the cloud
   * entry then skips reading it, one database round trip less on the hot path (callerUser, functions/caller.ts).
   */
  openidOnly?: true;
  /**
   * Where the store keeps shared windows (CloudBase), dispatch checks only this process's and leaves the store's to
   * the handler (`ctx.besideLimits`), which takes them beside its first read and answers RATE_LIMITED when spent.
   */
  limitsBeside?: true;
  handle(ctx: HandlerContext, input: v.InferOutput<S>): Promise<O>;
}

/** The actions of one cloud function, by name. */
export type RouteTable = Record<string, Route>;

/** The role of a caller: bound users have theirs, everyone else is a resident. */
export function roleOf(identity: Identity): Role {
  return identity.user?.role ?? 'resident';
}
