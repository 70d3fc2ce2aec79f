/** Binds the caller's WeChat account to an invite's role (接受邀请). */
import type { AcceptInviteData } from '~/types/api';
import { callCloud } from '../cloud';

/** Accepts invite `code`; replies with the role now held. */
export function acceptInvite(code: string): Promise<AcceptInviteData> {
  return callCloud('work', 'acceptInvite', { code });
}
