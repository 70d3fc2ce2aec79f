/** The embedded store's scan writes, run inside the transactions group-commit.ts batches (scans.ts wires them). */
import type { ScanRecord } from '~/types/domain';
import { dayKey } from '~/types/day';
import { trimOldest } from '../../memory/bounded-map';
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

/** A scan's subjects without repeats (a subject listed twice is still one subject), and joined with spaces. */
interface SubjectGroup {
  list: readonly string[];
  distinct: ReadonlySet<string>;
  line: string;
}

/** Subject groups remembered, by post: Baicheng has 5,292 posts. */
const MAX_GROUPS = 20_000;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Builds the body of `record(scan, subjects)`, to run inside a transaction. A group commit of 100 scans of one
 * county touches that county's and the city's daily row 100 times each; summing the increments in memory and
 * writing each (subject, day) row once per transaction turns those into one upsert, the same figures in the end.
 */
export function scanRecorder(st: Statements): ScanRecorder {
  const visitorDays = new VisitorDays(st);
  // The transaction's rows by day, then by subject: the day and the post's subject strings (the same strings scan
  // after scan) are looked up as they are, where one `subject|day` key was a new string to build and hash, five a scan.
  const tally = new Map<string, Map<string, DailyBump>>();
  // Every scan of a post has the same subjects: their set and joined form are made once per post (and made again when
  // the list given differs, as after the post moved), where a new set, a join and a lookup by the joined text cost
  // ≈ 0.9 µs a scan (node 20, measured in a loop).
  const groups = new Map<string, SubjectGroup>();
  const groupOf = (postId: string, subjects: readonly string[]): SubjectGroup => {
    const held = groups.get(postId);
    if (held && sameList(held.list, subjects)) return held;
    const distinct = new Set(subjects);
    const group = { list: [...subjects], distinct, line: [...distinct].join(' ') };
    groups.set(postId, group);
    trimOldest(groups, MAX_GROUPS);
    return group;
  };
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
      const { distinct, line } = groupOf(scan.postId, subjects);
      const fresh = tracked ? visitorDays.newTo(day, scan.visitor, distinct, line) : NONE;
      let rows = tally.get(day);
      if (!rows) {
        rows = new Map();
        tally.set(day, rows);
      }
      for (const subject of distinct) {
        const isNewVisitor = fresh.has(subject);
        const row = rows.get(subject);
        if (row) {
          row.count += 1;
          row.unique += bit(isNewVisitor);
          row.inCircle += inCircle;
          row.withLocation += withLocation;
        } else {
          rows.set(subject, { subject, day, count: 1, unique: bit(isNewVisitor), inCircle, withLocation });
        }
      }
      return 'recorded';
    },
    end(): void {
      for (const rows of tally.values()) for (const row of rows.values()) st.bumpDaily.run(row);
      tally.clear();
    },
    // The tally starts again at the next begin(); the day's visitor set is read again from the file.
    rolledBack: () => visitorDays.reset(),
  };
}
