/** Which requests still show their due time to the resident: only those whose promise is still owed. */
import { promisePending } from '~/types/lifecycle';
import type { RequestKind, RequestStatus } from '~/types/requests';

/**
 * True while the promise under the request still holds: the answer, first contact (受理 meets it) or decision is
 * still owed. A legal-aid application waiting for the applicant's supplement keeps its decision date, which the
 * supplement does not move; a question waiting for one gets a new promise when it comes.
 */
export function showsDue(kind: RequestKind, status: RequestStatus): boolean {
  return promisePending(kind, status) || (kind === 'aid' && status === 'needMore');
}
