/** The caller's requests with loading and error state. */
import { useCallback, useEffect, useState } from 'react';
import type { RequestSummary } from '../../../../../types/api';
import { CloudError } from '../../../../services/cloud';
import { fetchMyRequests } from '../../../../services/requests/fetchMyRequests';

/** What the list draws from. */
export interface MyRequestsState {
  requests: RequestSummary[] | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => Promise<void>;
}

/** Loads the caller's requests once on open; reload() after a change. */
export function useMyRequests(): MyRequestsState {
  const [requests, setRequests] = useState<RequestSummary[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setRequests(await fetchMyRequests());
    } catch (err) {
      setError(err instanceof CloudError ? err : new CloudError('INTERNAL'));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { requests, loading, error, reload };
}
