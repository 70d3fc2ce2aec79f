/** Which request statuses still wait on someone: only those show a due time. */
import type { RequestStatus } from '~/types/requests';

const OPEN: readonly RequestStatus[] = [
  'pending',
  'submitted',
  'accepted',
  'investigating',
  'mediating',
  'reviewing',
  'needMore',
];

/** True while the request still waits for an answer, a step or a decision. */
export function isOpen(status: RequestStatus): boolean {
  return OPEN.includes(status);
}
