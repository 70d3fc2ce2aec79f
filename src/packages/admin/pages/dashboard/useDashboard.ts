/** Loads the dashboard of one subject for the shared period; a bad period is an inline message, not a blank page. */
import type { DashboardData, PeriodInput } from '~/types/api/dashboard';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchDashboard } from '~/src/services/admin/fetchDashboard';
import type { CloudError } from '~/src/services/cloud';

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
  const { preset, from, to } = period;
  // Chips can be tapped faster than the server answers: only the last request may draw.
  const { data, loading, error, reload } = useRemote(() => {
    const p: PeriodInput = preset === 'custom' ? { preset, from, to } : { preset };
    return fetchDashboard({ ...(subject ? { subject } : {}), period: p });
  }, [subject, preset, from, to]);
  const aboutPeriod = error !== null && PERIOD_ERRORS.has(error.code);
  return {
    data,
    loading,
    error: aboutPeriod ? null : error,
    periodError: aboutPeriod ? error.message : null,
    reload: () => void reload(),
  };
}
