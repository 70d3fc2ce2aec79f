/**
 * Property-based fuzzing of the local runtime's HTTP surface beside the actions: uploads, photos, admin files,
 * plate links and QR codes, logout, the demo endpoints and static files, with any method, odd paths (bad
 * percent-encoding, dot segments, long ids), any content type, random bytes, forged cookies and foreign origins,
 * under every role. No reply is a 5xx; a JSON refusal carries a stable code and Chinese words.
 */
import { request } from 'node:http';
import fc from 'fast-check';
import { ERRORS, type ErrorCode } from '~/types/errors';
import { BOOTSTRAP_SECRET, ROLES, type Role, type World } from '../support/action-catalogue';
import { PNG } from '../support/action-caller';
import { buildWorld } from '../support/action-world';
import { startHarness, type Harness } from '../support/local-harness';

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

let h: Harness;
let w: World;
const cookies: Partial<Record<Role, string>> = {};
let photoId = '';
let exportUrl = '';

beforeAll(async () => {
  h = await startHarness(true, { web: { publicUrl: null, trustProxy: true }, bootstrapSecret: BOOTSTRAP_SECRET });
  w = await buildWorld(h);
  for (const role of ROLES) cookies[role] = w.callers[role].sessionCookie;
  photoId = w.photoId;
  const exp = await w.callers.countyAdmin.call('admin', { action: 'export', table: 'top', delivery: 'file' });
  exportUrl = exp.json.data.files.xlsx.url;
}, 120_000);
afterAll(() => h.close());

interface Raw {
  status: number;
  type: string;
  text: string;
}

/** One request as a hostile client writes it: the path as given, no URL normalisation on the way. */
function raw(method: string, path: string, headers: Record<string, string>, body: Buffer | null): Promise<Raw> {
  const { port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    // A connection of its own per request: one request's refusal never cuts off the next.
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

/** A JSON refusal with a code of the declared list (types/errors) at that code's status, and Chinese words. */
function declaredRefusal(res: Raw): boolean {
  const parsed = JSON.parse(res.text) as { ok?: boolean; error?: { code?: string; message?: string } };
  const code = String(parsed.error?.code ?? '');
  const declared =
    Object.prototype.hasOwnProperty.call(ERRORS, code) && ERRORS[code as ErrorCode].status === res.status;
  return parsed.ok === false && declared && /[\u4e00-\u9fff]/.test(parsed.error?.message ?? '');
}

const segment = fc.oneof(
  fc.constantFrom('', '..', '%2e%2e', '%', '%zz', '%00', '%E4%B8', '%2F', 'a\\b', '~', '.', 'x'.repeat(3000)),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map(encodeURIComponent),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    '/healthz',
    '/',
    '/index.html',
    '/upload',
    '/admin-files',
    '/auth/logout',
    '/dev/demo',
    '/dev/login',
    '/dev/cron',
    '/api/',
    '/api/scan',
    '/api/admin',
    '/api/__proto__',
    '/api/constructor',
  ),
  fc
    .tuple(fc.constantFrom('/files/', '/admin-files/', '/s/', '/qr/', '/qr/invite/', '/api/', '/dev/', '/'), segment)
    .map(([a, b]) => a + b),
  fc.constant(null).map(() => `/files/${photoId}`),
  fc.constant(null).map(() => exportUrl),
  fc.constant(null).map(() => `/s/${w.postId}`),
  fc.constant(null).map(() => `/qr/invite/${w.inviteCode}.svg`),
);
const body = fc.oneof(
  fc.constant(null),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
  fc.constant(PNG),
  fc.constant(Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(100, 7)])),
  fc
    .constantFrom('{}', '{"openid":"demo-admin"}', '{"hoursLater":1e308}', '{"hoursLater":-5}', 'null', '岗位编号\r\n')
    .map((s) => Buffer.from(s)),
);
const contentType = fc.constantFrom(
  '',
  'application/json',
  'application/json; charset=gbk',
  'text/plain',
  'text/csv',
  'image/png',
  'image/jpeg',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
);
const cookie = fc.oneof(
  fc.constantFrom(...ROLES).map((r) => cookies[r] ?? ''),
  fc.constantFrom('pp_sid=', 'pp_sid=abc', 'pp_sid=%zz', 'pp_sid=' + 'A'.repeat(5000), 'pp_sid=a.b.c; pp_sid=d'),
);
const origin = fc.constantFrom(null, 'https://evil.example', 'null', 'http://127.0.0.1');

test(`${RUNS} hostile requests to the runtime's other paths: never a 5xx`, async () => {
  const outcomes = new Map<number, number>();
  const bad: unknown[] = [];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
      path,
      contentType,
      cookie,
      origin,
      body,
      async (method, p, type, c, o, b) => {
        h.clock.now += 1_000;
        const headers: Record<string, string> = { 'x-forwarded-for': `198.51.100.${outcomes.size}` };
        if (type) headers['content-type'] = type;
        if (c) headers.cookie = c;
        if (o) headers.origin = o;
        // Framed, whatever the method: Node's client sends a DELETE body unframed, which is not a request at all.
        const sent = b && method !== 'GET' && method !== 'HEAD' ? b : null;
        if (sent) headers['content-length'] = String(sent.length);
        const res = await raw(method, p, headers, sent);
        outcomes.set(res.status, (outcomes.get(res.status) ?? 0) + 1);
        const json = res.type.startsWith('application/json') && method !== 'HEAD';
        const coded = !json || res.status < 400 || declaredRefusal(res);
        if ((res.status >= 500 || !coded) && bad.length < 20)
          bad.push({ method, p: p.slice(0, 80), type, status: res.status, text: res.text.slice(0, 300) });
        return true;
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
  console.log(`fuzz-http: ${RUNS} requests, seed ${SEED}; by status ${JSON.stringify(Object.fromEntries(outcomes))}`);
  expect(bad).toEqual([]);
  expect(h.errors).toEqual([]);
  expect((await raw('GET', '/healthz', {}, null)).status).toBe(200);
}, 300_000);
