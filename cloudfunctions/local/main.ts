/** Starts the local runtime on a sqlite file: used by `npm start` (scripts/start.ts) and the end-to-end tests. */
import type { AddressInfo } from 'node:net';
import { openSqliteStore } from '../store/sqlite';
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
  const store = openSqliteStore(opts.dbPath);
  const server = await createLocalServer({ store, demo: opts.demo, staticDir: opts.staticDir });
  // The promise timer runs beside the server, as the `cron` function's trigger does in production.
  const stopTimer = startTimer(store, Date.now, (err) => console.error('[cron]', err));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url,
    samplePosts: await samplePosts(store, url),
    identities: opts.demo ? await demoIdentities(store) : [],
    close() {
      stopTimer();
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
