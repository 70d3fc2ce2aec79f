/** Runs `npm start`'s entry (scripts/start.ts) as a child process on a free port and a fresh database. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** A started server and how to stop it. */
export interface Started {
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts the product as `npm start` does and resolves once its banner shows the URL. */
export function startServer(env: Record<string, string> = {}): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'],
    {
      cwd: root,
      // No generated year of scans unless a test asks (SEED_SCANS): most tests need the network, not its history.
      env: { ...process.env, PORT: '0', DB_PATH: join(dir, 'e2e.db'), SEED_SCANS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((res, rej) => {
    const timer = setInterval(() => {
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (!m) return;
      clearInterval(timer);
      res({
        url: m[1],
        output: () => out,
        stop: () =>
          new Promise((done) => {
            child.once('exit', (code) => done(code));
            child.kill('SIGTERM');
          }),
      });
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      rej(new Error(`scripts/start.ts exited with ${code} before listening:\n${out}`));
    });
  });
}
