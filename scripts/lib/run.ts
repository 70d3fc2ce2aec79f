/** Runs a command in the foreground, failing loudly. */
import { spawnSync } from 'node:child_process';

/** Runs `cmd args…` with inherited output; throws when it fails. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
}
