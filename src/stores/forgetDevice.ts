/** 删除我的数据 on the device: every draft, the recent posts, the cached post pages and the location answer. */
import { emptyDrafts } from './draftsKept';
import { useAppStore } from './index';

/**
 * Clears what this phone keeps about the resident: drafts of every kind (in memory and in storage), the recent
 * posts and cached landings (where they went), and the remembered location answer. Settings that are not about
 * them (elder mode, privacy consent) stay. Synchronous: works offline, before the server is asked.
 */
export function forgetThisDevice(): void {
  useAppStore.setState({ drafts: emptyDrafts(), landings: {}, recent: [], landingLocation: null });
}
