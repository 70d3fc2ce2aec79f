/** Changing the network's settings: city admins only (others get FORBIDDEN). */
import type { SettingsData } from '~/types/api';
import { callCloud } from '../cloud';

/** Saves the answer promise in hours (2–72); replies with the settings as they now stand. */
export function updateSettings(questionPromiseHours: number): Promise<SettingsData> {
  return callCloud('admin', 'updateSettings', { questionPromiseHours });
}
