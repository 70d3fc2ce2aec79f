/**
 * The database lock goes by the file, not the path as typed (cloudfunctions/local/db-lock.ts): while a server holds
 * a database, a symlink to the file (however its path is typed) names the same lock, so a key rotation or seed through it is
 * refused instead of writing under the running server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { holdLock } from '~/cloudfunctions/local/db-lock';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');

/** A process of its own holding `db`'s lock (test/support/lock-racer.ts keeps it 1.5 s), once it says so. */
async function heldElsewhere(db: string): Promise<ChildProcess> {
  const go = `${db}.go`;
  writeFileSync(go, '');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/support/lock-racer.ts'), db, go], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('held')) done();
      else if (out.includes('refused')) fail(new Error('the holder was refused'));
    });
  });
  return child;
}

test('a lock held on the real path refuses holdLock through a symlink to the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-lockpath-'));
  const real = join(dir, 'data', 'pp.db');
  mkdirSync(join(dir, 'data'));
  writeFileSync(real, '');
  const fileLink = join(dir, 'link.db');
  symlinkSync(real, fileLink);
  const holder = await heldElsewhere(real);
  try {
    expect(() => holdLock(fileLink, 'stop the server before rotating the key')).toThrow(
      new RegExp(`served by process ${holder.pid}`),
    );
    // The symlink typed as a relative path meets it too.
    expect(() => holdLock(relative(process.cwd(), fileLink))).toThrow(/数据库正在被另一个进程使用/);
  } finally {
    await new Promise((r) => holder.once('exit', r));
  }
});
