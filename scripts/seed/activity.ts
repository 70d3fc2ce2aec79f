/**
 * A generated year of residents' requests and of their handling (演示数据), for the dashboard's funnel
 * (扫码 → 诉求 → 已答复 → 已办结), the volunteers' answer times against the promise, and the mediation and legal-aid
 * counts. Every request is made and handled through the real actions (dispatch with validation, routing,
 * encryption, timelines, notices, versions) with the clock set to the moment each step happens, so the rows are
 * exactly what the product writes. Residents are `gen-resident-<n>`; workers are built in memory (`gen-worker-…`).
 * Deterministic in shape for a given count and end day (request ids stay random, as the product makes them).
 */
import contentFilter from '~/data/content-filter.json';
import type { SubmitReply } from '~/types/api/requests';
import type { WorkDetail } from '~/types/api/work';
import type { FunctionName } from '~/types/api';
import type { Post, User } from '~/types/domain';
import type { RequestKind } from '~/types/requests';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { NO_PUSH, type HandlerContext, type Identity } from '~/cloudfunctions/domain/context';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import type { AuditEntry, Dataset, Store } from '~/cloudfunctions/store/port';
import { handleAid, handleMediation, handleQuestion, type Actor } from './activity-flows';
import { ResidentInputs } from './activity-inputs';
import { personName } from './names';
import { firstActivePost } from './users';
import { createRng, type Rng } from './prng';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
const CST_MS = 8 * HOUR_MS;
/** Relative weight of each hour of the day (China time) at which residents ask. */
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 1, 2, 5, 9, 11, 10, 7, 5, 6, 8, 9, 8, 7, 7, 9, 10, 6, 3, 1];
/** January … December: more in the slack farming months (农闲) and before the Spring Festival, like the scans. */
const MONTH_WEIGHTS = [1.35, 1.3, 1.0, 0.8, 0.75, 0.8, 0.85, 0.85, 0.8, 0.9, 1.1, 1.25];
/** The demo county gets a little more than its share. */
const DEMO_COUNTY = '220802';

/** The generated residents do not hit the per-minute guard: each step happens at its own moment of the year. */
class NoLimit extends RateLimiter {
  override hit(): boolean {
    return true;
  }
}

/** A secret of the local runtime (cloudfunctions/local/server.ts): the stored one, or 32 new random bytes in hex. */
/** Creation times of `count` requests over the 365 days ending with the day of `endMs`, oldest first. */
function creationTimes(rng: Rng, count: number, endMs: number): number[] {
  const endDay = Math.floor((endMs + CST_MS) / DAY_MS);
  const weights = Array.from({ length: 365 }, (_, d) => {
    const month = new Date((endDay - 364 + d) * DAY_MS).getUTCMonth();
    return (0.7 + (0.5 * d) / 364) * MONTH_WEIGHTS[month];
  });
  const total = weights.reduce((s, w) => s + w, 0);
  const hourTotal = HOUR_WEIGHTS.reduce((s, w) => s + w, 0);
  const out: number[] = [];
  let carry = 0;
  for (let d = 0; d < 365; d++) {
    const exact = (count * weights[d]) / total + carry;
    const n = d === 364 ? count - out.length : Math.floor(exact);
    carry = exact - n;
    const dayStart = (endDay - 364 + d) * DAY_MS - CST_MS;
    for (let k = 0; k < n; k++) {
      let x = rng.next() * hourTotal;
      let hour = 0;
      while (x >= HOUR_WEIGHTS[hour]) x -= HOUR_WEIGHTS[hour++];
      let at = dayStart + hour * HOUR_MS + rng.int(0, HOUR_MS - 1);
      if (at > endMs) at = dayStart + Math.floor(rng.next() * (endMs - dayStart));
      out.push(at);
    }
  }
  return out.sort((x, y) => x - y);
}

/**
 * Makes `count` requests over the 365 days before `endMs` at the active posts of `data` (≈80 % questions, 12 %
 * mediation, 8 % legal aid) and handles them as the assigned workers would. Returns how many requests were made,
 * how many got an answer or decision (firstAnswerAt set), and the time taken in ms. Throws on any refusal.
 */
