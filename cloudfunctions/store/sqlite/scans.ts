/**
 * The embedded store's scans (扫码): recording one (answered after its group commit, group-commit.ts), adding a
 * location to a recorded one, and the count. A scan and its counters are one transaction here.
 */
import type Database from 'better-sqlite3';
import type { ScanRecord } from '~/types/domain';
import type { ScansPort } from '../port';
import { groupCommit } from './group-commit';
import { scanLocator } from './scan-locate';
import { scanRecorder } from './scan-recorder';
import type { Statements } from './statements';

/** The scans group of one connection, and `flush`: commits the scans still queued (before a rollup or a close). */
export function sqliteScans(db: Database.Database, st: Statements): { scans: ScansPort; flush(): void } {
  const recorder = scanRecorder(st);
  const writer = groupCommit(
    db,
    (a: { scan: ScanRecord; subjects: string[] }) => recorder.write(a.scan, a.subjects),
    recorder,
  );
  const locate = scanLocator(db, st);
  return {
    scans: {
      record: (scan, subjects) => writer.write({ scan, subjects }),
      locate: async (fix, subjects) => locate(fix, subjects),
      count: async () => st.countScans.get() ?? 0,
      // A scan and its counters are one transaction here: nothing is ever left half-recorded.
      repairPending: async () => ({ repaired: 0, more: false }),
    },
    flush: () => writer.flush(),
  };
}
