/**
 * The first admin (首位管理员): bound with the secret from the environment, once, while no admin exists; a wrong
 * secret, a missing one, an identity already bound and a second try are refused, guesses are rate-limited, and two
 * callers at the same moment cannot both become the first. Over HTTP on a network seeded without admins.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createLocalServer } from '~/cloudfunctions/local/server';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { bootstrap, secretMatches } from '~/cloudfunctions/domain/admin/bootstrap';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { Client, demoDataset } from '../support/local-harness';
import { expectRefused } from './admin-posts-fixture';
import { envProblems } from '~/cloudfunctions/functions/env';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';

const SECRET = 'baicheng-first-admin-2026';

interface Running {
  url: string;
  store: SqliteStore;
  close(): Promise<void>;
}

/** The demo network without its admins, served with the given bootstrap secret. */
async function serve(bootstrapSecret: string): Promise<Running> {
  const store = openSqliteStore(':memory:');
  const data = demoDataset();
  await store.load({ ...data, users: data.users.filter((u) => u.role !== 'admin') });
  const server: Server = await createLocalServer({
    store,
    demo: true,
    staticDir: mkdtempSync(join(tmpdir(), 'pp-h5-')),
    bootstrapSecret,
    log: () => undefined,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    close: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}

const body = (secret: string, name = '王局长') => ({ action: 'bootstrap', secret, name });

test('without a secret configured, bootstrap is off', async () => {
  const s = await serve('');
  try {
    expectRefused(await new Client(s.url).call('admin', body(SECRET)), 403, 'BOOTSTRAP_REFUSED', /口令不正确或已关闭/);
  } finally {
    await s.close();
  }
});

describe('with a secret', () => {
  let s: Running;
  // A server each: the guess limit is per client address too, and every test calls from 127.0.0.1.
  beforeEach(async () => {
    s = await serve(SECRET);
  });
  afterEach(() => s.close());

  test('a wrong secret is refused; guessing is limited to five tries a minute', async () => {
    const guesser = new Client(s.url);
    for (let i = 0; i < 5; i++) {
      expectRefused(
        await guesser.call('admin', body(`${SECRET}x${i}`)),
        403,
        'BOOTSTRAP_REFUSED',
        /口令不正确或已关闭/,
      );
    }
    expectRefused(await guesser.call('admin', body(SECRET)), 429, 'RATE_LIMITED');
    expect(await s.store.users.countByRole('admin')).toBe(0);
  });

  test('dropping the cookie does not buy more guesses: the address is held at five a minute', async () => {
    // Each call from a new Client carries no cookie: a new anonymous identity every time.
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) => new Client(s.url).call('admin', body(`${SECRET}y${i}`))),
    );
    expect(replies.filter((r) => r.status === 403)).toHaveLength(5);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(7);
    expectRefused(await new Client(s.url).call('admin', body(SECRET)), 429, 'RATE_LIMITED', /操作太频繁/);
    expect(await s.store.users.countByRole('admin')).toBe(0);
  });

  test('a caller already bound to another role cannot become the admin', async () => {
    const volunteer = new Client(s.url);
    expect(await volunteer.login('demo-volunteer')).toBe(200);
    expectRefused(await volunteer.call('admin', body(SECRET)), 409, 'ALREADY_BOUND');
    expect(await s.store.users.countByRole('admin')).toBe(0);
  });

  test('two callers at once: exactly one becomes the city admin, the other gets the one refusal', async () => {
    const [a, b] = [new Client(s.url), new Client(s.url)];
    const replies = await Promise.all([
      a.call('admin', body(SECRET, '王局长')),
      b.call('admin', body(SECRET, '李局长')),
    ]);
    const won = replies.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(won[0].json.data).toEqual({ role: 'admin', regionCode: '220800' });
    const lost = replies.find((r) => r.status !== 200)!;
    expectRefused(lost, 403, 'BOOTSTRAP_REFUSED', /请向管理员申请邀请码/);
    expect(await s.store.users.countByRole('admin')).toBe(1);
    const admin = replies[0].status === 200 ? a : b;
    const counties = await admin.call('admin', { action: 'regions' });
    expect(counties.json.data.regions).toHaveLength(5);
    expectRefused(await new Client(s.url).call('admin', body(SECRET)), 403, 'BOOTSTRAP_REFUSED');
  });
});

test('unset secret, wrong secret, right secret after an admin exists: one and the same reply', async () => {
  const unset = await serve('');
  const set = await serve(SECRET);
  try {
    const replies = [
      await new Client(unset.url).call('admin', body(SECRET)),
      await new Client(set.url).call('admin', body(`${SECRET}-guess`)),
    ];
    expect((await new Client(set.url).call('admin', body(SECRET))).status).toBe(200);
    replies.push(await new Client(set.url).call('admin', body(SECRET)));
    replies.push(await new Client(set.url).call('admin', body(`${SECRET}-guess`)));
    const seen = new Set(replies.map((r) => `${r.status} ${JSON.stringify(r.json)}`));
    expect([...seen]).toEqual([`403 ${JSON.stringify(replies[0].json)}`]);
    expect(replies[0].json.error.code).toBe('BOOTSTRAP_REFUSED');
  } finally {
    await unset.close();
    await set.close();
  }
});

test('a caller the runtime cannot identify is UNAUTHENTICATED; secrets compare whole', async () => {
  const store = openSqliteStore(':memory:');
  const ctx = {
    store,
    identity: { openid: null, user: null },
    now: () => Date.now(),
    secrets: { visitorSalt: 's', dataKey: Buffer.alloc(32), bootstrapSecret: SECRET },
    contentChecker: wordListChecker([]),
    pusher: NO_PUSH,
  };
  await expect(bootstrap.handle(ctx, { secret: SECRET, name: '王局长' })).rejects.toMatchObject({
    code: 'UNAUTHENTICATED',
  });
  expect(secretMatches(SECRET, SECRET)).toBe(true);
  expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
  expect(secretMatches(`${SECRET} `, SECRET)).toBe(false);
  await store.close();
});

test('a first-admin secret under 16 characters is refused: the local server does not start, the deploy check names it', async () => {
  await expect(serve('1')).rejects.toThrow('ADMIN_BOOTSTRAP_SECRET must be at least 16 characters (or empty: off)');
  await expect(serve('fifteen-chars-x')).rejects.toThrow(/at least 16/);
  const env = { VISITOR_SALT: 'a-salt-of-at-least-thirty-two-characters', PLATE_ENV_VERSION: '' };
  expect(envProblems(MANIFEST.admin, { ...env, ADMIN_BOOTSTRAP_SECRET: '白城2026' })).toEqual([
    'ADMIN_BOOTSTRAP_SECRET is shorter than 16 characters',
  ]);
  expect(envProblems(MANIFEST.admin, { ...env, ADMIN_BOOTSTRAP_SECRET: SECRET })).toEqual([]);
  expect(envProblems(MANIFEST.admin, { ...env, ADMIN_BOOTSTRAP_SECRET: '' })).toEqual([]);
  const served = await serve('sixteen-chars-xy');
  await served.close();
});
