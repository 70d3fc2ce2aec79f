/**
 * A sustained mixed load on the local runtime at Baicheng scale: 200 connections held for FAULTS_LOAD_SECONDS
 * (60 by default; CI may choose fewer) of scans, questions, a volunteer's inbox and the city dashboard at once,
 * with the abuse limits on. Phones are spread over addresses as real ones are (behind TRUST_PROXY=1), so the
 * limits answer 429 only where a real phone would meet them; those are counted apart. No 5xx, no dropped
 * connection, and the p99 of every reply within LOAD_P99_BUDGET_MS; the figures are printed.
 *
 * The p99 budget has two parts. A closed loop of 200 connections waits, on average, 200 ÷ throughput: that mean is
 * set by the machine's free cores (here two, shared with other work), not by the code. What the code decides is
 * the tail: a stall (a checkpoint inside a commit, a pass over every rate key, a dashboard computed once per tab)
 * holds every connection at once and stretches the tail far past the mean. Replies that queue fairly give a tail
 * like a memoryless queue's, whose p99 is ln 100 ≈ 4.6 × its mean: so p99 ≤ 5 × the run's mean latency. And,
 * whatever the machine, p99 ≤ 5 s (LOAD_P99_BUDGET_MS): a landing that takes longer is a page people leave.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CITY_CODE } from '~/types/ids';
import { phoneAddress, startChild, testKeys, type ChildServer } from './child-server';
import { closedLoopLoad, percentile, type LoadRequest } from './load-driver';

/** How long the 200 connections are held (s). */
const SECONDS = Number(process.env.FAULTS_LOAD_SECONDS ?? 60);
/** Scans of the generated year in the database before the load (the dashboard reads their counters). */
const SEED_SCANS = process.env.FAULTS_SEED_SCANS ?? '100000';
/** p99 of every reply under the load, at most (ms); see the file's header for why. */
export const LOAD_P99_BUDGET_MS = 5000;
/** ...and at most this many times the run's mean latency (a memoryless queue's p99 is 4.6 ×). */
export const LOAD_P99_TAIL_FACTOR = 5;

/** The mix: connections per kind of call, 200 in all. */
const MIX: Record<'scan' | 'question' | 'inbox' | 'dashboard', number> = {
  scan: 140,
  question: 20,
  inbox: 30,
  dashboard: 10,
};
type Kind = keyof typeof MIX;

jest.setTimeout((SECONDS + 240) * 1000);

let server: ChildServer;
let dbPath: string;
let posts: string[];
beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'pp-load-')), 'load.db');
  server = await startChild({ DB_PATH: dbPath, SEED_SCANS, TRUST_PROXY: '1', ...testKeys() });
  const db = new Database(dbPath, { readonly: true });
  posts = db
    .prepare("SELECT id FROM posts WHERE status = 'active' ORDER BY random() LIMIT 500")
    .pluck()
    .all() as string[];
  db.close();
});
afterAll(() => server?.stop());

