/**
 * The promise timer (答复承诺计时), run by the `cron` cloud function's trigger and by the local runtime: reminds the
 * post's volunteers when a quarter of the promise is left, then hands overdue questions over to the township's
 * judicial office, recording both in the history. Idempotent: a second run at the same time changes nothing more;
 * a question someone changed meanwhile (a 'stale' update) is skipped, not an error. Each run also brings the
 * statistics rollups up to date (at most ROLLUP_BATCH new scans a run).
 */
import { allows, nextOf } from '~/types/lifecycle';
import { REMIND_WHEN_LEFT } from '~/types/requests';
import type { RequestRow, RollupOutcome, Store } from '../../store/port';
import type { Pusher } from '../context';
import { notify, workersOf, type NotifyContext } from '../notify';
import type { EvidenceFiles } from '../requests/evidence';
import { sweepPhotoSlots } from '../requests/photo-sweep';
import { promiseHours } from '../settings';
import { judicialOfficeOf } from '../work/detail';
import { TIMER_TEXT } from './texts';

/** At most this many questions of each sort per run; the next run takes the rest. */
export const TICK_BATCH = 200;
/** At most this many raw scans are folded into the rollups per run (a few hundred ms); the next run takes the rest. */
export const ROLLUP_BATCH = 50_000;
/** At most this many half-recorded scans are repaired per run (they are rare: a crash or a lost reply each). */
export const REPAIR_BATCH = 50;
/** At most this many records' uncopied audit entries are copied per run (each is a fault cut short: rare). */
export const AUDIT_BATCH = 100;
const HOUR_MS = 3600 * 1000;

/** What one run needs: the store, the time it runs at, and how to push notices. */
export interface TickInput {
  store: Store;
  now: number;
  pusher: Pusher;
  /** Evidence uploads in cloud storage (CloudBase), whose slots never attached the run sweeps; absent locally. */
  evidence?: EvidenceFiles;
}

/** What one run did. */
export interface TickReport {
  /** Questions whose volunteers were reminded. */
  reminded: number;
  /** Overdue questions handed over to a judicial office. */
  handedOver: number;
  /** Questions changed by someone while the run worked on them (left for the next run, if still due). */
  skipped: number;
  /** Overdue questions with no judicial office to go to (left with the post, reported). */
  noOffice: number;
  /** Scans left half-recorded by a crash or a lost reply that this run repaired (CloudBase). */
  repaired?: number;
  /** Why the repair of half-recorded scans failed; like the rollup, it never stops the promise timer. */
  repairError?: string;
  /** Audit entries of changes that this run copied into the log (CloudBase: a copy cut short by a fault). */
  auditSettled?: number;
  /** Why copying them failed; it never stops the promise timer, and the next run tries again. */
  auditError?: string;
  /** The statistics rollup of this run (top and idle posts, hours, out-of-circle cells); null when it failed. */
  rollup: RollupOutcome | null;
  /** Why the rollup failed; it never stops the promise timer, and the next run tries again. */
  rollupError?: string;
  /** Expired idempotency claims (store.meta.claim) this run removed. */
  claimsSwept?: number;
  /** Why the sweep of expired claims failed; it never stops the promise timer either. */
  claimsError?: string;
  /** Evidence uploads never attached that this run deleted from cloud storage (CloudBase, a day after upload). */
  photosSwept?: number;
  /** Why that sweep failed; it never stops the promise timer, and the next run tries again. */
  photosError?: string;
}

async function handOver(ctx: NotifyContext, row: RequestRow, hours: number, report: TickReport): Promise<void> {
  // The store lists pending questions; the lifecycle says the timer may hand them over, and to which status.
  const [status] = nextOf(row.kind, row.status, 'escalate');
  if (status === undefined) {
    report.skipped++;
    return;
  }
  const office = await judicialOfficeOf(ctx.store, row);
  if (!office) {
    report.noOffice++;
    return;
  }
  const at = ctx.now();
  const note = TIMER_TEXT.handedOver(hours, office.name);
  const outcome = await ctx.store.requests.update(row.id, row.version, {
    at,
    status,
    assignee: office.id,
    dueAt: at + hours * HOUR_MS,
    escalatedAt: at,
    event: { at, status, by: TIMER_TEXT.system, note },
  });
  if (outcome !== 'ok') {
    report.skipped++;
    return;
  }
  report.handedOver++;
  await Promise.all([
    notify(
      ctx,
      workersOf(ctx.store, office.id),
      { title: TIMER_TEXT.assignedTitle, body: row.title, requestId: row.id, target: 'work' },
      'assigned',
    ),
    notify(
      ctx,
      [row.owner],
      { title: TIMER_TEXT.residentTitle, body: note, requestId: row.id, target: 'resident' },
      'progress',
    ),
  ]);
}

async function remind(ctx: NotifyContext, row: RequestRow, report: TickReport): Promise<void> {
  if (!allows(row.kind, row.status, 'remind', 'timer')) {
    report.skipped++;
    return;
  }
  const at = ctx.now();
  const outcome = await ctx.store.requests.update(row.id, row.version, {
    at,
    remindedAt: at,
    event: { at, status: row.status, by: TIMER_TEXT.system, note: TIMER_TEXT.reminded },
  });
  if (outcome !== 'ok') {
    report.skipped++;
    return;
  }
  report.reminded++;
  const hoursLeft = Math.max(1, Math.round((row.dueAt - at) / HOUR_MS));
  await notify(
    ctx,
    workersOf(ctx.store, row.assignee),
    {
      title: TIMER_TEXT.remindTitle,
      body: TIMER_TEXT.remindBody(row.title, hoursLeft),
      requestId: row.id,
      target: 'work',
    },
    'reminder',
  );
}

/** One run of the timer at `now`. */
export async function runTick({ store, now, pusher, evidence }: TickInput): Promise<TickReport> {
  const ctx: NotifyContext = { store, now: () => now, pusher };
  const report: TickReport = { reminded: 0, handedOver: 0, skipped: 0, noOffice: 0, rollup: null };
  const hours = await promiseHours(store);
  // Overdue first: what is handed over leaves the posts, so the reminders below see only questions still due.
  const overdue = await store.requests.dueQuestions(now - 1, false, TICK_BATCH);
  for (const row of overdue) await handOver(ctx, row, hours, report);
  const window = now + REMIND_WHEN_LEFT * hours * HOUR_MS;
  const soon = await store.requests.dueQuestions(window, true, TICK_BATCH);
  for (const row of soon.filter((r) => r.dueAt >= now)) await remind(ctx, row, report);
  // The figures come last: the promises above are owed to residents; the figures can wait for the next run.
  // Half-recorded scans are repaired before the rollup, so their counters are summed in this same run.
  try {
    report.repaired = (await store.scans.repairPending(now, REPAIR_BATCH)).repaired;
  } catch (err) {
    report.repairError = err instanceof Error ? err.message : String(err);
  }
  try {
    report.auditSettled = await store.audit.settle(AUDIT_BATCH);
  } catch (err) {
    report.auditError = err instanceof Error ? err.message : String(err);
  }
  try {
    report.rollup = await store.stats.rollup(ROLLUP_BATCH, now);
  } catch (err) {
    report.rollupError = err instanceof Error ? err.message : String(err);
  }
  try {
    report.claimsSwept = await store.meta.sweepClaims(now);
  } catch (err) {
    report.claimsError = err instanceof Error ? err.message : String(err);
  }
  // Never throws; the local runtime sweeps its own photo rows beside the tick (local/uploads.ts).
  if (evidence?.uploads) Object.assign(report, await sweepPhotoSlots(store, evidence, now));
  return report;
}
