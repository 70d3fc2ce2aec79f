/**
 * One process racing others for a database's lock (cloudfunctions/local/db-lock.ts): `lock-racer.ts <db> <go>`
 * prints `ready`, spins until the file `<go>` exists (so every racer tries at the same moment), tries the lock and
 * prints `held <pid>` or `refused`. A holder keeps the lock for 1.5 s, past every other racer's try.
 */
import { existsSync } from 'node:fs';
import { holdLock } from '~/cloudfunctions/local/db-lock';

const [db, go] = process.argv.slice(2);
process.stdout.write('ready\n');
while (!existsSync(go)) {
  // Spin: a timer would spread the racers over milliseconds.
}
try {
  const release = holdLock(db);
  process.stdout.write(`held ${process.pid}\n`);
  setTimeout(() => {
    release();
    process.exit(0);
  }, 1500);
} catch {
  process.stdout.write('refused\n');
  process.exit(0);
}
