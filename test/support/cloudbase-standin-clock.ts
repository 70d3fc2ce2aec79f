/**
 * The stand-in's time model: a simulated clock where every database call is one round trip costing `latencyMs` of
 * simulated time. Calls issued together (Promise.all, a parallel wave) overlap, so a call's cost is paid on the
 * critical path only; calls issued one after another add up. Nothing sleeps in real time: the clock moves to the
 * next completion once the event loop has nothing else to do (a setImmediate), so a test at 20 ms per call runs as
 * fast as one at 0. A deadline (the function's timeout) makes any call that would finish after it fail as the
 * platform fails a function that runs out of time.
 */

/** A call that would end after the invocation's deadline: the platform kills the function, the write never lands. */
export class FunctionTimeout extends Error {
  readonly errCode = -504003;
  constructor(readonly timeoutMs: number) {
    super(`Invoking task timed out after ${timeoutMs / 1000} seconds`);
  }
}

/** What one invocation cost: database calls made and simulated time spent waiting on them. */
export interface InvocationCost {
  roundTrips: number;
  simulatedMs: number;
  /** Real time the stand-in spent answering those calls (to subtract from the invocation's wall time). */
  standinMs: number;
}

interface Waiter {
  at: number;
  resolve: () => void;
}

/** The simulated clock and round-trip counter shared by every collection of one stand-in database. */
export class SimClock {
  /** Simulated time (ms) since the stand-in was made. */
  now = 0;
  /** Database calls made since the stand-in was made. */
  roundTrips = 0;
  /** Real time (ms) the stand-in itself spent answering: not the caller's, so benches leave it out. */
  standinMs = 0;
  private queue: Waiter[] = [];
  private scheduled = false;
  private deadline: { at: number; timeoutMs: number } | null = null;

  constructor(readonly latencyMs: number) {}

  /** One round trip: resolves once `latencyMs` of simulated time has passed; rejects past the deadline. */
  async trip(): Promise<void> {
    this.roundTrips++;
    const at = this.now + this.latencyMs;
    const deadline = this.deadline;
    if (deadline && at > deadline.at) {
      await this.wait(deadline.at);
      throw new FunctionTimeout(deadline.timeoutMs);
    }
    await this.wait(at);
  }

  /** Runs the stand-in's own work for one answer, counting its real time apart from the caller's. */
  charge<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.standinMs += performance.now() - started;
    }
  }

  private wait(at: number): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push({ at, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.advance());
      }
    });
  }

  // Moves the clock to the earliest pending completion and releases every call due by then.
  private advance(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    let next = Infinity;
    for (const w of this.queue) next = Math.min(next, w.at);
    this.now = Math.max(this.now, next);
    const due = this.queue.filter((w) => w.at <= this.now);
    this.queue = this.queue.filter((w) => w.at > this.now);
    for (const w of due) w.resolve();
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.advance());
    }
  }

  /**
   * Runs one function invocation under its timeout: database calls that would end after `timeoutMs` of simulated
   * time reject with FunctionTimeout. Returns the value with what it cost. One invocation at a time per clock.
   */
  async invoke<T>(timeoutMs: number, run: () => Promise<T>): Promise<{ value: T } & InvocationCost> {
    if (this.deadline) throw new Error('stand-in: one invocation at a time');
    const start = { now: this.now, trips: this.roundTrips, standin: this.standinMs };
    this.deadline = { at: this.now + timeoutMs, timeoutMs };
    try {
      const value = await run();
      return { value, ...this.since(start) };
    } finally {
      this.deadline = null;
    }
  }

  /** The cost of `run` without a deadline (for setup steps and tests that only count). */
  async measure<T>(run: () => Promise<T>): Promise<{ value: T } & InvocationCost> {
    const start = { now: this.now, trips: this.roundTrips, standin: this.standinMs };
    const value = await run();
    return { value, ...this.since(start) };
  }

  private since(start: { now: number; trips: number; standin: number }): InvocationCost {
    return {
      roundTrips: this.roundTrips - start.trips,
      simulatedMs: this.now - start.now,
      standinMs: this.standinMs - start.standin,
    };
  }
}
