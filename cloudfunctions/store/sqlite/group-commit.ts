/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, and each caller is
 * answered only after that commit. Under load this turns a hundred commits (and a hundred WAL appends of the same
 * hot counter pages) into one. Failures are rare (input is validated before it gets here), so the batch runs
 * without per-write savepoints; if it fails, it is rolled back whole and each write is retried in a transaction
 * of its own, so one bad write fails alone and the others still commit.
 */
import type Database from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

/** Largest batch in one transaction, so one commit never holds the writer lock for long. */
const MAX_BATCH = 256;

interface Pending<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (err: unknown) => void;
}

/** A batched writer built from a one-item transaction function. */
export interface GroupWriter<T, R> {
  write(item: T): Promise<R>;
  /** Commits whatever is queued now (before closing the database). */
  flush(): void;
}

/** Work done once per transaction around its writes (e.g. counters summed over the batch), inside it. */
export interface BatchHooks {
  begin(): void;
  end(): void;
  /** After a transaction failed and was rolled back: state kept beside the database is no longer to be trusted. */
  rolledBack?(): void;
}

const NO_HOOKS: BatchHooks = { begin: () => undefined, end: () => undefined };

/** Wraps `write` (statements without a transaction of their own) so that concurrent calls commit together. */
export function groupCommit<T, R>(
  db: Database.Database,
  write: (item: T) => R,
  hooks: BatchHooks = NO_HOOKS,
): GroupWriter<T, R> {
  let queue: Pending<T, R>[] = [];
  let scheduled = false;
  const runBatch = writeTransaction(db, (items: Pending<T, R>[]): R[] => {
    hooks.begin();
    const results = items.map((p) => write(p.item));
    hooks.end();
    return results;
  });
  const runOne = writeTransaction(db, (item: T): R => {
    hooks.begin();
    const result = write(item);
    hooks.end();
    return result;
  });

  function settleOneByOne(batch: Pending<T, R>[]): void {
    for (const p of batch) {
      try {
        p.resolve(runOne(p.item));
      } catch (err) {
        hooks.rolledBack?.();
        p.reject(err);
      }
    }
  }

  /** Whether `err` is the store's condition rather than one item's: a lock held elsewhere, a full or read-only disk. */
  function failsEveryWrite(err: unknown): boolean {
    const code = (err as { code?: unknown })?.code;
    return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|FULL|READONLY|IOERR|CANTOPEN)/.test(code);
  }

  function flush(): void {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      let results: R[];
      try {
        results = batch.length === 1 ? [runOne(batch[0].item)] : runBatch(batch);
      } catch (err) {
        hooks.rolledBack?.();
        // One bad item fails a batch, and is found by writing the items one by one. A lock held elsewhere (BUSY)
        // or a disk that refuses writes fails them all alike: each would wait out the busy timeout again on the
        // main thread (a batch of 10 scans held every request 22 s behind another process's lock), so the whole
        // batch, and what queued behind it, is refused at once with the same fault.
        if (batch.length === 1) batch[0].reject(err);
        else if (failsEveryWrite(err)) {
          for (const p of [...batch, ...queue]) p.reject(err);
          queue = [];
        } else settleOneByOne(batch);
        continue;
      }
      results.forEach((r, i) => batch[i].resolve(r));
    }
  }

  return {
    write(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
