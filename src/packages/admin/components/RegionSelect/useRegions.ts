/** The child regions of one region (admin.regions), cached for the page's life so going back and forth is instant. */
import { useEffect, useState } from 'react';
import type { RegionsData } from '~/types/api';
import { fetchRegions } from '~/src/services/admin/fetchRegions';

const cache = new Map<string, Promise<RegionsData>>();
const ROOT = '';

/** Asks once per parent; a failed answer is dropped from the cache so the next render may ask again. */
function regionsOf(parentCode: string): Promise<RegionsData> {
  let pending = cache.get(parentCode);
  if (!pending) {
    pending = fetchRegions(parentCode === ROOT ? undefined : parentCode);
    pending.catch(() => cache.delete(parentCode));
    cache.set(parentCode, pending);
  }
  return pending;
}

/** Forgets every answer (tests, and a new admin after a sign-in). */
export function clearRegionCache(): void {
  cache.clear();
}

/** State of one level: null while loading. */
export interface RegionsState {
  data: RegionsData | null;
  error: string | null;
}

/** The children of `parentCode` (the admin's own region when null); skipped when `skip`. */
export function useRegions(parentCode: string | null, skip = false): RegionsState {
  const [state, setState] = useState<RegionsState>({ data: null, error: null });
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState({ data: null, error: null });
    regionsOf(parentCode ?? ROOT).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState({ data: null, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [parentCode, skip]);
  return state;
}
