/** Saves the caller's own profile. */
import type { ProfileData, UpdateProfileInput } from '~/types/api';
import { callCloud } from '../cloud';

/** Saves name, phone, whether it is public, hours and photo; replies with the profile as stored. */
export function updateProfile(input: UpdateProfileInput): Promise<ProfileData> {
  return callCloud('work', 'updateProfile', input);
}
