/**
 * Cloud function `cron` (the promise timer, 答复承诺计时): its one timer trigger (config.json, every 10 minutes)
 * reminds volunteers whose answer promise runs out soon and hands overdue questions over to the township's judicial
 * office. The local runtime runs the same tick (cloudfunctions/local/timer.ts, `npm run cron`).
 */
import { runTick } from '../../domain/cron/tick';
import { callerOpenid, cloudEvidence, cloudPusher, cloudStore } from '../cloud-main';
import { failure } from '../dispatch';

export async function main(event: Record<string, unknown>) {
  // Any mini-program user can call a function by name; only the trigger (which has no OPENID) may run the tick.
  if (callerOpenid() !== null || event.Type !== 'Timer') return failure('FORBIDDEN').result;
  const report = await runTick({ store: cloudStore, now: Date.now(), pusher: cloudPusher, evidence: cloudEvidence });
  console.log('[cron]', JSON.stringify(report));
  return { ok: true, data: report };
}
