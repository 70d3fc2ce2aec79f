/**
 * A browser-like caller of the local runtime that keeps its session cookie (or, for a caller with no session, never
 * keeps one) and reports every reply as it came: status, raw text and the JSON if it was JSON. The property tests
 * need the raw reply because a 5xx may not be JSON at all.
 */
import type { Harness } from './local-harness';

/** One reply as the wire carried it. */
export interface Reply {
  status: number;
  text: string;
  // The reply is read as loose JSON on purpose: the callers check its fields one by one.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

let callers = 0;

/** A 1×1 PNG: the smallest photo the upload endpoint accepts by its bytes. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A device: a cookie jar (unless `keepsSession` is false) and an address of its own behind the trusted proxy. */
export class Caller {
  private cookie = '';
  /** The address this device claims behind a trusted proxy (198.18.0.0/15, from a range apart from Client's). */
  readonly address: string;
  constructor(
    private readonly h: Harness,
    private readonly keepsSession = true,
  ) {
    const n = ++callers;
    this.address = `198.${18 + ((n >> 16) & 1)}.${128 + ((n >> 8) & 127)}.${n & 255}`;
  }

  /** The session cookie this device sends ('' before it has one). */
  get sessionCookie(): string {
    return this.cookie;
  }

  /** POSTs a body (a JSON value, or a raw string) to a path of the runtime. */
  async post(path: string, body: unknown, type = 'application/json'): Promise<Reply> {
    const res = await fetch(`${this.h.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, cookie: this.cookie, 'x-forwarded-for': this.address },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set && this.keepsSession) this.cookie = set.split(';')[0];
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, text, json };
  }

  /** Calls one function (`POST /api/<fn>`). */
  call(fn: string, body: unknown): Promise<Reply> {
    return this.post(`/api/${fn}`, body);
  }

  /** Logs in as a demo identity; throws when the runtime refuses. */
  async login(openid: string): Promise<void> {
    const res = await this.post('/dev/login', { openid });
    if (res.status !== 200) throw new Error(`login ${openid}: ${res.status} ${res.text}`);
  }

  /** Uploads the PNG as an evidence photo; answers its file id. */
  async uploadPhoto(): Promise<string> {
    const res = await this.post('/upload', PNG, 'image/png');
    if (res.status !== 200) throw new Error(`upload: ${res.status} ${res.text}`);
    return res.json.data.fileId as string;
  }

  /** Uploads an import CSV as an admin; answers its file id. */
  async uploadCsv(text: string): Promise<string> {
    const res = await this.post('/admin-files', Buffer.from(`\ufeff${text}`, 'utf8'), 'text/csv');
    if (res.status !== 200) throw new Error(`admin-files: ${res.status} ${res.text}`);
    return res.json.data.fileId as string;
  }
}
