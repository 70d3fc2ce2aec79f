/** Stopping (停用) or restoring (恢复) a volunteer. */
import type { PersonRow } from '~/types/api';
import { callCloud } from '../cloud';

/** `active: false` removes them from every post and ends their WeChat binding; `true` restores them, with no posts. */
export function deactivate(volunteerId: string, active: boolean): Promise<PersonRow> {
  return callCloud('admin', 'deactivate', { volunteerId, active });
}
