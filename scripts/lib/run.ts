/** Runs a command in the foreground, failing loudly and saying how long it took. */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

/** Runs `cmd args…` with inherited output; throws when it fails. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const label = `${basename(cmd)} ${args.map((a) => basename(a)).join(' ')}`;
  if (res.status !== 0) throw new Error(`${label} failed (exit ${res.status ?? res.signal})`);
  console.log(`run: ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
