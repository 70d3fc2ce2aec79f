/** Starts the local runtime on a sqlite file: used by `npm start` (scripts/start.ts) and the end-to-end tests. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ownerOnlyDatabase } from './db-file';
import { holdLock } from './db-lock';
import { openSqliteStore } from '../store/sqlite';
import { webConfigFrom } from './origin';
import { loadKeys, type Env } from './secrets';
import { markMode, refuseOtherMode } from './db-mode';
import { demoIdentities, samplePosts, type DemoIdentity } from './demo';
import { createLocalServer } from './server';
import { startTimer } from './timer';

/** Where and how to run. */
export interface StartOptions {
  dbPath: string;
  port: number;
  host?: string;
  demo: boolean;
  staticDir: string;
  /** The environment (keys, PUBLIC_URL, TRUST_PROXY); process.env by default. */
  env?: Env;
}

/** A running local runtime. */
export interface Running {
  url: string;
  samplePosts: { id: string; name: string; scanUrl: string }[];
  identities: DemoIdentity[];
  /** Stops accepting, lets open requests finish, closes the database. */
  close(): Promise<void>;
}

/** Opens the database, starts the server and resolves once it listens. */
export async function startLocal(opts: StartOptions): Promise<Running> {
  const env = opts.env ?? process.env;
  ownerOnlyDatabase(opts.dbPath);
  const release = holdLock(opts.dbPath);
  const store = openSqliteStore(opts.dbPath, { backgroundCheckpoint: true });
  let server: Server;
  try {
    // Neither mode serves the other's database (db-mode.ts): checked before the keys, so a demo start on a
    // production database writes no key file beside it.
    await refuseOtherMode(store, opts.dbPath, opts.demo);
    // Production refuses to start without keys, or with weak ones (secrets.ts); demo makes them on first start.
    const keys = await loadKeys({ store, dbPath: opts.dbPath, production: !opts.demo, env });
    await markMode(store, opts.demo);
    server = await createLocalServer({
      store,
      demo: opts.demo,
      staticDir: opts.staticDir,
      keys,
      web: webConfigFrom(env),
      readCache: true,
    });
  } catch (err) {
    await store.close();
    release();
    throw err;
  }
  // The promise timer runs beside the server, as the `cron` function's trigger does in production.
  const stopTimer = startTimer(store, Date.now, (err) => console.error('[cron]', err));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const publicUrl = webConfigFrom(env).publicUrl ?? url;
  let closing: Promise<void> | null = null;
  return {
    url,
    samplePosts: await samplePosts(store, publicUrl),
    identities: opts.demo ? await demoIdentities(store) : [],
    close() {
      stopTimer();
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      })
        .then(() => store.close())
        .finally(release);
      return closing;
    },
  };
}
