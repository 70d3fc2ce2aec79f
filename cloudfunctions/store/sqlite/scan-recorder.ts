/** The embedded store's scan writes, run inside the transactions group-commit.ts batches (scans.ts wires them). */
import type { ScanRecord } from '~/types/domain';
import { dayKey } from '~/types/day';
import type { RecordOutcome } from '../port';
import { ROLLUP_META } from '../rollups';
import { bit, scanParams } from './mappers';
import type { DailyBump, Statements } from './statements';
import { VisitorDays } from './visitor-days';

/** Writes one scan and its visitor-day row; its daily counters are summed and written at the transaction's end. */
export type ScanWrite = (scan: ScanRecord, subjects: string[]) => RecordOutcome;

/** The scan writer of one transaction: `begin`, any number of `write`s, then `end` (see group-commit.ts). */
export interface ScanRecorder {
  begin(): void;
  write: ScanWrite;
  end(): void;
  /** The transaction was rolled back: what the recorder keeps in memory is read again from the file. */
  rolledBack(): void;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Builds the body of `record(scan, subjects)`, to run inside a transaction. A group commit of 100 scans of one
 * county touches that county's and the city's daily row 100 times each; summing the increments in memory and
 * writing each (subject, day) row once per transaction turns those into one upsert, the same figures in the end.
 */
export function scanRecorder(st: Statements): ScanRecorder {
  const visitorDays = new VisitorDays(st);
  const tally = new Map<string, DailyBump>();
  let horizon: string | undefined;
  return {
    begin(): void {
      tally.clear();
      // Read once per transaction: the horizon only moves in a rollup, which never runs inside a scan batch.
      horizon = st.metaGet.get(ROLLUP_META.visitorHorizon);
    },
    write(scan: ScanRecord, subjects: string[]): RecordOutcome {
      if (st.insertScan.run(...scanParams(scan)).changes === 0) {
        return st.scanPostId.get(scan.scanId) === scan.postId ? 'duplicate' : 'conflict';
      }
      const day = dayKey(scan.at);
      const inCircle = bit(scan.inCircle === true);
      const withLocation = bit(scan.distanceM !== null);
      // Visitor sets of days before the horizon are pruned (rollups.ts): such a late scan is no new visitor.
      const tracked = horizon === undefined || day >= horizon;
      // A subject listed twice is still one subject: counting it twice would inflate its totals.
      const distinct = new Set(subjects);
      const fresh = tracked ? visitorDays.newTo(day, scan.visitor, distinct) : NONE;
      for (const subject of distinct) {
        const isNewVisitor = fresh.has(subject);
        const key = `${subject}|${day}`;
        const row = tally.get(key);
        if (row) {
          row.count += 1;
          row.unique += bit(isNewVisitor);
          row.inCircle += inCircle;
          row.withLocation += withLocation;
        } else {
          tally.set(key, { subject, day, count: 1, unique: bit(isNewVisitor), inCircle, withLocation });
        }
      }
      return 'recorded';
    },
    end(): void {
      for (const row of tally.values()) st.bumpDaily.run(row);
      tally.clear();
    },
    // The tally starts again at the next begin(); the day's visitor set is read again from the file.
    rolledBack: () => visitorDays.reset(),
  };
}
