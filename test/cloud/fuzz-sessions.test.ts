/**
 * Property-based fuzzing of every action with real sessions: fast-check builds mutated requests from each action's
 * valid input (wrong types, huge and strange strings, nulls, extra and prototype-pollution keys, numbers out of
 * range, other people's ids, bodies that are not objects) and sends them under every role, from no session to the
 * city admin, over HTTP to the local runtime. No reply is ever a 5xx; every refusal carries a stable code and a
 * Chinese message. Afterwards the database passes `PRAGMA integrity_check` and the statistics agree with the raw
 * scans. FUZZ_RUNS (default 10,000) and FUZZ_SEED change the run.
 */
import crypto from 'node:crypto';
import fc from 'fast-check';
import { ERRORS, type ErrorCode } from '~/types/errors';
import {
  BOOTSTRAP_SECRET,
  CATALOGUE,
  ROLES,
  allActions,
  schemaOf,
  send,
  type Role,
  type World,
} from '../support/action-catalogue';
import { Caller, type Reply } from '../support/action-caller';
import { buildWorld, refile, restore } from '../support/action-world';
import { enumOptions, mutate, mutations, type Mutation } from '../support/fuzz-mutations';
import { demoDataset, startHarness, type Harness } from '../support/local-harness';
import { liveAndRebuilt } from '../support/stats-consistency';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
/** The clock moves this much per request, so per-minute limits hold a caller back only as they would a person. */
const STEP_MS = 1_500;

let h: Harness;
let w: World;
/** Other people's records: a second resident's request and photo, a post and an office of another county… */
let foreign: string[];

beforeAll(async () => {
  h = await startHarness(true, { web: { publicUrl: null, trustProxy: true }, bootstrapSecret: BOOTSTRAP_SECRET });
  w = await buildWorld(h);
  const other = new Caller(h);
  const otherBody = await CATALOGUE['resident.ask'].body(w);
  const otherQuestion = (await send(other, 'resident.ask', otherBody)).json.data.id as string;
  const data = demoDataset();
  const farPost = data.posts.find((p) => p.countyCode !== w.villageCode.slice(0, 6) && p.status === 'active')!;
  const farOffice = data.services.find((s) => s.regionCode.startsWith(farPost.countyCode))!;
  foreign = [
    otherQuestion,
    await other.uploadPhoto(),
    farPost.id,
    farPost.villageCode,
    farPost.countyCode,
    farOffice.id,
    'v00002',
    'demo-admin',
    w.revocableAdmin,
  ];
}, 120_000);
afterAll(() => h.close());

/** Every this many fuzzed requests, a real scan by a new visitor, so the counters checked afterwards hold plenty. */
const SCAN_EVERY = 10;
let sent = 0;
/** Every this many runs, a new resident files a new question, mediation request and aid application. */
const REFILE_EVERY = 400;
/** Every this many runs a day passes and the promise timer runs, as it does every 10 minutes in production. */
const DAY_EVERY = 2_500;
let timerRuns = 0;
let timerMs = 0;

async function nextDay(): Promise<void> {
  h.clock.now += 25 * 3_600_000;
  const t0 = Date.now();
  const res = await new Caller(h).post('/dev/cron', {});
  timerMs += Date.now() - t0;
  if (res.status !== 200) throw new Error(`timer: ${res.status} ${res.text}`);
  timerRuns++;
}

const enums = new Map<string, string[]>();
const enumsOf = (key: string) => enums.get(key) ?? enums.set(key, enumOptions(schemaOf(key))).get(key)!;
let realScans = 0;

/** A new visitor scans one of a few posts: at the post, far from it, or without a location; now or hours ago. */
async function realScan(n: number): Promise<void> {
  const posts = demoDataset()
    .posts.filter((p) => p.status === 'active')
    .slice(0, 5);
  const post = posts[n % posts.length];
  const where = [{ lat: post.lat, lng: post.lng }, { lat: post.lat + 0.02, lng: post.lng }, undefined][n % 3];
  const res = await new Caller(h).call('scan', {
    action: 'land',
    postId: post.id,
    scanId: crypto.randomUUID(),
    at: h.clock.now - (n % 7) * 3_600_000,
    ...(where ? { location: where } : {}),
  });
  if (res.status !== 200) throw new Error(`real scan: ${res.status} ${res.text}`);
  realScans++;
}

interface Sent {
  key: string;
  role: string;
  list: Mutation[];
}

/**
 * Whether a reply is one a client can act on: a 2xx with data, or a 4xx with a code of the declared list (types/errors)
 * at that code's status, and Chinese words.
 */
