/** When a request still waits on its promise (答复承诺): the time left is shown only then. */
import type { RequestStatus } from '~/types/requests';

/** Statuses in which the handler owes the first answer, contact or decision. */
const WAITING: readonly RequestStatus[] = ['pending', 'submitted', 'reviewing'];

/** True while the promise is running; the server's `overdue` also counts, whatever the status. */
export function isWaiting(status: RequestStatus, overdue: boolean): boolean {
  return overdue || WAITING.includes(status);
}
