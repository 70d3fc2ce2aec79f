/**
 * The local runtime's side of QR plates and admin imports: `/qr/<postId>.svg` draws the QR code of the plate link
 * (`/s/<postId>` on the public URL, http://localhost:<port> when PUBLIC_URL is unset), and no function, admin
 * included, takes a body over 64 KB: import files are uploaded once to /admin-files and named by id.
 */
import QRCode from 'qrcode';
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test('a known post gets the SVG QR code of its plate link on the public URL', async () => {
  const res = await fetch(`${h.url}/qr/p22080200100101.svg`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  const port = new URL(h.url).port;
  const expected = await QRCode.toString(`http://localhost:${port}/s/p22080200100101`, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  expect(await res.text()).toBe(expected);
});

test('a retired post still gets its QR code (a reprinted old plate lands on the friendly page)', async () => {
  const retired = (await h.store.posts.page(null, 6000, 'retired'))[0];
  expect((await fetch(`${h.url}/qr/${retired.id}.svg`)).status).toBe(200);
  const landing = await fetch(`${h.url}/s/${retired.id}`, { redirect: 'manual' });
  expect(landing.status).toBe(302);
});

test('an unknown post or a malformed name is 404 with the Chinese message', async () => {
  for (const path of ['/qr/p99999999999999.svg', '/qr/p22080200100101.png', '/qr/%E4%BD%A0.svg']) {
    const res = await fetch(`${h.url}${path}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toContain('没有找到这个先锋岗');
  }
});

test('no function takes a file in its body: admin, like the others, refuses more than 64 KB with 413', async () => {
  const big = 'a'.repeat(1024 * 1024);
  const admin = await fetch(`${h.url}/api/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'checkImport', file: big }),
  });
  expect(admin.status).toBe(413);
  const resident = await fetch(`${h.url}/api/resident`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'me', pad: big }),
  });
  expect(resident.status).toBe(413);
});
