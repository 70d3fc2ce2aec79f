/** Loads the dashboard of one subject for the shared period; a bad period is an inline message, not a blank page. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardData, PeriodInput } from '../../../../../types/api/dashboard';
import { fetchDashboard } from '../../../../services/admin/fetchDashboard';
import { CloudError } from '../../../../services/cloud';

/** Errors about the period the admin picked: shown beside the date pickers, the last figures stay. */
const PERIOD_ERRORS = new Set(['PERIOD_INVERTED', 'PERIOD_TOO_LONG', 'INVALID_INPUT']);

/** What the dashboard page draws from. */
export interface DashboardState {
  data: DashboardData | null;
  loading: boolean;
  /** A failure that leaves nothing to show (401, 403, network…). */
  error: CloudError | null;
  /** The server's Chinese message about the period, e.g. 结束日期不能早于开始日期. */
  periodError: string | null;
  reload: () => void;
}

/** The dashboard of `subject` (undefined: the admin's scope) over `period`. */
export function useDashboard(subject: string | undefined, period: PeriodInput): DashboardState {
  const [data, setData] = useState<DashboardData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const latest = useRef(0);
  const { preset, from, to } = period;

  const load = useCallback(async () => {
    // Chips can be tapped faster than the server answers: only the last request may draw.
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const p: PeriodInput = preset === 'custom' ? { preset, from, to } : { preset };
      const reply = await fetchDashboard({ ...(subject ? { subject } : {}), period: p });
      if (ticket !== latest.current) return;
      setData(reply);
      setError(null);
      setPeriodError(null);
    } catch (err) {
      if (ticket !== latest.current) return;
      const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
      if (PERIOD_ERRORS.has(e.code)) {
        setPeriodError(e.message);
      } else {
        setError(e);
      }
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [subject, preset, from, to]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, loading, error, periodError, reload: () => void load() };
}
