/**
 * The one way a page loads what it shows: the data, the error (a CloudError with its Chinese message), loading,
 * and reload for 重试 or pull-down. Only the newest load may draw: a slower reply to an older id, filter or period
 * is dropped, and so is a reply that arrives after the page has gone.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DependencyList } from 'react';
import { CloudError } from '../services/cloud';

/** What a page draws from. */
export interface Remote<T> {
  /** The last reply that arrived; kept while a newer load runs or fails, so a page may keep showing it. */
  data: T | null;
  /** The failure of the newest load, cleared when a load starts. */
  error: CloudError | null;
  loading: boolean;
  /** Loads again (重试, pull-down, back from another page); resolves when this load has drawn or been dropped. */
  reload: () => Promise<void>;
  /** Replaces the shown data after a change made on the page; a load still on its way is dropped. */
  setData: (update: T | null | ((had: T | null) => T | null)) => void;
}

/** Anything a service threw, as the error a page shows: a CloudError passes, the rest is INTERNAL. */
export function asCloudError(err: unknown): CloudError {
  return err instanceof CloudError ? err : new CloudError('INTERNAL');
}

/**
 * Runs `load` on mount and whenever `deps` change (as useEffect would); `load` null means nothing to load yet
 * (e.g. no id in the link): loading stays false and nothing is called.
 */
export function useRemote<T>(load: (() => Promise<T>) | null, deps: DependencyList): Remote<T> {
  const [data, setShown] = useState<T | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [loading, setLoading] = useState(load !== null);
  // Every load takes a ticket; only the holder of the newest may write. Unmounting takes one too.
  const ticket = useRef(0);

  // `deps` stand for what `load` reads, as in useEffect; the linter cannot see through a caller's array.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useMemo(() => load, deps);

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    if (!run) {
      setLoading(false);
      return;
    }
    setLoading(true);
    setError(null);
    try {
      const reply = await run();
      if (mine === ticket.current) setShown(reply);
    } catch (err) {
      if (mine === ticket.current) setError(asCloudError(err));
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(
    () => () => {
      ticket.current += 1;
    },
    [],
  );

  const setData = useCallback((update: T | null | ((had: T | null) => T | null)) => {
    ticket.current += 1;
    setLoading(false);
    setShown(update as T | null);
  }, []);

  return { data, error, loading, reload, setData };
}
