/** Counting windows shared by every process of a runtime (store/cloudbase/rate-windows.ts). */

/** One call counted in a window of time: at most `limit` calls of `key` in each window of `windowMs`. */
export interface WindowCount {
  key: string;
  limit: number;
  windowMs: number;
  /** The time that places the call in its window (a scan's own time); the call's arrival when absent. */
  at?: number;
}

/**
 * Windows kept in the store, so that a limit holds however many processes serve the calls: CloudBase runs a
 * function in as many containers as its load asks for, each with its own memory. The local runtime is one process
 * and keeps its windows in memory; its store has no such group.
 */
export interface WindowsPort {
  /** Counts one call in each window, or in none when any of them is already full (false). */
  take(counts: readonly WindowCount[], now: number): Promise<boolean>;
  /** Gives back one count of each window, for a call that was counted and then not carried out. */
  give(counts: readonly WindowCount[], now: number): Promise<void>;
}
