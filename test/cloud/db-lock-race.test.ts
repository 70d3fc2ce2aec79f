/**
 * The database lock (`<db>.lock`, cloudfunctions/local/db-lock.ts) under a race: processes that try it at the same
 * moment, on a free database or on one whose lock a dead process left, end with exactly one holder; the others are
 * refused, naming it. Each racer is a process of its own (test/support/lock-racer.ts), as two servers would be.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../..');
const RACERS = 6;
const ROUNDS = 3;

/** Starts `n` racers on `db`, lets them go at once, and resolves with what each printed last. */
async function race(db: string, n: number): Promise<string[]> {
  const go = `${db}.go`;
  const outputs: string[] = Array.from({ length: n }, () => '');
  let ready = 0;
  let signalReady: () => void = () => undefined;
  const allReady = new Promise<void>((r) => (signalReady = r));
  const exits = Array.from({ length: n }, (_, i) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/support/lock-racer.ts'), db, go], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (d: Buffer) => {
      const before = outputs[i];
      outputs[i] += d.toString();
      if (!before.includes('ready') && outputs[i].includes('ready') && ++ready === n) signalReady();
    });
    return new Promise<void>((r) => child.once('exit', () => r()));
  });
  await allReady;
  writeFileSync(go, '');
  await Promise.all(exits);
  return outputs.map((o) => o.trim().split('\n').pop() ?? '');
}

test('of processes taking a free database lock at the same moment, exactly one gets it', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const db = join(mkdtempSync(join(tmpdir(), 'pp-lock-')), 'pp.db');
    const results = await race(db, RACERS);
    expect([round, results.filter((r) => r.startsWith('held')).length]).toEqual([round, 1]);
    expect(results.filter((r) => r === 'refused')).toHaveLength(RACERS - 1);
  }
});

test('a lock a dead process left is taken over by exactly one of the processes racing for it', async () => {
  // A pid that surely names no process: one that has just exited.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  for (let round = 0; round < ROUNDS; round++) {
    const db = join(mkdtempSync(join(tmpdir(), 'pp-lock-')), 'pp.db');
    writeFileSync(`${db}.lock`, `${gone.stdout}\n`);
    const results = await race(db, RACERS);
    const held = results.filter((r) => r.startsWith('held'));
    expect([round, held.length]).toEqual([round, 1]);
    // The holder's pid was in the lock while it held it; it removed the lock on release.
    expect(results.filter((r) => r === 'refused')).toHaveLength(RACERS - 1);
  }
});

test('a refused racer names the holder, as a second server would', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-lock-')), 'pp.db');
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(`${db}.lock`, `${holder.pid}\n`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `require('~/cloudfunctions/local/db-lock').holdLock(${JSON.stringify(db)})`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`is served by process ${holder.pid}`);
    expect(readFileSync(`${db}.lock`, 'utf8')).toBe(`${holder.pid}\n`);
  } finally {
    holder.kill();
  }
});
