/**
 * Benchmark of the local scan endpoint (DESIGN budget: throughput ≥ 0.5 × a bare Node http server answering the
 * same bytes, p99 ≤ 20 ms), measured side by side in one run with autocannon, 100 connections.
 * The two servers take turns (bare, then scan.land, `--rounds` times): this machine's speed drifts by up to 2×
 * within minutes, and a ratio of two loads made seconds apart is far steadier than either figure. Before the rounds,
 * each server takes `--warmup` seconds of the same load, printed and not counted. A server just started compiles its
 * hot code and grows its young generation while it serves: its first 3 s cost the main thread 97–108 µs a scan
 * against 85–99 µs in the rounds after (docs/SCAN-BUDGET.md); autocannon's own `--warmup` exists for this. The
 * verdict is the median of the rounds' ratios and the median of their p99s, each taken on its own.
 * Usage: npm run bench [-- --seconds 10 --connections 100 --rounds 3 --warmup 3 --posts 1 --profile DIR --gc
 * --bare-work US]
 * `--posts N` spreads the scans over N posts of the network (1 by default, as the budget is measured).
 * `--profile DIR` writes a V8 CPU profile of the scan server (not of the bare one) into DIR, for Chrome's DevTools.
 * `--gc` runs the scan server with V8's GC trace and prints, per round, what its garbage collector did per request:
 * bytes allocated, survived and promoted (what outlives two young-generation collections), and the pauses.
 * `--bare-work US` makes the baseline spin US µs a request, so that it costs about what a scan costs: a diagnostic,
 * not the budget (no verdict is given). With US near the scan's extra main-thread time, the two p99s side by side say
 * whether the scan's tail is wider than any server's of the same cost (docs/SCAN-BUDGET.md, "Why the p99 is the hard
 * half").
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LANDING_CACHE_ENTRIES } from '~/cloudfunctions/domain/scan/landing';
import { newKeys } from '~/cloudfunctions/local/secrets';
import { uuid7 } from '~/types/ids';
import { cpuMs, gcTrace, launch, type GcRound } from './server-process';
import { BUDGET, verdict } from './scan-verdict';
import { median } from './stats';

/** A numeric flag's value, or `dflt` when absent; anything but a number stops the bench (a NaN would run silently). */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, not ${process.argv[i + 1]}`);
  return value;
};
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 100);
const ROUNDS = Math.max(1, arg('rounds', 3));
const WARMUP_SECONDS = Math.max(0, arg('warmup', 3));
/**
 * How many posts the scans go to, spread evenly over the network (ids in order). One by default, the budget's setup;
 * more shows what scans from many plates cost the writes (each post's rows and counters on pages of their own).
 * At most the landing cache's size, or the bench would measure its misses instead.
 */
const POSTS = Math.min(LANDING_CACHE_ENTRIES, Math.max(1, Math.floor(arg('posts', 1))));

const profileIndex = process.argv.indexOf('--profile');
const PROFILE_DIR = profileIndex > 0 ? resolve(process.argv[profileIndex + 1]) : undefined;
const GC = process.argv.includes('--gc');
const BARE_WORK_US = Math.max(0, arg('bare-work', 0));

/** A random address out of 65,536 (10.x.y.z): spread as a town's phones are, so no address meets its limit. */
function phoneAddress(): string {
  const n = Math.floor(Math.random() * 65_536);
  return `10.${n >> 8}.${n & 255}.${1 + Math.floor(Math.random() * 250)}`;
}

type Load = Awaited<ReturnType<typeof load>>;

async function load(port: number, postIds: string[], pid?: number, seconds = SECONDS) {
  const cpuBefore = cpuMs(pid);
  // The main thread (its task id is the pid) does the HTTP work and the handlers: it is the one that saturates.
  const mainBefore = cpuMs(pid, pid);
  const clientBefore = process.cpuUsage();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/scan`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          // A phone of its own each time: its own address (behind the trusted proxy) and no cookie, so the abuse
          // limits (per identity and per address) and the scan guard are all on and answer as for real phones.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': phoneAddress() },
          // A scan id as the app makes it (src/services/post/newScanId.ts): time first, then random digits.
          body: JSON.stringify({
            action: 'land',
            postId: postIds[Math.floor(Math.random() * postIds.length)],
            scanId: uuid7(Date.now()),
          }),
        }),
      },
    ],
  });
  const client = process.cpuUsage(clientBefore);
  const total = Math.max(1, result.requests.total);
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null ? null : (after - before) / total;
  return {
    cpuPerRequestMs: perRequest(cpuBefore, cpuMs(pid)),
    mainPerRequestMs: perRequest(mainBefore, cpuMs(pid, pid)),
    clientPerRequestMs: (client.user + client.system) / 1000 / total,
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    limited: result.statusCodeStats['429']?.count ?? 0,
    errors: result.errors,
  };
}

const us = (ms: number | null) => (ms === null ? '?' : `${(ms * 1000).toFixed(0)} µs`);

