/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction. Each write still
 * runs in its own savepoint (a nested better-sqlite3 transaction), so one failing write rolls back alone and the
 * others commit; each caller is answered only after the shared commit. Under load this turns a hundred commits
 * (and a hundred WAL appends of the same hot counter pages) into one.
 */
import type Database from 'better-sqlite3';

/** Largest batch in one transaction, so one commit never holds the writer lock for long. */
const MAX_BATCH = 256;

interface Pending<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (err: unknown) => void;
}

type Settled<R> = { ok: true; value: R } | { ok: false; err: unknown };

/** A batched writer built from a one-item transaction function. */
export interface GroupWriter<T, R> {
  write(item: T): Promise<R>;
  /** Commits whatever is queued now (before closing the database). */
  flush(): void;
}

/** Wraps `one` (a db.transaction function) so that concurrent calls commit together. */
export function groupCommit<T, R>(db: Database.Database, one: (item: T) => R): GroupWriter<T, R> {
  let queue: Pending<T, R>[] = [];
  let scheduled = false;
  const runBatch = db.transaction((items: Pending<T, R>[]): Settled<R>[] =>
    items.map((p) => {
      try {
        return { ok: true, value: one(p.item) };
      } catch (err) {
        return { ok: false, err };
      }
    }),
  );

  function flush(): void {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      let settled: Settled<R>[];
      try {
        settled = runBatch(batch);
      } catch (err) {
        // The commit itself failed (disk full, lock timeout): nothing of this batch was written.
        for (const p of batch) p.reject(err);
        continue;
      }
      settled.forEach((s, i) => (s.ok ? batch[i].resolve(s.value) : batch[i].reject(s.err)));
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
