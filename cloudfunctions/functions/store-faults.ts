/**
 * Storage faults as answers: a database that refuses writes (read-only file or mount, a full disk, an I/O error,
 * a lock held too long) is a condition of the server, not a bug in a request. It answers 503 with a stable code and
 * a Chinese message, and the server keeps serving reads and answers writes again once the condition clears.
 */
import type { ErrorCode } from '~/types/errors';

/** Seconds a client is asked to wait before trying a write again (the `Retry-After` of a 503). */
export const STORE_RETRY_AFTER_S = 30;

function codeOf(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, cause } = err as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause === undefined || cause === err ? null : codeOf(cause);
}

/**
 * The error code to answer for a storage fault (SQLite's result codes, as better-sqlite3 names them, and Node's
 * file-system errors), or null when `err` is something else.
 */
export function storeFault(err: unknown): ErrorCode | null {
  const code = codeOf(err);
  if (code === null) return null;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'STORE_READ_ONLY';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'STORE_FULL';
  // Transient conditions of the store or the machine (a lock, a lost lock protocol, memory, an I/O error): try again.
  if (/^SQLITE_(IOERR|BUSY|CANTOPEN|LOCKED|PROTOCOL|NOMEM)/.test(code) || code === 'EIO' || code === 'ENOMEM')
    return 'STORE_UNAVAILABLE';
  return null;
}
