/** The caller's own requests (我的诉求). */
import type { RequestSummary } from '~/types/api';
import { callCloud } from '../cloud';

/** The caller's requests, newest first. */
export async function fetchMyRequests(): Promise<RequestSummary[]> {
  const reply = await callCloud('resident', 'myRequests', {});
  return reply.requests;
}
