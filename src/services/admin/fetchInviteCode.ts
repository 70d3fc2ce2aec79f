/** The mini-program code (小程序码) of an invite, for the invitee to scan. */
import type { InviteCodeData } from '~/types/api';
import { callCloud } from '../cloud';

/** The image of `code`'s mini-program code ('' when it could not be made) and the accept page's path. */
export function fetchInviteCode(code: string): Promise<InviteCodeData> {
  return callCloud('admin', 'inviteCode', { code });
}
