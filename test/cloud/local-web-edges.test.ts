/**
 * The edges of web hardening that Node's own HTTP server would answer by itself, bare: a request without Host, an
 * Expect it does not know, a CONNECT, and a malformed request pipelined behind a good one. Each gets a reply with the
 * security headers, and the good request's reply is never lost. Also: control characters in a query, the methods a
 * write path takes, photos kept by no cache, and which hop decides HTTPS.
 */
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { PNG } from '../support/request-bodies';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Everything the server writes back to `bytes`, sent on a socket of their own, until it closes the socket. */
const onSocket = (url: string, bytes: string) =>
  new Promise<string>((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    const got: Buffer[] = [];
    socket.on('data', (b: Buffer) => got.push(b));
    socket.on('close', () => resolve(Buffer.concat(got).toString('utf8')));
    socket.on('error', () => resolve(Buffer.concat(got).toString('utf8')));
    socket.write(Buffer.from(bytes, 'latin1'));
  });

const statusLines = (reply: string) => reply.match(/HTTP\/1\.1 \d{3} [^\r]*/g) ?? [];
const guarded = (head: string) => {
  expect(head).toMatch(/\r\ncontent-security-policy: [^\r]*frame-ancestors 'none'/i);
  expect(head).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
  expect(head).toMatch(/\r\nreferrer-policy: strict-origin-when-cross-origin\r\n/i);
};

test.each([
  ['an HTTP/1.1 request without Host', 400, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ['an absolute-form target without Host', 400, 'GET http://evil.example/ HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ['an Expect the server does not know', 417, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nConnection: close\r\n\r\n'],
  ['a CONNECT', 405, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'],
])('%s gets a %d with the security headers and a JSON body', async (_what, status, bytes) => {
  const reply = await onSocket(h.url, bytes);
  expect(statusLines(reply)[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  const [head, body] = reply.split('\r\n\r\n');
  guarded(head);
  expect(JSON.parse(body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n$/g, ''))).toMatchObject({ ok: false });
});

test("a malformed request pipelined behind a scan: the scan's reply comes first, then the refusal", async () => {
  const body = JSON.stringify({ action: 'land', postId: 'p22080200100101', scanId: randomUUID(), source: 'link' });
  const good =
    'POST /api/scan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const reply = await onSocket(h.url, `${good}GARBAGE\x01 / HTTP/1.1\r\n\r\n`);
  expect(statusLines(reply).map((l) => l.slice(9, 12))).toEqual(['200', '400']);
  expect(reply).toContain('"recorded":true');
});

test('control characters in a query answer 400; plain queries still work', async () => {
  for (const query of ['?a=%00', '?a=%0d%0aSet-Cookie:x', '?next=%1b']) {
    const res = await fetch(`${h.url}/healthz${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  }
  expect((await fetch(`${h.url}/healthz?from=%E5%85%88%E9%94%8B%E5%B2%97`)).status).toBe(200);
});

test.each(['/upload', '/auth/logout'])(
  '%s asked with GET or PUT: 405 naming POST, and no session made',
  async (path) => {
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const res = await fetch(`${h.url}${path}`, { method, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  },
);

test("a resident's photo is kept by no cache, the browser's own included", async () => {
  const resident = new Client(h.url);
  const up = await resident.postBytes('/upload', PNG, 'image/png');
  const fileId = up.json.data.fileId as string;
  const res = await fetch(`${h.url}/files/${fileId}`, { headers: { cookie: resident.cookieHeader() } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('private, no-store');
});

describe('which hop decides HTTPS', () => {
  const scan = () => JSON.stringify({ action: 'land', postId: 'p22080200100101', scanId: randomUUID() });
  const post = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/api/scan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: scan(),
    });

  test("behind a trusted proxy, X-Forwarded-Proto's last entry (the proxy's own) decides", async () => {
    const s = await startHarness(true, { web: { publicUrl: null, trustProxy: true } });
    try {
      const viaProxy = await post(s.url, { 'x-forwarded-proto': 'http, https' });
      expect(viaProxy.headers.get('set-cookie')).toMatch(/; Secure/);
      const spoofed = await post(s.url, { 'x-forwarded-proto': 'https, http' });
      expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/);
    } finally {
      await s.close();
    }
  });

  test('with an https PUBLIC_URL cookies are Secure whatever a hop says', async () => {
    const s = await startHarness(true, { web: { publicUrl: 'https://pp.example.cn', trustProxy: true } });
    try {
      const res = await post(s.url, { 'x-forwarded-proto': 'http', origin: 'https://pp.example.cn' });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await s.close();
    }
  });
});
