/** Demo mode on the H5 local runtime: which identities the role switcher offers. */
import type { DemoInfo } from './types';

/** The demo identities, or null when demo mode is off (404) or the server cannot be reached. */
export async function fetchDemo(): Promise<DemoInfo | null> {
  try {
    const res = await fetch('/dev/demo', { credentials: 'include' });
    if (!res.ok) return null;
    const body = (await res.json()) as DemoInfo;
    return Array.isArray(body.identities) ? body : null;
  } catch {
    return null;
  }
}
