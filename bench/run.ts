/** `npm run bench`: every benchmark under bench/, one after another, each against a baseline run beside it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = join(__dirname, '../node_modules/tsx/dist/cli.mjs');
for (const bench of ['near.ts', 'scan.ts', 'dashboard.ts', 'cloudbase.ts']) {
  const res = spawnSync(process.execPath, [tsx, join(__dirname, bench), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
