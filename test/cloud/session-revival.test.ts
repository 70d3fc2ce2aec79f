/**
 * An ended binding ends every session of the identity: a copy of a cookie minted before the identity was first
 * bound (stolen from the browser, say) must not come back to life when the same identity is bound again to the
 * same role and region. Over the real HTTP server, for a revoked admin and for a deactivated volunteer.
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
