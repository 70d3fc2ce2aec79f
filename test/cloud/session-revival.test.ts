/**
 * An ended binding ends every session of the identity: a copy of a cookie minted before the identity was first
 * bound (stolen from the browser, say) must not come back to life when the same identity is bound again to the
 * same role and region; and gaining a binding starts a new session, so no copy of the cookie it was gained with
 * carries the role. Over the real HTTP server.
 */
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const JSON_TYPE = { 'content-type': 'application/json' };
const cookieOf = (r: Response) => (r.headers.get('set-cookie') ?? '').split(';')[0];

async function call(cookie: string, fn: string, body: Record<string, unknown>) {
  const r = await fetch(`${h.url}/api/${fn}`, {
    method: 'POST',
    headers: { ...JSON_TYPE, cookie },
    body: JSON.stringify(body),
  });
  return { status: r.status, cookie: cookieOf(r), json: await r.json() };
}

async function login(openid: string): Promise<string> {
  return cookieOf(
    await fetch(`${h.url}/dev/login`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ openid }) }),
  );
}

test('a revoked admin bound again: no cookie from before the revocation works, the pre-binding copy included', async () => {
  const city = await login('demo-admin');
  const invite = async () =>
    (await call(city, 'admin', { action: 'createInvite', role: 'admin', regionCode: '220802', name: '李四' })).json.data
      .code as string;
  // A browser's first cookie (unbound), of which a copy is taken.
  const before = (await call('', 'resident', { action: 'me' })).cookie;
  const accepted = await call(before, 'work', { action: 'acceptInvite', code: await invite() });
  expect(accepted.status).toBe(200);
  const bound = accepted.cookie || before;
  expect((await call(bound, 'admin', { action: 'admins' })).status).toBe(200);
  const openid = (h.store.db.prepare("SELECT openid FROM users WHERE label = '李四'").get() as { openid: string })
    .openid;

  expect((await call(city, 'admin', { action: 'revokeAdmin', openid })).status).toBe(200);
  expect((await call(bound, 'admin', { action: 'admins' })).status).toBe(401);
  // The pre-binding copy is dead too: it cannot take a new invite for the same identity.
  const again = await call(before, 'work', { action: 'acceptInvite', code: await invite() });
  expect((await call(bound, 'admin', { action: 'admins' })).status).toBe(401);
  expect((await call(before, 'admin', { action: 'admins' })).status).toBe(401);
  // Whatever identity the copy now is, it is not the revoked one.
  const rebound = h.store.db.prepare("SELECT openid FROM users WHERE label = '李四' AND role = 'admin'").all() as {
    openid: string;
  }[];
  expect(rebound.map((u) => u.openid)).not.toContain(openid);
  expect(again.status).toBe(200);
});

test('a binding starts a new session: a copy of the cookie it was gained with never carries the role', async () => {
  const city = await login('demo-admin');
  const code = (
    await call(city, 'admin', { action: 'createInvite', role: 'admin', regionCode: '220802', name: '王五' })
  ).json.data.code as string;
  // A cookie planted in the browser (or copied from it) before the binding.
  const planted = (await call('', 'resident', { action: 'me' })).cookie;
  const accepted = await call(planted, 'work', { action: 'acceptInvite', code });
  expect(accepted.status).toBe(200);
  expect(accepted.cookie).not.toBe('');
  expect(accepted.cookie).not.toBe(planted);
  // The binder's new cookie acts as the admin; the planted copy acts as nobody.
  expect((await call(accepted.cookie, 'admin', { action: 'admins' })).status).toBe(200);
  expect((await call(planted, 'admin', { action: 'admins' })).status).toBe(401);
  // Sent anywhere, the planted copy is a stranger: a resident, given a new identity of its own.
  const me = await call(planted, 'resident', { action: 'me' });
  expect(me.json.data.role).toBe('resident');
  expect(me.cookie).not.toBe('');
  expect(me.cookie).not.toBe(planted);
});
