/** When a request still waits on its promise (答复承诺): the time left is shown only then. */
import { promisePending } from '~/types/lifecycle';
import type { RequestKind, RequestStatus } from '~/types/requests';

/**
 * True while the handler still owes the first answer, contact (受理) or decision, as the request's lifecycle says:
 * a met promise shows neither 还剩 nor 已超时, however long the rest of the work takes.
 */
export function isWaiting(kind: RequestKind, status: RequestStatus): boolean {
  return promisePending(kind, status);
}