function benchKeys(): Record<string, string> {
  const k = newKeys();
  return { SESSION_SECRET: k.sessionSecret, VISITOR_SALT: k.visitorSalt, DATA_KEY: k.dataKey.toString('base64') };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  const ours = await launch(
    'bench/local-server.ts',
    // Production mode needs its keys (cloudfunctions/local/secrets.ts): fresh ones for this run.
    { DB_PATH: join(dir, 'bench.db'), PORT: '0', DEMO: '0', TRUST_PROXY: '1', ...benchKeys() },
    /running at http:\/\/localhost:(\d+) \(clock (\d+)\)/,
    [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), ...(GC ? ['--trace-gc-nvp'] : [])],
  );
  const trace = GC ? gcTrace(ours) : undefined;
  const { openSqliteStore } = await import('~/cloudfunctions/store/sqlite');
  const store = openSqliteStore(join(dir, 'bench.db'));
  const network = await store.posts.page(null, 100_000, 'active');
  await store.close();
  // Evenly spaced over the network (ids run by county, township and village), the first post first: with one post,
  // the same post as ever. The bare server answers the first post's page; the others' differ by a few bytes.
  const n = Math.min(POSTS, network.length);
  const postIds = Array.from({ length: n }, (_, i) => network[Math.floor((i * network.length) / n)].id);
  const post = network[0];
  const sample = await fetch(`http://127.0.0.1:${ours.port}/api/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'land', postId: post.id, scanId: randomUUID() }),
  });
  const replyText = await sample.text();
  const bare = await launch(
    'bench/bare-server.ts',
    { BARE_REPLY: replyText, PORT: '0', BARE_WORK_US: String(BARE_WORK_US) },
    /listening (\d+)/,
  );
  try {
    if (WARMUP_SECONDS > 0) {
      const base = await load(bare.port, postIds, bare.child.pid, WARMUP_SECONDS);
      const mine = await load(ours.port, postIds, ours.child.pid, WARMUP_SECONDS);
      console.log(
        `  warm-up (${WARMUP_SECONDS} s each, not counted): bare ${base.rps.toFixed(0)} req/s (p99 ${base.p99} ms); ` +
          `scan.land ${mine.rps.toFixed(0)} req/s, p99 ${mine.p99} ms, main thread ${us(mine.mainPerRequestMs)}, ` +
          `non-2xx ${mine.non2xx}, errors ${mine.errors}`,
      );
    }
    const rounds: { base: Load; mine: Load; ratio: number; gc?: GcRound }[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const base = await load(bare.port, postIds, bare.child.pid);
      const from = performance.now() + ours.clock;
      const mine = await load(ours.port, postIds, ours.child.pid);
      const to = performance.now() + ours.clock;
      // The trace reaches us through a pipe: a moment for the round's last lines.
      if (trace) await new Promise((r) => setTimeout(r, 500));
      rounds.push({ base, mine, ratio: mine.rps / base.rps, gc: trace?.between(from, to) });
    }
    console.log(
      `scan endpoint bench: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, ` +
        `${postIds.length === 1 ? 'one post' : `${postIds.length} posts`}, reply ` +
        `${Buffer.byteLength(replyText)} bytes${BARE_WORK_US > 0 ? `; the baseline spins ${BARE_WORK_US} µs a request` : ''}`,
    );
    rounds.forEach(({ base, mine, ratio, gc }, i) => {
      console.log(
        `  round ${i + 1}: bare ${base.rps.toFixed(0)} req/s (p99 ${base.p99} ms); scan.land ${mine.rps.toFixed(0)} ` +
          `req/s, p50 ${mine.p50} ms, p99 ${mine.p99} ms, non-2xx ${mine.non2xx} (429: ${mine.limited}), errors ` +
          `${mine.errors}; ratio ${ratio.toFixed(2)}`,
      );
      console.log(
        `           CPU/request: server bare ${us(base.cpuPerRequestMs)}, scan.land ${us(mine.cpuPerRequestMs)} ` +
          `(main thread ${us(mine.mainPerRequestMs)}); load generator ${us(base.clientPerRequestMs)} / ` +
          `${us(mine.clientPerRequestMs)}`,
      );
      if (gc) {
        const total = Math.max(1, mine.total);
        const kb = (bytes: number) => `${(bytes / total / 1024).toFixed(1)} KB`;
        console.log(
          `           GC/request: allocated ${kb(gc.allocated)}, survived ${kb(gc.survived)}, promoted ` +
            `${kb(gc.promoted)}; pauses ${us(gc.scavengeMs / total + gc.markCompactMs / total)} ` +
            `(${gc.scavenges} scavenges, ${gc.scavengeMs.toFixed(0)} ms; ${gc.markCompacts} mark-compacts, ` +
            `${gc.markCompactMs.toFixed(0)} ms)`,
        );
      }
    });
    if (BARE_WORK_US > 0) {
      const p99s = (pick: (r: (typeof rounds)[number]) => Load) => median(rounds.map((r) => pick(r).p99));
      console.log(
        `  median p99 of ${rounds.length} rounds: the baseline spinning ${BARE_WORK_US} µs ${p99s((r) => r.base)} ms, ` +
          `scan.land ${p99s((r) => r.mine)} ms; a diagnostic (the baseline is not bare), no verdict`,
      );
      return;
    }
    const { ratio, p99, clean, met } = verdict(
      rounds.map((r) => ({ ratio: r.ratio, p99: r.mine.p99, non2xx: r.mine.non2xx, errors: r.mine.errors })),
    );
    console.log(
      `  median of ${rounds.length} rounds: ${ratio.toFixed(2)} × bare (budget ≥ ${BUDGET.minRatio.toFixed(2)}), ` +
        `p99 ${p99} ms (budget ≤ ${BUDGET.maxP99Ms} ms): ${met ? 'met' : `NOT met${clean ? '' : ' (failed replies)'}`};` +
        ` load average ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    // Waited for: the CPU profile is written as the server exits.
    const oursExited = new Promise((res) => ours.child.once('exit', res));
    ours.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    await oursExited;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
