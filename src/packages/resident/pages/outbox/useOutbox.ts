/** The caller's notices with loading and error state, and marking them read. */
import { useCallback, useState } from 'react';
import type { Notice } from '~/types/api';
import { CloudError } from '~/src/services/cloud';
import { fetchOutbox } from '~/src/services/requests/fetchOutbox';
import { readOutbox } from '~/src/services/requests/readOutbox';

/** What the page draws from. */
export interface OutboxState {
  /** Newest first; null until the first load. */
  notices: Notice[] | null;
  unread: number;
  error: CloudError | null;
  reload: () => Promise<void>;
  /** Marks one notice read (at once on screen; the server is told in the background). */
  markRead: (id: string) => void;
  /** Marks every notice read; rejects with the server's error. */
  markAllRead: () => Promise<void>;
}

const asCloudError = (err: unknown) => (err instanceof CloudError ? err : new CloudError('INTERNAL'));

/** Loads on reload(); the page calls it on every show and on pull-down. */
export function useOutbox(): OutboxState {
  const [notices, setNotices] = useState<Notice[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<CloudError | null>(null);

  const reload = useCallback(async () => {
    setError(null);
    try {
      const data = await fetchOutbox();
      setNotices([...data.notices].sort((a, b) => b.at - a.at));
      setUnread(data.unread);
    } catch (err) {
      setError(asCloudError(err));
    }
  }, []);

  const markRead = useCallback((id: string) => {
    setNotices((list) => list?.map((n) => (n.id === id ? { ...n, read: true } : n)) ?? null);
    setUnread((n) => Math.max(0, n - 1));
    // A lost mark only leaves the notice unread on the next load; the tap still opens the request.
    readOutbox([id]).then(setUnread, () => undefined);
  }, []);

  const markAllRead = useCallback(async () => {
    const left = await readOutbox();
    setNotices((list) => list?.map((n) => ({ ...n, read: true })) ?? null);
    setUnread(left);
  }, []);

  return { notices, unread, error, reload, markRead, markAllRead };
}
