/**
 * The local runtime as a child process of a fault test (bench/local-server.ts: the same database preparation and
 * server as `npm start`, API only), so a test can kill it as an operator's machine would and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { newKeys } from '~/cloudfunctions/local/secrets';

const root = resolve(__dirname, '../..');

/** A running child server. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** Everything it printed (stdout and stderr). */
  output(): string;
  /** SIGKILL: no shutdown, no flush, no close: what a power cut or the OOM killer leaves. */
  kill9(): Promise<void>;
  /** SIGTERM: the graceful stop of `npm start` (open requests finish, the database closes). */
  stop(): Promise<void>;
}

/** Fresh keys for one test run, as the environment of a production start gives them. */
export function testKeys(): Record<string, string> {
  const k = newKeys();
  return { SESSION_SECRET: k.sessionSecret, VISITOR_SALT: k.visitorSalt, DATA_KEY: k.dataKey.toString('base64') };
}

/** Starts the server on `dbPath` (creating and seeding it if absent) and resolves once it listens. */
export function startChild(env: Record<string, string>, readyMs = 180_000): Promise<ChildServer> {
  // Node itself with tsx as a loader, not tsx's command line: that one runs the script in a grandchild process,
  // which a SIGKILL of its parent would leave running.
  // FAULTS_NODE_ARGS adds node flags to the server (e.g. `--cpu-prof` to see where a slow run went).
  const nodeArgs = (process.env.FAULTS_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(root, 'bench/local-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const waitExit = () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : exited);
  return new Promise((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`server not ready in ${readyMs} ms:\n${out}`));
    }, readyMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res({
          child,
          url: m[1].replace('localhost', '127.0.0.1'),
          output: () => out,
          kill9: () => {
            child.kill('SIGKILL');
            return waitExit();
          },
          stop: () => {
            child.kill('SIGTERM');
            return waitExit();
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      rej(new Error(`server exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

let phones = 0;

/** An address of its own for each simulated phone (10.0.0.0/8), sent as X-Forwarded-For behind TRUST_PROXY=1. */
export function phoneAddress(): string {
  const n = ++phones;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
