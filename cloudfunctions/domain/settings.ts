/** Settings of the network kept in the store (meta): the answer promise (答复承诺) of questions. */
import { PROMISE_HOURS_MAX, PROMISE_HOURS_MIN, QUESTION_PROMISE_HOURS } from '~/types/requests';
import type { AuditEntry, Store } from '../store/port';

/** The meta key of the answer promise, in whole hours. */
export const PROMISE_KEY = 'question_promise_hours';
const HOUR_MS = 3600 * 1000;

/** The answer promise in hours: the stored setting, or QUESTION_PROMISE_HOURS when unset or unreadable. */
export async function promiseHours(store: Store): Promise<number> {
  const raw = await store.meta.get(PROMISE_KEY);
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= PROMISE_HOURS_MIN && n <= PROMISE_HOURS_MAX ? n : QUESTION_PROMISE_HOURS;
}

/** The answer promise in milliseconds. */
export async function promiseMs(store: Store): Promise<number> {
  return (await promiseHours(store)) * HOUR_MS;
}

/** Stores the answer promise. */
export async function setPromiseHours(store: Store, hours: number, audit: AuditEntry): Promise<void> {
  await store.meta.set(PROMISE_KEY, String(hours), { audit });
}
