/** The caller's own profile (我的资料). */
import type { ProfileData } from '~/types/api';
import { callCloud } from '../cloud';

/** Name, phone, hours, unit and posts served. */
export function fetchProfile(): Promise<ProfileData> {
  return callCloud('work', 'profile', {});
}
