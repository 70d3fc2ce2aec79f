/**
 * Loads the coverage of one region (or the admin's scope) over a window of days, and keeps its state. Only the
 * clusters depend on the window: a change of days refetches them alone and keeps the circles and villages drawn.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverageData } from '~/types/api/dashboard';
import { fetchCoverage } from '~/src/services/admin/fetchCoverage';
import { fetchCoverageClusters } from '~/src/services/admin/fetchCoverageClusters';
import { CloudError } from '~/src/services/cloud';

/** What the coverage page draws from. */
export interface CoverageState {
  data: CoverageData | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => void;
}

/** The coverage of `regionCode` (undefined: the admin's scope) with out-of-circle scans of the last `days`. */
export function useCoverage(regionCode: string | undefined, days: number): CoverageState {
  const [data, setData] = useState<CoverageData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  const latest = useRef(0);
  // The region whose whole coverage `data` holds; null until one has arrived.
  const whole = useRef<string | null>(null);

  const load = useCallback(
    async (everything: boolean) => {
      const ticket = ++latest.current;
      const key = regionCode ?? '';
      const input = { ...(regionCode ? { regionCode } : {}), days };
      setLoading(true);
      setError(null);
      try {
        if (everything || whole.current !== key) {
          const reply = await fetchCoverage(input);
          if (ticket !== latest.current) return;
          whole.current = key;
          setData(reply);
        } else {
          const reply = await fetchCoverageClusters(input);
          if (ticket !== latest.current) return;
          setData((d) => (d ? { ...d, clusters: reply.clusters, days: reply.days } : d));
        }
      } catch (err) {
        if (ticket === latest.current) setError(err instanceof CloudError ? err : new CloudError('INTERNAL'));
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [regionCode, days],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  return { data, loading, error, reload: () => void load(true) };
}
