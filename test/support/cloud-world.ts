/**
 * A CloudBase environment under the strict stand-in, filled with a network and a generated history of scans, where
 * each function's actions run as the cloud entry runs them (identity from the OPENID, the user read from the
 * store, dispatch) under the function's timeout. It measures what each invocation cost: database round trips and
 * simulated time at the stand-in's latency. Shared by the round-trip tests and `npm run bench`.
 */
import { createCloudEvidence } from '~/cloudfunctions/functions/evidence-files';
import { createCloudFileStore } from '~/cloudfunctions/functions/storage';
import type { EvidenceFiles } from '~/cloudfunctions/domain/requests/evidence';
import { cloudPhotoSlots } from '~/cloudfunctions/store/cloudbase/photos';
import { createStorageStandin, type StorageStandin } from './storage-standin';
import { dayKey } from '~/types/day';
import type { Post } from '~/types/domain';
import type { FunctionName } from '~/types/api';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import type { HandlerContext } from '~/cloudfunctions/domain/context';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { callerUser } from '~/cloudfunctions/functions/caller';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';
import { RateLimiter, sharedLimiter, type Limiter } from '~/cloudfunctions/functions/rate-limit';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import { createCloudbaseStore, type CloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { ScanDoc } from '~/cloudfunctions/store/cloudbase/docs';
import { cellOf } from '~/cloudfunctions/geo/cells';
import type { Dataset } from '~/cloudfunctions/store/port';
import type { ApiResult } from '~/types/errors';
import { createReadyStandin } from './cloudbase-ready';
import type { StandinDatabase } from './cloudbase-standin';

const DAY_MS = 24 * 3600_000;

/** A filled environment: the stand-in, the store the functions use over it, and the time it is "now". */
export interface CloudWorld {
  standin: StandinDatabase;
  /** Cloud storage (admin files: import uploads, sheets, exports); its calls are not database round trips. */
  storage: StorageStandin;
  store: CloudbaseStore;
  data: Dataset;
  now: number;
}

/** What one invocation cost, against its function's timeout. */
export interface Cost {
  roundTrips: number;
  simulatedMs: number;
  /** Real time the handler spent computing on this machine (the stand-in's own time left out). */
  cpuMs: number;
  timeoutMs: number;
}

/** A small deterministic generator (LCG), so every run builds the same history. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `count` scan documents over the `days` days before `endMs`, spread over the active posts (a few busier than most),
 * a third located (most inside the circle), stored as the scan function stores them, already applied.
 */
export function generateScanDocs(posts: Post[], count: number, endMs: number, days = 365, seed = 7): ScanDoc[] {
  return [...scanDocs(posts, count, endMs, days, seed)];
}

/**
 * The documents of generateScanDocs one at a time, so a year of a million scans is imported in slices and never
 * held twice. Repeated strings (a post's subjects, a day key) are shared between documents, as a server's storage
 * would not duplicate them in memory either; every document is still its own object.
 */
export function* scanDocs(posts: Post[], count: number, endMs: number, days = 365, seed = 7): Generator<ScanDoc> {
  const rand = lcg(seed);
  const active = posts.filter((p) => p.status === 'active');
  const subjects = new Map(active.map((p) => [p.id, scanSubjects(p)]));
  const dayKeys = new Map<number, string>();
  const dayOf = (at: number) => {
    const hour = Math.floor(at / 3600_000);
    let key = dayKeys.get(hour);
    if (key === undefined) dayKeys.set(hour, (key = dayKey(at)));
    return key;
  };
  for (let i = 0; i < count; i++) {
    // Squaring skews the choice toward the first posts: some posts much busier than most.
    const post = active[Math.floor(rand() ** 2 * active.length)];
    const at = endMs - Math.floor(rand() * days * DAY_MS) - 1;
    const located = rand() < 0.35;
    const inside = located && rand() < 0.8;
    const point = { lat: post.lat + (inside ? 0.001 : 0.01), lng: post.lng + (inside ? 0.001 : 0.012) };
    yield {
      _id: `00000000-0000-4000-a000-${i.toString(16).padStart(12, '0')}`,
      postId: post.id,
      visitor: `vis${Math.floor(rand() * count * 0.6).toString(36)}`,
      at,
      source: 'qr',
      distanceM: located ? (inside ? 130 : 1400) : null,
      inCircle: located ? inside : null,
      day: dayOf(at),
      subjects: subjects.get(post.id) as string[],
      state: 'applied',
      cell: located && !inside ? cellOf(point) : null,
      insertedAt: new Date(at + 1000),
    };
  }
}

/** Imports a year of generated scans in slices (the console's import of a JSON-lines file, done in parts). */
export function importScans(standin: StandinDatabase, docs: Iterable<ScanDoc>, slice = 20_000): void {
  let part: ScanDoc[] = [];
  for (const d of docs) {
    part.push(d);
    if (part.length === slice) {
      standin.admin.importDocuments('scans', part);
      part = [];
    }
  }
  if (part.length > 0) standin.admin.importDocuments('scans', part);
}

/**
 * A ready environment with `data` loaded and `scans` generated scans of the `scanned` posts over the year before
 * `now`, every aggregate rebuilt from them (as the repair command does), then one rollup.
 */
export async function buildWorld(
  data: Dataset,
  scans: number,
  now: number,
  latencyMs = 20,
  scanned: Post[] = data.posts,
): Promise<CloudWorld> {
  const standin = await createReadyStandin({ latencyMs });
  const store = createCloudbaseStore(standin, { settleMs: 0, now: () => standin.clock.now });
  await store.load(data);
  importScans(standin, scanDocs(scanned, scans, now));
  await store.stats.rebuild(now);
  await store.stats.rollup(1000, now);
  return { standin, storage: createStorageStandin(), store, data, now };
}

/**
 * Each world's limiters, one per simulated container, made as the cloud entry makes its own: the container's
 * windows, then the store's.
 */
const limiters = new WeakMap<CloudWorld, Map<number, Limiter>>();
const limiterOf = (world: CloudWorld, container: number) => {
  const own = limiters.get(world) ?? new Map<number, Limiter>();
  limiters.set(world, own);
  let limiter = own.get(container);
  if (!limiter) own.set(container, (limiter = sharedLimiter(new RateLimiter(), world.store.windows)));
  return limiter;
};

/** Where a call comes from: the container that serves it (0 unless a test spreads calls) and CLIENTIP. */
export interface CallOrigin {
  container?: number;
  clientAddress?: string | null;
}

/** Each world's evidence storage, as the cloud entry makes it once per container: slots in the world's database. */
const evidences = new WeakMap<CloudWorld, EvidenceFiles>();
function evidenceOf(world: CloudWorld): EvidenceFiles {
  let evidence = evidences.get(world);
  if (!evidence) {
    evidence = createCloudEvidence(world.storage.sdk, () => undefined, cloudPhotoSlots(world.standin));
    evidences.set(world, evidence);
  }
  return evidence;
}

function contextOf(world: CloudWorld): Omit<HandlerContext, 'identity'> {
  return {
    store: world.store,
    now: () => world.now,
    secrets: { visitorSalt: 'bench-salt', dataKey: Buffer.alloc(32, 7), bootstrapSecret: null },
    contentChecker: { check: async () => 'pass' as const },
    files: createCloudFileStore(world.storage.sdk),
    evidence: evidenceOf(world),
    pusher: { push: async () => undefined },
  };
}

/** Runs one action as the cloud entry of `fn` does, for the caller `openid`, under the function's timeout. */
export async function invoke(
  world: CloudWorld,
  fn: FunctionName,
  openid: string | null,
  body: Record<string, unknown>,
  origin: CallOrigin = {},
): Promise<{ result: ApiResult<unknown> } & Cost> {
  const timeoutMs = MANIFEST[fn].timeoutS * 1000;
  const started = performance.now();
  const run = await world.standin.clock.invoke(timeoutMs, async () => {
    const user = await callerUser(world.store, ROUTES[fn], body, openid);
    const ctx = { ...contextOf(world), identity: { openid, user }, clientAddress: origin.clientAddress ?? null };
    const limiter = limiterOf(world, origin.container ?? 0);
    return (await dispatch(fn, ROUTES[fn], body, ctx, limiter, () => undefined)).result;
  });
  const cpuMs = performance.now() - started - run.standinMs;
  return { result: run.value, roundTrips: run.roundTrips, simulatedMs: run.simulatedMs, cpuMs, timeoutMs };
}

/** Runs the timer's tick as the `cron` function does (no caller), under its timeout. */
export async function invokeTick(world: CloudWorld, at = world.now) {
  const timeoutMs = MANIFEST.cron.timeoutS * 1000;
  const started = performance.now();
  const run = await world.standin.clock.invoke(timeoutMs, () =>
    runTick({ store: world.store, now: at, pusher: { push: async () => undefined }, evidence: evidenceOf(world) }),
  );
  return {
    report: run.value,
    roundTrips: run.roundTrips,
    simulatedMs: run.simulatedMs,
    cpuMs: performance.now() - started - run.standinMs,
    timeoutMs,
  };
}
