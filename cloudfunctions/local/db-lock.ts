/**
 * Which process serves a database file: `<db>.lock` holds the server's pid while it runs. A second server on the
 * same file is refused, and so is `npm run rotate-key` while a server runs: the server keeps the data key in memory,
 * and would go on writing under the old key after a rotation, leaving a mix no single key opens. A lock whose
 * process is gone (a crash, kill -9) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

const lockPath = (dbPath: string) => `${dbPath}.lock`;

/** The pid of the live process other than this one that holds `dbPath`'s lock, or null. */
export function servingPid(dbPath: string): number | null {
  if (dbPath === ':memory:') return null;
  let pid: number;
  try {
    pid = Number(readFileSync(lockPath(dbPath), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive, owned by another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Why a database in use cannot be used now, naming the process and the lock to remove if that is wrong. */
export function servedError(dbPath: string, pid: number, what: string): Error {
  return new Error(
    `数据库正在被另一个进程使用 (${dbPath} is served by process ${pid}): ${what}. If no server runs, remove ` +
      `${lockPath(dbPath)}.`,
  );
}

/** Takes `dbPath`'s lock for this process; the returned function gives it back. */
export function holdLock(dbPath: string): () => void {
  if (dbPath === ':memory:') return () => undefined;
  const pid = servingPid(dbPath);
  if (pid !== null) throw servedError(dbPath, pid, 'stop it before starting another server on the same file');
  const fd = openSync(lockPath(dbPath), 'w', 0o600);
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return () => {
    try {
      if (Number(readFileSync(lockPath(dbPath), 'utf8').trim()) === process.pid) rmSync(lockPath(dbPath));
    } catch {
      // Already gone.
    }
  };
}
