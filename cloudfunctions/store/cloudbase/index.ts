/**
 * The production store adapter over wx-server-sdk's `cloud.database()` (CloudBase, MongoDB underneath). Every query
 * passes a limit and pages in 1,000s; collections, indexes and security rules are in collections.json. This file
 * assembles the port's groups, one file each (posts.ts, requests.ts, scans.ts, stats.ts …).
 */
import type { Store, WindowsPort } from '../port';
import { cloudAudit } from './audit';
import { cloudInvites } from './invites';
import { loadDataset } from './load';
import { cloudMeta } from './meta';
import { cloudOutbox } from './outbox';
import { cloudPhotos } from './photos';
import { cloudPosts } from './posts';
import { cloudWindows } from './rate-windows';
import { cloudRegions } from './regions';
import { cloudRequests } from './requests';
import { horizonCache } from './rollup';
import { cloudScans } from './scans';
import type { CloudDatabase } from './sdk';
import { cloudServices } from './services';
import { cloudStats } from './stats';
import { cloudTemplates } from './templates';
import { cloudUsers } from './users';
import { cloudVolunteers } from './volunteers';

const DEFAULT_SETTLE_MS = 30_000;
const DEFAULT_ROLLUP_BUDGET_MS = 20_000;

/** Options of the CloudBase store. */
export interface CloudbaseOptions {
  /**
   * A rollup folds only scans inserted at least this long ago (ms), so an insert still in flight cannot land
   * behind its watermark. Default 30 s; tests over the stand-in pass 0.
   */
  settleMs?: number;
  /**
   * The time one rollup run may take (ms), checked between pages: default 20 s, a third of the cron function's
   * 60 s timeout, which also answers for the promise timer's work before it.
   */
  rollupBudgetMs?: number;
  /** The clock the rollup's budget is measured with (default Date.now; tests pass the stand-in's simulated one). */
  now?: () => number;
  /** The key the shared windows' ids are hashed with (the function's visitor salt; absent: a plain hash). */
  windowKey?: Buffer;
}

/** The CloudBase store: served by many containers, so it always has the shared windows. */
export type CloudbaseStore = Store & { windows: WindowsPort };

/** Builds the store over a CloudBase database handle. */
export function createCloudbaseStore(db: CloudDatabase, options: CloudbaseOptions = {}): CloudbaseStore {
  const horizon = horizonCache(db);
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const rollupBudget = { budgetMs: options.rollupBudgetMs ?? DEFAULT_ROLLUP_BUDGET_MS, now: options.now ?? Date.now };
  return {
    regions: cloudRegions(db),
    posts: cloudPosts(db),
    volunteers: cloudVolunteers(db),
    services: cloudServices(db),
    requests: cloudRequests(db),
    audit: cloudAudit(db),
    outbox: cloudOutbox(db),
    invites: cloudInvites(db),
    templates: cloudTemplates(db),
    photos: cloudPhotos(),
    scans: cloudScans(db, horizon, settleMs),
    stats: cloudStats(db, horizon, settleMs, rollupBudget),
    users: cloudUsers(db),
    meta: cloudMeta(db),
    windows: cloudWindows(db, options.windowKey),
    load: (dataset) => loadDataset(db, dataset),
    // The SDK keeps no connection of ours open: nothing to release.
    close: async () => undefined,
  };
}
