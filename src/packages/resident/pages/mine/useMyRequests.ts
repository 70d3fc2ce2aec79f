/** The caller's requests with loading and error state. */
import type { RequestSummary } from '~/types/api';
import { useRemote } from '~/src/hooks/useRemote';
import type { CloudError } from '~/src/services/cloud';
import { fetchMyRequests } from '~/src/services/requests/fetchMyRequests';

/** What the list draws from. */
export interface MyRequestsState {
  requests: RequestSummary[] | null;
  loading: boolean;
  error: CloudError | null;
  reload: () => Promise<void>;
}

/** Loads the caller's requests once on open; reload() after a change. */
export function useMyRequests(): MyRequestsState {
  const { data, loading, error, reload } = useRemote(fetchMyRequests, []);
  return { requests: data, loading, error, reload };
}
