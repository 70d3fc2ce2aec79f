/** Ends the admin rights of an admin below the caller (撤销管理员); audit-logged by the server. */
import { callCloud } from '../cloud';

/** Revokes `openid`. */
export function revokeAdmin(openid: string): Promise<{ revoked: true }> {
  return callCloud('admin', 'revokeAdmin', { openid });
}
