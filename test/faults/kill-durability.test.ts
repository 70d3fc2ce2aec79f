/**
 * `kill -9` of the server in the middle of a scan load: every scan the server acknowledged (a 2xx reply that says
 * it was recorded) is in the database after a restart, the counters agree with the raw scans, and a repair from
 * the raw scans changes nothing. The server runs as a child process over a Baicheng-scale network (5,292 posts).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CITY_CODE } from '~/types/ids';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { repair } from '~/scripts/repair';
import { phoneAddress, startChild, testKeys, type ChildServer } from './child-server';

const LOAD_MS = Number(process.env.FAULTS_KILL_AFTER_MS ?? 3000);
const CONNECTIONS = 50;

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'pp-kill-'));
const dbPath = join(dir, 'kill.db');
const env = { DB_PATH: dbPath, DEMO: '0', TRUST_PROXY: '1', ...testKeys() };

/** One phone's scan: its own address, no cookie (a new visitor), a fresh scanId. Resolves to the scanId if acked. */
async function scan(url: string, postId: string): Promise<string | null> {
  const scanId = randomUUID();
  const res = await fetch(`${url}/api/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': phoneAddress() },
    body: JSON.stringify({ action: 'land', postId, scanId }),
  });
  const json = (await res.json()) as { ok: boolean; data?: { scan: { recorded: boolean } } };
  if (res.status >= 500) throw new Error(`${res.status} ${JSON.stringify(json)}`);
  return res.status === 200 && json.data?.scan.recorded ? scanId : null;
}

function postIds(): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare("SELECT id FROM posts WHERE status = 'active' ORDER BY id LIMIT 300").pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('every scan acknowledged before a kill -9 is stored after the restart, and the statistics agree', async () => {
  let server: ChildServer = await startChild(env);
  const posts = postIds();
  const acked: string[] = [];
  let refusedOrLost = 0;
  let killed = false;
  const serverErrors: string[] = [];
  const loop = async (i: number) => {
    for (let n = 0; !killed; n++) {
      try {
        const id = await scan(server.url, posts[(i * 7 + n) % posts.length]);
        if (id) acked.push(id);
      } catch (err) {
        // Connections cut by the kill are expected; a 5xx before it is not.
        if (!killed) serverErrors.push(String(err));
        refusedOrLost++;
      }
    }
  };
  const loops = Array.from({ length: CONNECTIONS }, (_, i) => loop(i));
  await new Promise((r) => setTimeout(r, LOAD_MS));
  killed = true;
  await server.kill9();
  await Promise.all(loops);
  expect(serverErrors).toEqual([]);
  expect(acked.length).toBeGreaterThan(100);

  // The restart replays the WAL the killed process left; the server answers scans again.
  server = await startChild(env);
  expect(await scan(server.url, posts[0])).not.toBeNull();
  await server.stop();

  const store = openSqliteStore(dbPath);
  try {
    const found = store.db
      .prepare('SELECT count(*) FROM scans WHERE scan_id IN (SELECT value FROM json_each(?))')
      .pluck()
      .get(JSON.stringify(acked)) as number;
    const total = store.db.prepare('SELECT count(*) FROM scans').pluck().get() as number;
    console.log(
      `kill -9 after ${LOAD_MS} ms of scans over ${CONNECTIONS} connections: ${acked.length} acknowledged, ` +
        `${found} found after the restart; ${total} stored in all (acknowledged + in flight at the kill + 1 after), ` +
        `${refusedOrLost} calls cut by the kill`,
    );
    expect(found).toBe(acked.length);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The counters were written in the same transaction as each scan: they add up to the raw scans already.
    const counted = () =>
      store.db
        .prepare('SELECT subject, day, count, unique_visitors FROM daily_stats WHERE count > 0 ORDER BY subject, day')
        .all();
    const city = store.db
      .prepare('SELECT coalesce(sum(count), 0) FROM daily_stats WHERE subject = ?')
      .pluck()
      .get(CITY_CODE) as number;
    expect(city).toBe(total);
    const perPost = store.db
      .prepare(
        `SELECT count(*) FROM (SELECT post_id, count(*) AS n FROM scans GROUP BY post_id) s
         LEFT JOIN (SELECT subject, sum(count) AS n FROM daily_stats GROUP BY subject) d ON d.subject = s.post_id
         WHERE d.n IS NOT s.n`,
      )
      .pluck()
      .get();
    expect(perPost).toBe(0);
    // A repair rebuilds every figure from the raw scans: nothing changes.
    const before = counted();
    await repair(store, Date.now());
    expect(counted()).toEqual(before);
  } finally {
    await store.close();
  }
});
