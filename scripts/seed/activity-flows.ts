/**
 * How the generated requests are handled (演示数据), one request at a time through the real actions: a question
 * answered by one of the post's volunteers (mostly within the promise) and later closed, or handed over by the
 * promise timer to the judicial office, which answers or closes it; a mediation case advanced step by step; a
 * legal-aid pre-application reviewed and decided within 7 days. Nothing happens after the end of the year.
 */
import type { WorkDetail } from '~/types/api/work';
import builtIn from '~/data/answer-templates.json';
import type { QuestionCategory } from '~/types/requests';
import type { Identity } from '~/cloudfunctions/domain/context';
import { AID_REASONS, CLOSE_NOTES, OFFICE_ANSWERS, PLAIN_ANSWERS, STEP_NOTES, TEMPLATE_OF } from './activity-texts';
import type { Rng } from './prng';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
const CST_MS = 8 * HOUR_MS;

/** What a flow may do: act as someone at a time, run the timer, and find the workers of a request. */
export interface Actor {
  rng: Rng;
  endMs: number;
  /** Runs `work.<action>` as `who` at `at`; throws on any refusal. */
  work(action: string, body: Record<string, unknown>, who: Identity, at: number): Promise<WorkDetail>;
  /** The request's current version and assignee. */
  current(id: string): Promise<{ version: number; assignee: string }>;
  /** Runs the promise timer at `at`. */
  tick(at: number): Promise<void>;
  /** One of the volunteers serving the post, or null when it has none. */
  volunteer(postId: string): Promise<Identity | null>;
  /** The mediator or staff member acting for a unit (service point id). */
  unitWorker(serviceId: string): Promise<Identity>;
}

const templates = new Map(builtIn.templates.map((t) => [t.id, t]));

/** Moves a time at night (22:00–07:00 CST) to the next morning, when people act. */
export function daytime(ms: number, rng: Rng): number {
  const hour = Math.floor(((ms + CST_MS) % DAY_MS) / HOUR_MS);
  if (hour >= 7 && hour < 22) return ms;
  const dayStart = ms - ((ms + CST_MS) % DAY_MS);
  const morning = (hour >= 22 ? dayStart + DAY_MS : dayStart) + 7 * HOUR_MS + rng.int(0, 150) * 60_000;
  return morning;
}

/** A yyyy-mm-dd day in CST, as the mediation step form sends it. */
function isoDay(ms: number): string {
  return new Date(ms + CST_MS).toISOString().slice(0, 10);
}

/** Hours to an answer within the promise: most the same day, a tail into the next. */
function onTimeHours(rng: Rng): number {
  return Math.min(23.5, 0.3 + Math.exp(rng.between(-0.5, 2.6)));
}

/** A question's life; returns true when it got an answer. */
export async function handleQuestion(
  a: Actor,
  id: string,
  postId: string,
  category: QuestionCategory,
  createdAt: number,
  dueAt: number,
) {
  const { rng, endMs } = a;
  const who = rng.chance(0.88) ? await a.volunteer(postId) : null;
  if (who) {
    const late = rng.chance(0.15);
    let at = createdAt + (late ? rng.between(25, 60) : onTimeHours(rng)) * HOUR_MS;
    const shifted = daytime(at, rng);
    if (late || shifted < dueAt - 60_000) at = shifted;
    if (at <= endMs) {
      // A question still waiting when a quarter of the promise is left gets the timer's reminder first.
      if (at > dueAt - 6 * HOUR_MS) await a.tick(dueAt - 6 * HOUR_MS + rng.int(1, 9) * 60_000);
      const template = templates.get(TEMPLATE_OF[category] ?? '');
      const text = template?.text ?? rng.pick(PLAIN_ANSWERS);
      const guideIds = template ? template.guideIds.slice(0, rng.int(1, 2)) : [];
      const { version } = await a.current(id);
      const done = await a.work('answer', { id, version, text, guideIds }, who, at);
      const closeAt = daytime(at + rng.between(1, 6) * DAY_MS, rng);
      if (rng.chance(0.7) && closeAt <= endMs) {
        await a.work('close', { id, version: done.version, note: rng.pick(CLOSE_NOTES) }, who, closeAt);
      }
      return true;
    }
  }
  // Nobody answered in time: the timer hands it over to the township's judicial office, which takes it up.
  const timerAt = dueAt + rng.int(1, 10) * 60_000;
  if (timerAt > endMs) return false;
  await a.tick(timerAt);
  const { version, assignee } = await a.current(id);
  if (assignee.startsWith('post:')) throw new Error(`演示数据：计时器没有转交 ${id}`);
  const staff = await a.unitWorker(assignee);
  const at = daytime(timerAt + rng.between(2, 30) * HOUR_MS, rng);
  if (at > endMs) return false;
  if (rng.chance(0.65)) {
    await a.work('answer', { id, version, text: rng.pick(OFFICE_ANSWERS) }, staff, at);
    return true;
  }
  await a.work('close', { id, version, note: '已电话联系群众，当面解答了问题' }, staff, at);
  return false;
}

