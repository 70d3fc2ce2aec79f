/**
 * Which subjects (post, village, township, county, city) a visitor is new to on a day: the unique-visitor
 * counters (独立访客) count a visitor once per subject and day. Used inside the scan recorder's transactions.
 *
 * The current day lives in memory and in the visitor log (steps/visitor-log.ts): a new visitor's scan appends a
 * log row instead of inserting into visitor_days at a random place, and no read is needed, since the day's set is
 * held here whole. When a later day begins, the log joins visitor_days in one pass (in that scan's transaction)
 * and is emptied, so the log only ever holds one day. Other days (a queued scan arriving late) use visitor_days
 * as before. Durable state is the database alone: a new connection (a restart, or after a rolled-back
 * transaction) rebuilds the memory from the log and the table.
 *
 * Memory is bounded: past `cap` visitors in a day the set stops growing, and a visitor it does not hold is
 * looked up in (and written to) visitor_days, as for other days. The set still holds every logged row, so the log
 * and the table together stay exact.
 */
import { ShardedMap } from '../../memory/sharded-map';
import type { Statements } from './statements';

/**
 * Visitors of one day held in memory: about 100 bytes each (test/cloud/visitor-days-memory.test.ts measures it), so
 * at most about 50 MB. Baicheng's busiest day is far below it.
 */
export const DAY_SET_CAP = 500_000;
/** Distinct first-visit subject lists shared between visitors: one per post, whatever the number of visitors. */
const SHARED_LISTS_CAP = 50_000;

const split = (subjects: string): string[] => subjects.split(' ');

/** Of `subjects`, those not in `seen`. */
function unseen(subjects: ReadonlySet<string>, seen: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of subjects) if (!seen.has(s)) out.push(s);
  return out;
}

export class VisitorDays {
  /** The day held in memory; null until first used (and after a rollback, so it is read again). */
  private today: string | null = null;
  /** Whether `known` holds every visitor of `today` (else a visitor it lacks is looked up in the table). */
  private whole = false;
  /**
   * A visitor's subjects of the day. A list is never changed in place once the day is read (only a visitor's own
   * list, while `load` reads the day, before it is frozen), so visitors with the same subjects (all first-time
   * visitors of one post) share one list: a visitor costs the memory of a map entry and a key, which the garbage
   * collector no longer copies object by object on every scan (scan bench, --gc). Sharded, so that its growth never
   * stalls a batch of scans (memory/sharded-map.ts).
   */
  private readonly known = new ShardedMap<string, readonly string[]>();
  /**
   * The shared lists, by their subjects joined with spaces (the form the visitor log stores). Only a visitor's first
   * list is shared: a list grown by a later post is the visitor's own, or one visitor walking past many posts would
   * leave a shared list of every length on the way.
   */
  private readonly lists = new Map<string, readonly string[]>();

  constructor(
    private readonly st: Statements,
    private readonly cap = DAY_SET_CAP,
  ) {}

  /**
   * Which of `subjects` the visitor is new to on `day`, recording them. `line`: the subjects joined with spaces, when
   * the caller has it made already. The set is only read, never kept or changed.
   */
  newTo(
    day: string,
    visitor: string,
    subjects: ReadonlySet<string>,
    line = [...subjects].join(' '),
  ): ReadonlySet<string> {
    this.advance(day);
    if (day !== this.today) return this.fromTable(day, visitor, subjects, line);
    const held = this.known.get(visitor);
    if (!held) {
      if (!this.whole) return this.fromTable(day, visitor, subjects, line);
      this.st.appendVisitorLog.run(day, visitor, line);
      this.known.set(visitor, this.shared(line));
      if (this.known.size >= this.cap) this.whole = false;
      return subjects;
    }
    const seen = new Set(held);
    // Not whole: the visitor may also have a table row, written while the set was full.
    if (!this.whole) for (const s of split(this.st.visitorDaySubjects.get(day, visitor) ?? '')) seen.add(s);
    const fresh = unseen(subjects, seen);
    if (fresh.length > 0) {
      this.st.appendVisitorLog.run(day, visitor, fresh.join(' '));
      this.known.set(visitor, Object.freeze([...held, ...fresh]));
    }
    return new Set(fresh);
  }

  /** Forgets the memory: the transaction that changed it was rolled back, so it is read again from the file. */
  reset(): void {
    this.today = null;
    this.whole = false;
    this.known.clear();
    this.lists.clear();
  }

  /** The shared list of the subjects in `line` (joined with spaces). */
  private shared(line: string): readonly string[] {
    const list = this.lists.get(line);
    if (list) return list;
    const made = Object.freeze(split(line));
    if (this.lists.size < SHARED_LISTS_CAP) this.lists.set(line, made);
    return made;
  }

  /** Brings `today` up to `day`: on first use from the log, and at a new day by folding the log into the table. */
  private advance(day: string): void {
    if (this.today !== null && day <= this.today) return;
    if (this.today === null) {
      // The log's day is the day the last connection held (the log only ever holds one day).
      const logged = this.st.visitorLogDay.get();
      if (logged !== undefined) {
        this.load(logged);
        if (day <= logged) return;
      }
    }
    this.st.foldVisitorLog.run();
    this.st.clearVisitorLog.run();
    this.load(day);
  }

  private load(day: string): void {
    this.today = day;
    this.known.clear();
    this.lists.clear();
    // A visitor with several rows (one per post it went on to) gets a list of its own, grown in place while the day
    // is read and frozen at the end: copying it at every row was O(k²) for a visitor of k posts, at every start.
    const grown = new Map<string, string[]>();
    const add = (visitor: string, line: string): void => {
      const own = grown.get(visitor);
      if (own) {
        for (const subject of split(line)) own.push(subject);
        return;
      }
      const held = this.known.get(visitor);
      if (!held) {
        this.known.set(visitor, this.shared(line));
        return;
      }
      const list = [...held, ...split(line)];
      grown.set(visitor, list);
      this.known.set(visitor, list);
    };
    for (const row of this.st.visitorLogRows.iterate(day)) add(row.visitor, row.subjects);
    let tableRows = 0;
    for (const row of this.st.visitorDayRows.iterate(day, this.cap)) {
      tableRows += 1;
      add(row.visitor, row.subjects);
    }
    for (const list of grown.values()) Object.freeze(list);
    this.whole = tableRows < this.cap && this.known.size < this.cap;
  }

  /**
   * The table path: one insert for a visitor's first scan of the day, a read and at most one update for the next.
   * Exact for a day before `today` (the log holds only `today`) and for a visitor of `today` the set does not hold.
   */
  private fromTable(day: string, visitor: string, subjects: ReadonlySet<string>, line: string): ReadonlySet<string> {
    if (this.st.insertVisitorDay.run(day, visitor, line).changes === 1) return subjects;
    const known = split(this.st.visitorDaySubjects.get(day, visitor) ?? '');
    const fresh = unseen(subjects, new Set(known));
    if (fresh.length > 0) this.st.setVisitorDaySubjects.run([...known, ...fresh].join(' '), day, visitor);
    return new Set(fresh);
  }
}
