/** Loads the coverage of one region (or the admin's scope) over a window of days, and keeps its state. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverageData } from '../../../../../types/api/dashboard';
import { fetchCoverage } from '../../../../services/admin/fetchCoverage';
import { CloudError } from '../../../../services/cloud';

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

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(null);
    try {
      const reply = await fetchCoverage({ ...(regionCode ? { regionCode } : {}), days });
      if (ticket === latest.current) setData(reply);
    } catch (err) {
      if (ticket === latest.current) setError(err instanceof CloudError ? err : new CloudError('INTERNAL'));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [regionCode, days]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, loading, error, reload: () => void load() };
}