/** A mediation case: 受理 → 调查 → 调解 → 达成协议 (≈75 %) / 未达成, then 回访 for most agreed. */
export async function handleMediation(a: Actor, id: string, createdAt: number): Promise<boolean> {
  const { rng, endMs } = a;
  const agreed = rng.chance(0.75);
  const steps: { to: keyof typeof STEP_NOTES; afterDays: number }[] = [
    { to: 'accepted', afterDays: rng.between(0.1, 2.8) },
    { to: 'investigating', afterDays: rng.between(1, 5) },
    { to: 'mediating', afterDays: rng.between(1, 6) },
    { to: agreed ? 'agreed' : 'failed', afterDays: rng.between(0.1, 3) },
  ];
  if (rng.chance(agreed ? 0.75 : 0.2)) steps.push({ to: 'revisited', afterDays: rng.between(10, 30) });
  // The last two weeks' cases are partly still under way at the end of the year.
  if (createdAt > endMs - 14 * DAY_MS && rng.chance(0.35)) steps.length = rng.int(1, 3);
  const { assignee } = await a.current(id);
  const who = await a.unitWorker(assignee);
  let at = createdAt;
  let version = 1;
  for (const step of steps) {
    at = daytime(at + step.afterDays * DAY_MS, rng);
    if (at > endMs) break;
    const body = { id, version, to: step.to, on: isoDay(at), note: rng.pick(STEP_NOTES[step.to]) };
    version = (await a.work('advance', body, who, at)).version;
  }
  return version > 1;
}

/** A legal-aid pre-application: 开始审查, then 准予 (≈70 %) or 不予 with a reason, within 7 days. */
export async function handleAid(a: Actor, id: string, createdAt: number): Promise<boolean> {
  const { rng, endMs } = a;
  const { assignee } = await a.current(id);
  const who = await a.unitWorker(assignee);
  let version = 1;
  let at = createdAt;
  if (rng.chance(0.8)) {
    at = daytime(createdAt + rng.between(2, 30) * HOUR_MS, rng);
    if (at > endMs) return false;
    const body = { id, version, decision: 'startReview', reason: rng.pick(AID_REASONS.startReview) };
    version = (await a.work('decide', body, who, at)).version;
  }
  // Some of the last week's applications are still under review at the end of the year.
  if (createdAt > endMs - 7 * DAY_MS && rng.chance(0.35)) return false;
  let decideAt = daytime(at + rng.between(0.5, 5) * DAY_MS, rng);
  if (decideAt > createdAt + 7 * DAY_MS) decideAt = createdAt + 7 * DAY_MS - rng.int(10, 300) * 60_000;
  if (decideAt > endMs || decideAt <= at) return false;
  const decision = rng.chance(0.7) ? 'approve' : 'decline';
  await a.work('decide', { id, version, decision, reason: rng.pick(AID_REASONS[decision]) }, who, decideAt);
  return true;
}
