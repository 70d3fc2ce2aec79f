/** An invite (邀请码) for a volunteer, mediator or staff member. */
import type { CreateInviteInput, InviteData } from '~/types/api';
import { callCloud } from '../cloud';

/** Creates the invite; replies with its code, expiry and the page that accepts it. */
export function createInvite(input: CreateInviteInput): Promise<InviteData> {
  return callCloud('admin', 'createInvite', input);
}
