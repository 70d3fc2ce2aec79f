/** The network's settings, e.g. the answer promise (答复时限). */
import type { SettingsData } from '~/types/api';
import { callCloud } from '../cloud';

/** Reads the settings (any admin). */
export function fetchSettings(): Promise<SettingsData> {
  return callCloud('admin', 'settings', {});
}
