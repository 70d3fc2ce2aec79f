/**
 * The plain-QR rule's ownership file on the local runtime: with WECHAT_QR_VERIFY_FILE / _CONTENT set, /s/<file>
 * answers WeChat's text (the rule https://<host>/s/ lives there); plate links beside it still land; an odd name
 * is never served.
 */
import { qrVerification } from '~/cloudfunctions/local/qr-verify';
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeAll(async () => {
  process.env.WECHAT_QR_VERIFY_FILE = 'Ab12Cd34Ef.txt';
  process.env.WECHAT_QR_VERIFY_CONTENT = '9f2c4e1b7a';
  h = await startHarness();
});
afterAll(async () => {
  delete process.env.WECHAT_QR_VERIFY_FILE;
  delete process.env.WECHAT_QR_VERIFY_CONTENT;
  await h.close();
});

test('WeChat fetches the verification file from the rule directory /s/ and gets its text', async () => {
  const res = await fetch(`${h.url}/s/Ab12Cd34Ef.txt`);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('9f2c4e1b7a');
});

test('plate links under /s/ still land; another .txt there is the unknown-post page', async () => {
  const postId = (await h.store.posts.page(null, 1, 'active'))[0].id;
  expect((await fetch(`${h.url}/s/${postId}`, { redirect: 'manual' })).status).toBe(302);
  expect((await fetch(`${h.url}/s/Other.txt`)).status).toBe(404);
});

test('only a plain .txt name and a short text are accepted from the environment', () => {
  expect(qrVerification({ WECHAT_QR_VERIFY_FILE: '../etc/passwd', WECHAT_QR_VERIFY_CONTENT: 'x' })).toBeNull();
  expect(qrVerification({ WECHAT_QR_VERIFY_FILE: 'a.html', WECHAT_QR_VERIFY_CONTENT: 'x' })).toBeNull();
  expect(qrVerification({ WECHAT_QR_VERIFY_FILE: 'a.txt', WECHAT_QR_VERIFY_CONTENT: '' })).toBeNull();
  expect(qrVerification({})).toBeNull();
  expect(qrVerification({ WECHAT_QR_VERIFY_FILE: 'a.txt', WECHAT_QR_VERIFY_CONTENT: 'abc' })).toEqual({
    path: '/s/a.txt',
    body: 'abc',
  });
});
