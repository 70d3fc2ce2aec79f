/**
 * Runs actions of a route table over a store as the cloud entry does (cloud-main.ts): the caller's binding is read
 * from the store on every call, then dispatch validates, authorizes and runs the handler. Stores: SQLite in memory,
 * and the cloudbase adapter over the SDK stand-in with its collections set up first (as the deploy kit does).
 */
import { randomBytes } from 'node:crypto';
import { NO_PUSH, type HandlerContext, type PlateMaker, type RouteTable } from '~/cloudfunctions/domain/context';
import type { InviteCodeMaker } from '~/cloudfunctions/domain/admin/invite-code';
import type { EvidenceFiles } from '~/cloudfunctions/domain/requests/evidence';
import type { FileStore } from '~/cloudfunctions/domain/files/port';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import type { Dataset, Store } from '~/cloudfunctions/store/port';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { createStandinDatabase, type StandinDatabase } from '../support/cloudbase-standin';

/** A store to run over, by name. */
export interface RunnerStore {
  name: string;
  store: Store;
  /** The stand-in underneath, for the cloudbase adapter; null for SQLite. */
  standin: StandinDatabase | null;
}

/** Both adapters, fresh and empty. */
export async function bothStores(): Promise<RunnerStore[]> {
  const standin = createStandinDatabase();
  await setupDatabase(standin.admin);
  return [
    { name: 'sqlite', store: openSqliteStore(':memory:'), standin: null },
    { name: 'cloudbase stand-in', store: createCloudbaseStore(standin, { settleMs: 0 }), standin },
  ];
}

/** What a call answers: the status and the envelope. */
export interface Answer {
  status: number;
  ok: boolean;
  // Replies are read field by field in the tests.
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: string; message: string };
}

/** Extra context of a runner: a fixed clock and QR plates. */
export interface RunnerOptions {
  now?: () => number;
  plates?: PlateMaker;
  inviteCodes?: InviteCodeMaker;
  evidence?: EvidenceFiles;
  /** Stored files (exports, a resident's 我的数据); absent as on a runtime that keeps none. */
  files?: FileStore;
  /** The data key; give the same one to runners that read what another stored (sealed phone numbers). */
  dataKey?: Buffer;
}

/** A caller of one function over one store: `call(openid, body)`. */
export function runner(store: Store, fn: string, table: RouteTable, options: RunnerOptions = {}) {
  const limiter = new RateLimiter();
  const dataKey = options.dataKey ?? randomBytes(32);
  return async (openid: string | null, body: Record<string, unknown>): Promise<Answer> => {
    const user = openid ? await store.users.byOpenid(openid) : null;
    const ctx: HandlerContext = {
      store,
      identity: { openid, user },
      now: options.now ?? Date.now,
      secrets: { visitorSalt: 'test-salt', dataKey },
      contentChecker: wordListChecker([]),
      pusher: NO_PUSH,
      plates: options.plates,
      inviteCodes: options.inviteCodes,
      evidence: options.evidence,
      files: options.files,
    };
    const { status, result } = await dispatch(fn, table, body, ctx, limiter, () => undefined);
    return result.ok ? { status, ok: true, data: result.data } : { status, ok: false, data: null, error: result.error };
  };
}

/** The names of bothStores(), for `describe.each`. */
export const STORE_NAMES = ['sqlite', 'cloudbase stand-in'];

/**
 * Both adapters, loaded with `dataset()` (then `prepare`, if given) before the file's tests and closed after them.
 * Answers how to reach them once loaded: all of them, or one by name.
 */
export function withBothStores(
  dataset: () => Dataset,
  prepare?: (store: Store) => Promise<void>,
): { all: () => RunnerStore[]; named: (name: string) => RunnerStore } {
  let stores: RunnerStore[] = [];
  beforeAll(async () => {
    stores = await bothStores();
    for (const s of stores) {
      await s.store.load(dataset());
      await prepare?.(s.store);
    }
  });
  afterAll(async () => {
    for (const s of stores) await s.store.close();
  });
  return { all: () => stores, named: (name) => stores.find((x) => x.name === name)! };
}