/** A session cookie for a demo identity. */
async function login(openid: string): Promise<string> {
  const res = await fetch(`${server.url}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];

/** Each request of a kind: path, headers and body, built afresh per request where a phone would differ. */
function requestFor(kind: Kind, cookies: { volunteer: string; admin: string }): () => LoadRequest {
  const json = { 'content-type': 'application/json' };
  switch (kind) {
    case 'scan':
      // A phone of its own per scan: a new visitor, its own address, a post of the 500.
      return () => ({
        path: '/api/scan',
        headers: { ...json, 'x-forwarded-for': phoneAddress() },
        body: JSON.stringify({ action: 'land', postId: pick(posts), scanId: randomUUID() }),
      });
    case 'question':
      return () => ({
        path: '/api/resident',
        headers: { ...json, 'x-forwarded-for': phoneAddress() },
        body: JSON.stringify({
          action: 'ask',
          postId: pick(posts),
          clientId: randomUUID(),
          category: 'wages',
          text: '老板拖欠三个月工资不给，该怎么办？',
        }),
      });
    case 'inbox':
      return () => ({
        path: '/api/work',
        headers: { ...json, cookie: cookies.volunteer, 'x-forwarded-for': '10.200.0.1' },
        body: JSON.stringify({ action: 'inbox', box: 'todo' }),
      });
    case 'dashboard':
      return () => ({
        path: '/api/admin',
        headers: { ...json, cookie: cookies.admin, 'x-forwarded-for': '10.200.0.2' },
        body: JSON.stringify({ action: 'dashboard', period: { preset: pick(['7d', '30d', '365d']) } }),
      });
  }
}

test(`${Object.values(MIX).reduce((a, b) => a + b)} connections of scans, questions, inbox and dashboard: no 5xx, p99 within budget`, async () => {
  const cookies = { volunteer: await login('demo-volunteer'), admin: await login('demo-admin') };
  const scansBefore = countScans();
  const kinds = Object.keys(MIX) as Kind[];
  const next = Object.fromEntries(kinds.map((k) => [k, requestFor(k, cookies)])) as Record<Kind, () => LoadRequest>;
  const results = await closedLoopLoad(server.url, MIX, next, SECONDS);
  const latencies = Object.fromEntries(kinds.map((k) => [k, results[k].latencies])) as Record<Kind, number[]>;
  const statuses = Object.fromEntries(kinds.map((k) => [k, results[k].statuses])) as Record<
    Kind,
    Record<number, number>
  >;
  const all = Object.values(latencies)
    .flat()
    .sort((a, b) => a - b);
  const count = (pred: (status: number) => boolean) =>
    Object.values(statuses).reduce(
      (n, byStatus) => n + Object.entries(byStatus).reduce((m, [s, c]) => m + (pred(Number(s)) ? c : 0), 0),
      0,
    );
  const lines = kinds.map((kind) => {
    const sorted = latencies[kind].sort((a, b) => a - b);
    return (
      `  ${kind.padEnd(9)} ${String(MIX[kind]).padStart(3)} conn: ${String(sorted.length).padStart(7)} replies, ` +
      `p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, statuses ${JSON.stringify(statuses[kind])}`
    );
  });
  const errors = kinds.reduce((n, k) => n + results[k].errors, 0);
  const timeouts = kinds.reduce((n, k) => n + results[k].timeouts, 0);
  const fiveXX = count((s) => s >= 500);
  const limited = count((s) => s === 429);
  const p99 = percentile(all, 99);
  const mean = all.reduce((a, b) => a + b, 0) / all.length;
  console.log(
    [
      `mixed load: 200 connections × ${SECONDS} s over ${posts.length} posts, ${SEED_SCANS} seeded scans: ` +
        `${all.length} replies (${(all.length / SECONDS).toFixed(0)}/s), p50 ${percentile(all, 50).toFixed(0)} ms, ` +
        `mean ${mean.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms = ${(p99 / mean).toFixed(1)} × mean ` +
        `(budget ≤ ${LOAD_P99_TAIL_FACTOR} × mean and ≤ ${LOAD_P99_BUDGET_MS} ms), max ${all[all.length - 1]?.toFixed(0)} ms, 5xx ${fiveXX}, ` +
        `429 ${limited}, connection errors ${errors}, timeouts ${timeouts}`,
      ...lines,
    ].join('\n'),
  );

  expect(fiveXX).toBe(0);
  expect(errors).toBe(0);
  expect(timeouts).toBe(0);
  // Every reply is an answer a phone expects: a page, a list, a figure, or "too many, later".
  expect(count((s) => s !== 200 && s !== 429)).toBe(0);
  // Spread as real phones are, the limits stop nobody honest: 429s stay a small share.
  expect(limited).toBeLessThan(all.length * 0.01);
  expect(p99).toBeLessThanOrEqual(LOAD_P99_BUDGET_MS);
  expect(p99).toBeLessThanOrEqual(LOAD_P99_TAIL_FACTOR * mean);
  // Every scan answered as recorded is kept: the raw scans grew, and the city's counter is their sum.
  expect(countScans()).toBeGreaterThan(scansBefore);
  const db = new Database(dbPath, { readonly: true });
  try {
    const city = db.prepare('SELECT sum(count) FROM daily_stats WHERE subject = ?').pluck().get(CITY_CODE);
    expect(city).toBe(countScans());
  } finally {
    db.close();
  }
});

function countScans(): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM scans').pluck().get() as number;
  } finally {
    db.close();
  }
}