function wellFormed(res: Reply): boolean {
  if (res.status < 300) return res.json?.ok === true;
  if (res.status >= 500) return false;
  const e = res.json?.error;
  const code = String(e?.code ?? '');
  const declared =
    Object.prototype.hasOwnProperty.call(ERRORS, code) && ERRORS[code as ErrorCode].status === res.status;
  return res.json?.ok === false && declared && /[\u4e00-\u9fff]/.test(e?.message ?? '');
}

const outcomes = new Map<string, number>();
const spent = new Map<string, number>();
const pairs = new Set<string>();
const bad: { sent: Sent; status: number; text: string }[] = [];

/** Sends one (mutated) request as `role`, once or twice at once, and records what came back. */
async function exercise(key: string, role: Role, list: Mutation[], twice: boolean): Promise<void> {
  h.clock.now += STEP_MS;
  const valid = await CATALOGUE[key].body(w);
  const wire = mutate(valid, list, foreign, enumsOf(key));
  const caller = role === 'none' ? new Caller(h, false) : w.callers[role];
  const [fn] = key.split('.');
  const once = () => ('raw' in wire ? caller.call(fn, wire.raw) : send(caller, key, wire.json));
  const t0 = Date.now();
  // A double tap or a replay racing the first call.
  const replies = twice ? await Promise.all([once(), once()]) : [await once()];
  spent.set(key, (spent.get(key) ?? 0) + Date.now() - t0);
  pairs.add(`${key} ${role}`);
  for (const res of replies) {
    const tag = `${res.status} ${res.json?.error?.code ?? (res.status < 300 ? 'ok' : '?')}`;
    outcomes.set(tag, (outcomes.get(tag) ?? 0) + 1);
    if (!wellFormed(res) && bad.length < 30)
      bad.push({ sent: { key, role, list }, status: res.status, text: res.text.slice(0, 300) });
  }
  if (replies.some((r) => r.status === 200)) await restore(w, key, role);
  if (++sent % SCAN_EVERY === 0) await realScan(sent);
  // Now and then the resident files new requests, so the workers' steps meet every state again.
  if (sent % REFILE_EVERY === 0) await refile(w);
  if (sent % DAY_EVERY === 0) await nextDay();
}

// The plate sheet (a PDF) costs a hundred times a plain call; every role still sends it in the sweep.
const HEAVY = new Set(['admin.plateSheet']);
const action = fc.oneof(
  ...allActions().map((key) => ({ weight: HEAVY.has(key) ? 1 : 4, arbitrary: fc.constant(key) })),
);

test(`every action's valid input under every role, then ${RUNS} mutated requests: never a 5xx, every refusal coded and in Chinese`, async () => {
  const started = Date.now();
  for (const key of allActions()) for (const role of ROLES) await exercise(key, role, [], false);
  expect(pairs.size).toBe(allActions().length * ROLES.length);
  await fc.assert(
    fc.asyncProperty(
      action,
      fc.constantFrom(...ROLES),
      mutations,
      fc.nat({ max: 9 }),
      async (key, role, list, race) => {
        // One call in ten goes twice at once.
        await exercise(key, role, list, race === 0);
        return true;
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  const slowest = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`fuzz: the slowest actions in all (ms): ${JSON.stringify(Object.fromEntries(slowest))}`);
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  const byStatus: Record<string, number> = {};
  for (const [tag, n] of outcomes) byStatus[tag.slice(0, 3)] = (byStatus[tag.slice(0, 3)] ?? 0) + n;
  console.log(
    `fuzz: ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}; by status ` +
      `${JSON.stringify(byStatus)}; ${realScans} real scans and ${timerRuns} timer runs (${timerMs} ms) beside them; by code ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`,
  );
  expect(total).toBeGreaterThanOrEqual(RUNS);
  expect(bad).toEqual([]);
  // Most of the run reaches the handlers (not only the schema): some calls of every kind are served.
  expect(byStatus['200']).toBeGreaterThan(RUNS / 20);
  expect(Object.keys(byStatus).some((x) => x.startsWith('5'))).toBe(false);
  expect(h.errors).toEqual([]);
}, 600_000);

test('nothing was polluted: objects of the process have no key the requests planted', () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

test('afterwards the database is sound', () => {
  expect(h.store.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(h.store.db.pragma('foreign_key_check')).toEqual([]);
});

test('afterwards the statistics agree with the raw scans, and cumulative rows with the sum of the days', async () => {
  const scans = (h.store.db.prepare('SELECT count(*) n FROM scans').get() as { n: number }).n;
  expect(scans).toBeGreaterThan(10);
  const { live, rebuilt, mismatches, rollupError } = await liveAndRebuilt(h.store, h.clock.now);
  expect(rollupError).toBeUndefined();
  expect(mismatches).toEqual({ postDays: [], cumulative: [] });
  expect(live.daily.length).toBeGreaterThan(0);
  expect(live).toEqual(rebuilt);
});
