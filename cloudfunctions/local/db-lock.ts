/**
 * Which process serves a database file: `<db>.lock` holds the server's pid while it runs. A second server on the
 * same file is refused, and so is `npm run rotate-key` or `npm run seed` while a server runs: the server keeps the
 * data key in memory, and would go on writing under the old key after a rotation, leaving a mix no single key
 * opens. The lock is made atomically (linked into place whole: of two processes at the same moment, one gets it).
 * A lock whose process is gone (a crash, kill -9) is taken over, by one process at a time: the taker holds
 * `<db>.lock.takeover` (made the same way) while it checks the lock again, removes it and makes its own.
 * The lock goes by the file itself, not the path as typed: a symlink or another relative path to the same database
 * names the same lock (the real path of the file, or of its folder while the file does not exist yet).
 */
import { linkSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The real path of `dbPath`: the file's own, else its folder's with the name, else the path made absolute. */
export function realDbPath(dbPath: string): string {
  try {
    return realpathSync(dbPath);
  } catch {
    try {
      return join(realpathSync(dirname(dbPath)), basename(dbPath));
    } catch {
      return resolve(dbPath);
    }
  }
}

const lockPath = (dbPath: string) => `${realDbPath(dbPath)}.lock`;
const takeoverPath = (dbPath: string) => `${realDbPath(dbPath)}.lock.takeover`;

/** The live process other than this one whose pid `file` holds, or null (no file, no pid, or a dead one). */
function livePid(file: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(file, 'utf8').trim());
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

/** The pid of the live process other than this one that holds `dbPath`'s lock, or null. */
export function servingPid(dbPath: string): number | null {
  return dbPath === ':memory:' ? null : livePid(lockPath(dbPath));
}

/** Why a database in use cannot be used now, naming the process and the lock to remove if that is wrong. */
export function servedError(dbPath: string, pid: number, what: string): Error {
  return new Error(
    `数据库正在被另一个进程使用 (${dbPath} is served by process ${pid}): ${what}. If no server runs, remove ` +
      `${lockPath(dbPath)}.`,
  );
}

/**
 * Makes `file` holding this process's pid, whole, only if it does not exist: false when it does. Written to a file
 * of this process first and linked into place, so no other process ever reads it empty or half-written.
 */
function createWithPid(file: string): boolean {
  const mine = `${file}.${process.pid}.tmp`;
  writeFileSync(mine, `${process.pid}\n`, { mode: 0o600 });
  try {
    linkSync(mine, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Removes `file` if it holds this process's pid. */
function removeIfMine(file: string): void {
  try {
    if (Number(readFileSync(file, 'utf8').trim()) === process.pid) rmSync(file);
  } catch {
    // Already gone.
  }
}

/** Takes `dbPath`'s lock for this process; the returned function gives it back. */
export function holdLock(dbPath: string, what = 'stop it before starting another server on the same file'): () => void {
  if (dbPath === ':memory:') return () => undefined;
  const lock = lockPath(dbPath);
  const release = () => removeIfMine(lock);
  // A few rounds at most: each ends with the lock ours, a live holder named, or a dead holder's file removed.
  for (let round = 0; round < 5; round++) {
    if (createWithPid(lock)) return release;
    const pid = servingPid(dbPath);
    if (pid !== null) throw servedError(dbPath, pid, what);
    // A dead holder's lock: taken over by one process at a time.
    const takeover = takeoverPath(dbPath);
    if (!createWithPid(takeover)) {
      const taker = livePid(takeover);
      if (taker !== null) throw servedError(dbPath, taker, what);
      // The taker died between two file operations: its takeover file goes (two processes meeting a dead taker's
      // file at the same moment is the one case left unguarded: a crash inside another start's microseconds).
      rmSync(takeover, { force: true });
      continue;
    }
    try {
      // Read again under the takeover: only the process that holds it removes a lock it did not make.
      if (servingPid(dbPath) === null) rmSync(lock, { force: true });
      if (createWithPid(lock)) return release;
    } finally {
      removeIfMine(takeover);
    }
  }
  throw new Error(`数据库锁无法获取 (${lock} kept changing hands while this process tried to take it): ${what}.`);
}
