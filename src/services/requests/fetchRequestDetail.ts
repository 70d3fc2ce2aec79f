/** One of the caller's own requests in full. */
import type { RequestDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** The request `id` with its fields, timeline and answers. */
export function fetchRequestDetail(id: string): Promise<RequestDetail> {
  return callCloud('resident', 'requestDetail', { id });
}
