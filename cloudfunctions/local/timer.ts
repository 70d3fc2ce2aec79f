/**
 * The promise timer (答复承诺计时) on the local runtime: the same tick the `cron` cloud function runs on its
 * trigger, run every TICK_MS while the server is up, and on demand through POST /dev/cron (demo mode only) or
 * `npm run cron`. On demand, `hoursLater` runs the tick as if that many hours had passed, so a demo can show an
 * overdue question being handed over without waiting a day.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NO_PUSH } from '../domain/context';
import { runTick, type TickReport } from '../domain/cron/tick';
import { failure } from '../functions/dispatch';
import type { Store } from '../store/port';
import { BodyTooLarge, readBody, sendJson } from './http-util';
import { sweepOrphanPhotos } from './uploads';

/** Every 10 minutes, as the cloud trigger `0 *\/10 * * * * *`. */
export const TICK_MS = 10 * 60 * 1000;
const HOUR_MS = 3_600_000;
/** The furthest a demo may jump ahead. */
const MAX_HOURS_LATER = 24 * 30;

/** Starts the periodic tick; returns a stop function. Errors are logged, never thrown. */
export function startTimer(store: Store, now: () => number, log: (err: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runTick({ store, now: now(), pusher: NO_PUSH })
      .then(() => sweepOrphanPhotos(store, now()))
      .catch(log)
      .finally(() => {
        running = false;
      });
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** POST /dev/cron {hoursLater?: number}: runs one tick now (or that many hours from now) and replies its report. */
export async function devCron(req: IncomingMessage, res: ServerResponse, store: Store, now: () => number) {
  let hoursLater = 0;
  try {
    const raw = (await readBody(req)).toString('utf8').trim();
    const body = raw === '' ? {} : (JSON.parse(raw) as { hoursLater?: unknown });
    if (body.hoursLater !== undefined) {
      const h = body.hoursLater;
      if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > MAX_HOURS_LATER) {
        const out = failure('INVALID_INPUT', `hoursLater 应为 0 到 ${MAX_HOURS_LATER} 之间的数字`);
        return sendJson(res, out.status, out.result);
      }
      hoursLater = h;
    }
  } catch (err) {
    const out = failure(err instanceof BodyTooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY');
    return sendJson(res, out.status, out.result);
  }
  const at = now() + hoursLater * HOUR_MS;
  const report: TickReport = await runTick({ store, now: at, pusher: NO_PUSH });
  // Local photos never attached to a request go with the same tick (on CloudBase photos live in cloud storage).
  const orphanPhotos = await sweepOrphanPhotos(store, at);
  return sendJson(res, 200, { ok: true, data: { ...report, orphanPhotos } });
}
