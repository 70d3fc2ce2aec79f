/**
 * A logout's session version (domain/sessions.ts) is no permanent row: throwaway identities (a fresh cookie from
 * resident.me, then POST /auth/logout) must not grow the database without bound. The row expires once every
 * session it could have ended has lapsed, and the timer removes it; until then every copy of the cookie stays dead.
 */
import { ANON_TTL_S } from '~/cloudfunctions/local/session';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const HOUR = 3600_000;
const versionRows = () =>
  h.store.db.prepare("SELECT key, expires_at AS expiresAt FROM meta WHERE key LIKE 'session_version:%'").all() as {
    key: string;
    expiresAt: number | null;
  }[];
const post = (path: string, body: unknown, cookie = '') =>
  fetch(`${h.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });

test("a throwaway identity's logout leaves a row that expires with its longest session, and the timer removes it", async () => {
  const before = versionRows().length;
  const tab = new Client(h.url);
  await tab.call('resident', { action: 'me' });
  const cookie = tab.cookieHeader();
  expect((await post('/auth/logout', {}, cookie)).status).toBe(200);
  const rows = versionRows();
  expect(rows).toHaveLength(before + 1);
  const row = rows.find((r) => r.expiresAt !== null && r.key.startsWith('session_version:anon-'));
  expect(row?.expiresAt).toBe(h.clock.now + ANON_TTL_S * 1000);
  // The logged-out cookie stays dead while the row lives (its copy sent again gets a new identity).
  const again = await fetch(`${h.url}/api/resident`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ action: 'me' }),
  });
  expect(again.headers.get('set-cookie')).toMatch(/^pp_sid=/);
  // A day before the expiry the timer keeps it; a day after, the cookie has long lapsed and the row is gone.
  const expiresAt = row!.expiresAt!;
  h.clock.now = expiresAt - 24 * HOUR;
  expect((await post('/dev/cron', {})).status).toBe(200);
  expect(versionRows()).toHaveLength(before + 1);
  h.clock.now = expiresAt + 24 * HOUR;
  expect((await post('/dev/cron', {})).status).toBe(200);
  expect(versionRows()).toHaveLength(before);
});
