/** Loads the statistics of one subject (the admin's scope, or one post) and keeps its state. */
import { useCallback, useEffect, useState } from 'react';
import type { StatsData } from '../../../../../types/api';
import { fetchStats } from '../../../../services/admin/fetchStats';
import { CloudError } from '../../../../services/cloud';

/** What a stats panel draws from. */
export interface StatsState {
  stats: StatsData | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => void;
}

/** Stats of `postId`, or of the admin's own scope when postId is undefined; null postId waits. */
export function useStats(postId: string | null | undefined): StatsState {
  const [stats, setStats] = useState<StatsData | null>(null);
  const [loading, setLoading] = useState(postId !== null);
  const [error, setError] = useState<CloudError | null>(null);

  const load = useCallback(async () => {
    if (postId === null) return;
    setLoading(true);
    setError(null);
    try {
      setStats(await fetchStats(postId));
    } catch (err) {
      setStats(null);
      setError(err instanceof CloudError ? err : new CloudError('INTERNAL'));
    } finally {
      setLoading(false);
    }
  }, [postId]);

  useEffect(() => {
    void load();
  }, [load]);

  return { stats, loading, error, reload: () => void load() };
}
