/** Starts the local runtime in-process over a seeded in-memory database, for the HTTP tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { scanGuard } from '~/cloudfunctions/domain/scan/guard';
import { addressSubmissions, sameDevice } from '~/cloudfunctions/domain/requests/submit';
import { createLocalServer, type LocalOptions } from '~/cloudfunctions/local/server';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { generateDataset } from '~/scripts/seed';
import type { Post } from '~/types/domain';

/** A running server plus the handles a test needs. */
export interface Harness {
  url: string;
  store: SqliteStore;
  clock: { now: number };
  errors: unknown[];
  close(): Promise<void>;
}

let dataset: ReturnType<typeof generateDataset> | null = null;

/** The Baicheng demo dataset, generated once per test file. */
export function demoDataset() {
  dataset ??= generateDataset();
  return dataset;
}

/**
 * Starts a server on a random port; `demo` toggles /dev/*. The clock is the test's to move. `extra` overrides
 * options (keys, web settings); `extra.store` serves an existing store (not closed by close()).
 */
export async function startHarness(demo = true, extra: Partial<LocalOptions> = {}): Promise<Harness> {
  const own = !extra.store;
  const store = (extra.store as SqliteStore | undefined) ?? openSqliteStore(':memory:');
  if (own) await store.load(demoDataset());
  const staticDir = mkdtempSync(join(tmpdir(), 'pp-h5-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>先锋岗</title>');
  const clock = { now: Date.UTC(2026, 10, 27, 2, 0, 0) };
  // A server is a process of its own: it starts with no scan or submission counted (the guards are per process,
  // the clock the same in every harness).
  scanGuard.clear();
  addressSubmissions.clear();
  sameDevice.clear();
  const errors: unknown[] = [];
  const server: Server = await createLocalServer({
    store,
    demo,
    staticDir,
    now: () => clock.now,
    log: (err) => errors.push(err),
    ...extra,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    clock,
    errors,
    close: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      if (own) await store.close();
    },
  };
}

/** Starts a demo harness and finds its first active post: the set-up most HTTP tests of a resident share. */
export async function startAtPost(): Promise<{ h: Harness; post: Post }> {
  const h = await startHarness();
  const post = (await h.store.posts.page(null, 1, 'active'))[0];
  return { h, post };
}

let clients = 0;

/**
 * A tiny client that keeps its session cookie, like a browser tab. Each client also has an address of its own (from
 * the 198.18.0.0/15 benchmarking range), sent as X-Forwarded-For: a server started with `trustProxy` sees each
 * client as a separate device, one without it sees them all as 127.0.0.1, the socket's address.
 */
export class Client {
  private cookie = '';
  /** The address this client claims behind a trusted proxy. */
  readonly address: string;
  constructor(private readonly base: string) {
    const n = ++clients;
    this.address = `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
  }

  /** Calls POST /api/<fn> with a raw body (string) or a JSON value. */
  // The reply is read as loose JSON on purpose: tests assert its fields one by one.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call(fn: string, body: unknown, init: RequestInit = {}): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.base}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-forwarded-for': this.address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });
    this.keep(res);
    return { status: res.status, json: await res.json() };
  }

  /** The Cookie header this tab sends (for raw fetches of its own files). */
  cookieHeader(): string {
    return this.cookie;
  }

  /** Logs in as a demo identity. */
  async login(openid: string): Promise<number> {
    const res = await fetch(`${this.base}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': this.address },
      body: JSON.stringify({ openid }),
    });
    this.keep(res);
    return res.status;
  }

  /** POSTs raw bytes to a path of the runtime (an upload), with this tab's cookie. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as call(): tests read the reply field by field
  async postBytes(path: string, bytes: Buffer, type = 'text/csv'): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, cookie: this.cookie, 'x-forwarded-for': this.address },
      body: new Uint8Array(bytes),
    });
    this.keep(res);
    return { status: res.status, json: await res.json() };
  }

  private keep(res: Response): void {
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
  }
}
