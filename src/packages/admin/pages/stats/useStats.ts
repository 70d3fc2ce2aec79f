/** Loads the statistics of one subject (the admin's scope, or one post) and keeps its state. */
import type { StatsData } from '~/types/api';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchStats } from '~/src/services/admin/fetchStats';
import type { CloudError } from '~/src/services/cloud';

/** What a stats panel draws from. */
export interface StatsState {
  stats: StatsData | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => void;
}

/** Stats of `postId`, or of the admin's own scope when postId is undefined; null postId waits. */
export function useStats(postId: string | null | undefined): StatsState {
  const { data, loading, error, reload } = useRemote(postId === null ? null : () => fetchStats(postId), [postId]);
  // A failed load shows no figures, not the last subject's.
  return { stats: error ? null : data, loading, error, reload: () => void reload() };
}
