/** The admins of the caller's region (管理员列表), with whether each may be revoked by the caller. */
import type { AdminsData } from '~/types/api';
import { callCloud } from '../cloud';

/** The list. */
export function fetchAdmins(): Promise<AdminsData> {
  return callCloud('admin', 'admins', {});
}
