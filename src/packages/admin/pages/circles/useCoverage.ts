/**
 * Loads the coverage of one region (or the admin's scope) over a window of days, through useRemote (only the newest
 * load draws). Only the clusters depend on the window: a change of days refetches them alone and keeps the circles
 * and villages drawn; 重试 and a change of region fetch everything.
 */
import { useRef } from 'react';
import type { CoverageData } from '~/types/api/dashboard';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchCoverage } from '~/src/services/admin/fetchCoverage';
import { fetchCoverageClusters } from '~/src/services/admin/fetchCoverageClusters';
import type { CloudError } from '~/src/services/cloud';

/** What the coverage page draws from. */
export interface CoverageState {
  data: CoverageData | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => void;
}

/** The coverage of `regionCode` (undefined: the admin's scope) with out-of-circle scans of the last `days`. */
export function useCoverage(regionCode: string | undefined, days: number): CoverageState {
  // The last whole coverage that arrived, and the region it is of.
  const whole = useRef<{ key: string; data: CoverageData } | null>(null);
  const everything = useRef(false);
  const remote = useRemote<CoverageData>(async () => {
    const key = regionCode ?? '';
    const input = { ...(regionCode ? { regionCode } : {}), days };
    const had = whole.current;
    if (everything.current || !had || had.key !== key) {
      everything.current = false;
      const data = await fetchCoverage(input);
      whole.current = { key, data };
      return data;
    }
    const reply = await fetchCoverageClusters(input);
    return { ...had.data, clusters: reply.clusters, days: reply.days };
  }, [regionCode, days]);
  const { data, loading, error } = remote;
  return {
    data,
    loading,
    error,
    reload: () => {
      everything.current = true;
      void remote.reload();
    },
  };
}