export async function writeActivity(
  store: Store,
  data: Dataset,
  count: number,
  endMs: number,
  keys: { visitorSalt: string; dataKey: Buffer },
  options: { demoInbox?: boolean } = {},
): Promise<{ requests: number; answered: number; ms: number }> {
  const started = performance.now();
  const rng = createRng(`activity-${count}`);
  const names = createRng('activity-workers');
  const active = data.posts.filter((p) => p.status === 'active');
  const weighted: Post[] = active.flatMap((p) => (p.countyCode === DEMO_COUNTY ? [p, p] : [p]));
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const residents = new ResidentInputs(rng, regions);
  let t = endMs;
  // The audit log (审计日志) lists entries in the order they were written, as a running product writes them: in time.
  // Here each request is handled start to finish before the next is made, so its entries would land among later
  // requests' and the audit page would read out of order. They are held, then written oldest first at the end.
  // (Nothing in the flows reads the log back.)
  const audits: AuditEntry[] = [];
  const seeding: Store = {
    ...store,
    audit: { ...store.audit, append: async (entry) => void audits.push(entry) },
    // A change's entry is held too (the change is stored without it), once the change is stored.
    requests: {
      ...store.requests,
      update: async (id, version, { audit, ...change }) => {
        const outcome = await store.requests.update(id, version, change);
        if (audit && outcome === 'ok') audits.push(audit);
        return outcome;
      },
    },
  };
  const ctx: HandlerContext = {
    store: seeding,
    identity: { openid: null, user: null },
    now: () => t,
    secrets: { visitorSalt: keys.visitorSalt, dataKey: keys.dataKey },
    contentChecker: wordListChecker(contentFilter.words, contentFilter.review),
    pusher: NO_PUSH,
  };
  const limiter = new NoLimit();
  // The timer's scan rollup is left out: the seed rebuilds the aggregates from the raw scans itself.
  const timerStore: Store = {
    ...seeding,
    stats: { ...store.stats, rollup: () => Promise.reject(new Error('skipped')) },
  };

  async function call<T>(fn: FunctionName, body: Record<string, unknown>, who: Identity, at: number): Promise<T> {
    t = at;
    ctx.identity = who;
    const out = await dispatch(fn, ROUTES[fn], body, ctx, limiter);
    if (!out.result.ok) throw new Error(`演示数据：${fn}.${String(body.action)} 失败：${out.result.error.message}`);
    return out.result.data as T;
  }

  const workers = new Map<string, Identity>();
  const identity = (user: User): Identity => ({ openid: user.openid, user });
  const actor: Actor = {
    rng,
    endMs,
    work: (action, body, who, at) => call<WorkDetail>('work', { action, ...body }, who, at),
    async current(id) {
      const rec = await store.requests.byId(id);
      if (!rec) throw new Error(`演示数据：找不到诉求 ${id}`);
      return { version: rec.version, assignee: rec.assignee };
    },
    async tick(at) {
      await runTick({ store: timerStore, now: at, pusher: NO_PUSH });
    },
    async volunteer(postId) {
      const serving = await store.volunteers.forPost(postId, 20);
      if (serving.length === 0) return null;
      const v = rng.pick(serving);
      const role = v.isMediator ? 'mediator' : 'volunteer';
      const openid = `gen-worker-${v.id}`;
      return identity({ openid, role, regionCode: v.villageCode, label: v.name, volunteerId: v.id, serviceId: null });
    },
    async unitWorker(serviceId) {
      const known = workers.get(serviceId);
      if (known) return known;
      const unit = await store.services.byId(serviceId);
      const room = unit?.kind === 'mediationRoom';
      const made = identity({
        openid: `gen-worker-${serviceId}`,
        role: room ? 'mediator' : 'staff',
        regionCode: unit?.regionCode ?? serviceId.replace(/^\D+/, ''),
        label: room ? personName(names) : (unit?.name ?? serviceId),
        volunteerId: null,
        serviceId,
      });
      workers.set(serviceId, made);
      return made;
    },
  };

  let answered = 0;
  const times = creationTimes(rng, count, endMs);
  for (let n = 0; n < times.length; n++) {
    const post = rng.pick(weighted);
    const x = rng.next();
    const kind: RequestKind = x < 0.8 ? 'question' : x < 0.92 ? 'mediation' : 'aid';
    const resident: Identity = { openid: `gen-resident-${n + 1}`, user: null };
    const body =
      kind === 'question'
        ? residents.ask(post)
        : kind === 'mediation'
          ? residents.mediation(post)
          : residents.aid(post);
    const reply = await call<SubmitReply>('resident', body, resident, times[n]);
    const done =
      body.action === 'ask'
        ? await handleQuestion(actor, reply.id, post.id, body.category, times[n], reply.dueAt)
        : kind === 'mediation'
          ? await handleMediation(actor, reply.id, times[n])
          : await handleAid(actor, reply.id, times[n]);
    if (done) answered++;
  }
  const waiting = options.demoInbox ? await waitingForDemoWorkers(data, endMs, residents, call, actor) : 0;
  // A stable sort: entries of the same millisecond keep the order they were made in.
  audits.sort((a, b) => a.at - b.at);
  for (const entry of audits) await store.audit.append(entry);
  return {
    requests: times.length + waiting,
    answered,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The year ends with work waiting for the demo workers, so a person trying a worker's role finds something to do:
 * at the demo volunteer's post, a question asked 30 hours ago that nobody answered, which the timer hands to the
 * township's judicial office (the demo staff member's); a question asked 90 minutes ago for the post's volunteers
 * (the demo volunteer's); and a legal-aid pre-application an hour ago, on the general channel, for the county's
 * legal-aid centre (the demo aid staff member's). The demo mediator's room has the year's mediations already.
 * Returns how many requests it made.
 */
async function waitingForDemoWorkers(
  data: Dataset,
  endMs: number,
  residents: ResidentInputs,
  call: <T>(fn: FunctionName, body: Record<string, unknown>, who: Identity, at: number) => Promise<T>,
  actor: Actor,
): Promise<number> {
  const post = firstActivePost(data.posts);
  const resident = (n: number): Identity => ({ openid: `gen-resident-inbox-${n}`, user: null });
  await call('resident', residents.ask(post), resident(1), endMs - 30 * HOUR_MS);
  await actor.tick(endMs - 2 * HOUR_MS);
  await call('resident', residents.ask(post), resident(2), endMs - 90 * 60 * 1000);
  await call('resident', { ...residents.aid(post), channel: 'none' }, resident(3), endMs - HOUR_MS);
  return 3;
}
