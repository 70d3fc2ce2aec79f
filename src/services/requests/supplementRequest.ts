/** Adding the detail a handler asked for (补充说明) to one's own request. */
import type { RequestStatus } from '~/types/requests';
import type { SupplementInput } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends the supplement; replies with the request's new status. */
export async function supplementRequest(input: SupplementInput): Promise<RequestStatus> {
  return (await callCloud('resident', 'supplement', input)).status;
}
