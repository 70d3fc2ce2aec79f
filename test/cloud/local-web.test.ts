/**
 * Web hardening of the local runtime over real HTTP: security headers on every kind of response, state-changing
 * requests only from the same origin and only as JSON (uploads as images), `Secure` cookies behind HTTPS with
 * TRUST_PROXY deciding whether forwarded headers count, links from PUBLIC_URL and never the Host header, and a
 * 4xx for every malformed URL.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** A raw request, so the test decides every header (fetch would fix Host) and the path is sent as written. */
function raw(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const json = { 'content-type': 'application/json' };
/** A fresh scan of a plate link. */
const scan = () => JSON.stringify({ action: 'land', postId: 'p22080200100101', scanId: randomUUID(), source: 'link' });

describe('security headers', () => {
  // A page may load from its own origin; an API reply (JSON, never a document) may load nothing at all.
  const page = "default-src 'self'";
  const api = "default-src 'none'";
  test.each([
    ['the H5 page', '/', 'GET', page],
    ['an API reply', '/api/scan', 'POST', api],
    ['an API refusal (unknown function)', '/api/nothing', 'POST', api],
    ['an API refusal (not a POST)', '/api/scan', 'GET', api],
    ['a 404', '/nothing-here', 'GET', page],
    ['a malformed URL', '/%E0%A4%A', 'GET', page],
    ['a QR code', '/qr/p22080200100101.svg', 'GET', page],
    ['a plate redirect', '/s/p22080200100101', 'GET', page],
    ['the unknown-post page', '/s/p00000000000000', 'GET', page],
    ['a photo miss', '/files/f000000000000000000000000', 'GET', page],
  ])('%s carries CSP, nosniff, Referrer-Policy and X-Frame-Options', async (_what, path, method, defaultSrc) => {
    const res = await raw(h.url, path, { method, headers: json, body: method === 'POST' ? scan() : undefined });
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(String(res.headers['content-security-policy']).split('; ')[0]).toBe(defaultSrc);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('state-changing requests from the same origin only', () => {
  const origin = () => `http://localhost:${new URL(h.url).port}`;
  const writes: [string, string, Record<string, string>, string | Buffer][] = [
    ['/api/scan', 'POST', json, scan()],
    ['/upload', 'POST', { 'content-type': 'image/png' }, PNG],
    ['/dev/login', 'POST', json, '{"openid":"demo-admin"}'],
    ['/auth/logout', 'POST', json, '{}'],
  ];

  test.each(writes)('%s from another Origin is 403 with a Chinese message', async (path, method, headers, body) => {
    const res = await raw(h.url, path, { method, headers: { ...headers, origin: 'https://evil.example' }, body });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error).toMatchObject({
      code: 'CROSS_SITE',
      message: expect.stringMatching(/其他网站/),
    });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  test.each(writes)('%s marked Sec-Fetch-Site: cross-site is 403', async (path, method, headers, body) => {
    const res = await raw(h.url, path, { method, headers: { ...headers, 'sec-fetch-site': 'cross-site' }, body });
    expect(res.status).toBe(403);
  });

  test.each(writes)('%s from the public origin (or a non-browser client) is accepted', async (path, m, hd, body) => {
    const same = await raw(h.url, path, {
      method: m,
      headers: { ...hd, origin: origin(), 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(same.status).toBe(200);
    expect((await raw(h.url, path, { method: m, headers: hd, body })).status).toBe(200);
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])(
    'a JSON endpoint refuses the form-able content type %j with 415 and writes nothing',
    async (type) => {
      const before = await h.store.scans.count();
      const res = await raw(h.url, '/api/scan', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: scan(),
      });
      expect(res.status).toBe(415);
      expect(JSON.parse(res.text).error.message).toMatch(/请求格式不正确/);
      expect(await h.store.scans.count()).toBe(before);
    },
  );

  test('an upload as a form is refused, not stored', async () => {
    const res = await raw(h.url, '/upload', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: PNG });
    expect(res.status).toBe(400);
  });
});

describe('links and cookies from configuration, not from the request', () => {
  test('the QR code and sample links use PUBLIC_URL whatever Host says', async () => {
    const s = await startHarness(true, { web: { publicUrl: 'https://pp.example.cn', trustProxy: false } });
    try {
      const demo = await raw(s.url, '/dev/demo', { headers: { host: 'evil.example' } });
      for (const p of JSON.parse(demo.text).samplePosts)
        expect(p.scanUrl).toMatch(/^https:\/\/pp\.example\.cn\/s\/p\d+$/);
      const qr = await raw(s.url, '/qr/p22080200100101.svg', { headers: { host: 'evil.example' } });
      expect(qr.status).toBe(200);
      // Without PUBLIC_URL the links name localhost on the server's port, never the Host header either.
      const plain = await raw(h.url, '/dev/demo', { headers: { host: 'evil.example' } });
      expect(plain.text).not.toContain('evil.example');
      expect(JSON.parse(plain.text).samplePosts[0].scanUrl).toBe(
        `http://localhost:${new URL(h.url).port}/s/${JSON.parse(plain.text).samplePosts[0].id}`,
      );
    } finally {
      await s.close();
    }
  });

  test('cookies are Secure when PUBLIC_URL is https, and writes must come from that origin', async () => {
    const s = await startHarness(true, { web: { publicUrl: 'https://pp.example.cn', trustProxy: false } });
    try {
      const res = await raw(s.url, '/api/scan', { method: 'POST', headers: json, body: scan() });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
      const local = await raw(s.url, '/api/scan', {
        method: 'POST',
        headers: { ...json, origin: `http://localhost:${new URL(s.url).port}` },
        body: scan(),
      });
      expect(local.status).toBe(403);
      const ok = await raw(s.url, '/api/scan', {
        method: 'POST',
        headers: { ...json, origin: 'https://pp.example.cn' },
        body: scan(),
      });
      expect(ok.status).toBe(200);
    } finally {
      await s.close();
    }
  });

  test('X-Forwarded-Proto makes cookies Secure only with TRUST_PROXY', async () => {
    const fwd = { ...json, 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
    const plain = await raw(h.url, '/api/scan', { method: 'POST', headers: fwd, body: scan() });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
    const s = await startHarness(true, { web: { publicUrl: null, trustProxy: true } });
    try {
      const res = await raw(s.url, '/api/scan', { method: 'POST', headers: fwd, body: scan() });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
      const http = await raw(s.url, '/api/scan', {
        method: 'POST',
        headers: { ...json, 'x-forwarded-proto': 'http' },
        body: scan(),
      });
      expect(String(http.headers['set-cookie'])).not.toMatch(/Secure/);
    } finally {
      await s.close();
    }
    // A proxy named by address: this test's client (loopback) is not it, so its forwarded headers are its own word.
    const named = await startHarness(true, { web: { publicUrl: null, trustProxy: true, proxies: ['10.9.9.9'] } });
    try {
      const res = await raw(named.url, '/api/scan', { method: 'POST', headers: fwd, body: scan() });
      expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
    } finally {
      await named.close();
    }
  });
});

describe('malformed URLs answer 4xx, never 500', () => {
  test.each([
    ['bad percent-encoding', '/%E0%A4%A'],
    ['a lone percent', '/s/%'],
    ['bad encoding under /api', '/api/%zz'],
    ['bad encoding under /qr', '/qr/%C0.svg'],
    ['an overlong path', `/s/${'a'.repeat(5000)}`],
    ['a .. segment', '/../package.json'],
    ['an encoded .. segment', '/%2e%2e/%2e%2e/package.json'],
    ['an encoded NUL', '/s/p2208%00'],
    ['an encoded backslash', '/..%5c..%5cpackage.json'],
    ['a control character', '/files/%0d%0aset-cookie:x'],
    ['not a path', '*'],
    ['bad encoding in the query of a page', '/?x=%ZZ'],
    ['a cut UTF-8 sequence in the query of a plate link', '/s/p22080200100101?from=%E4%B8'],
  ])('%s', async (_what, path) => {
    for (const method of ['GET', 'POST']) {
      const res = await raw(h.url, path, { method, headers: json, body: method === 'POST' ? '{}' : undefined });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers['content-security-policy']).toBeDefined();
    }
    expect(h.errors).toEqual([]);
  });
});

describe("requests Node's parser refuses still get a 4xx with the security headers", () => {
  /** The raw reply to `bytes` written on a socket of their own. */
  const onSocket = (bytes: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(h.url).port), '127.0.0.1');
      const got: Buffer[] = [];
      socket.on('data', (b: Buffer) => got.push(b));
      socket.on('close', () => resolve(Buffer.concat(got).toString('utf8')));
      socket.on('error', () => resolve(Buffer.concat(got).toString('utf8')));
      socket.write(Buffer.from(bytes, 'latin1'));
    });
  test.each([
    ['a raw byte over 0x7F in the URL', 'GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a garbage request line', 'hello there\r\n\r\n', 400],
    ['a control character in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 400],
    [
      'Content-Length with Transfer-Encoding',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
      400,
    ],
    ['a path of 20,000 characters', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ['a 20 KB header', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`, 431],
  ])('%s', async (_what, bytes, status) => {
    const reply = await onSocket(bytes);
    const [head, body] = reply.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
    );
    expect(head).toMatch(/\r\ncontent-security-policy: [^\r]*frame-ancestors 'none'/);
    expect(head).toMatch(/\r\nx-content-type-options: nosniff\r\n/);
    expect(head).toMatch(/\r\nreferrer-policy: strict-origin-when-cross-origin\r\n/);
    expect(JSON.parse(body)).toEqual({ ok: false, error: { code: 'MALFORMED_BODY', message: '请求格式不正确' } });
  });
});
