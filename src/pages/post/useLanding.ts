/**
 * Landing data for one post: cached data at once, then ONE scan call; retries reuse the same scan id. A scan
 * lost to the network is queued and sent later with its original time.
 */
import { useRef, useState } from 'react';
import type { LandingData } from '~/types/api';
import type { ScanSource } from '~/types/domain';
import type { CloudError } from '../../services/cloud';
import { asCloudError, useRemote } from '../../hooks/useRemote';
import { landPost } from '../../services/post/landPost';
import { newScanId } from '../../services/post/newScanId';
import { freshFix } from '../../services/geo/whereNow';
import { useAppStore } from '../../stores';
import { queueOnFailure, useScanQueue } from '../../stores/scanQueue';
import type { LandingScan } from './useScanLocation';

/** Why a post cannot be shown: unknown (or malformed) id, or retired. */
export type GoneReason = 'notFound' | 'retired';

/** What the landing page draws from. */
export interface LandingState {
  /** Fresh data, or the cached copy until the network answers. */
  data: LandingData | null;
  loading: boolean;
  error: CloudError | null;
  gone: GoneReason | null;
  /** This visit's scan, for the location that may follow it (useScanLocation). */
  scan: LandingScan | null;
  retry: () => void;
}

function goneReason(err: CloudError): GoneReason | null {
  if (err.code === 'POST_RETIRED') return 'retired';
  if (err.code === 'POST_NOT_FOUND' || err.code === 'INVALID_INPUT') return 'notFound';
  return null;
}

/** Loads (and logs a scan of) `postId`; a null id is an unknown post and calls nothing. */
export function useLanding(postId: string | null, source: ScanSource): LandingState {
  const data = useAppStore((s) => (postId ? (s.landings[postId]?.data ?? null) : null));
  const saveLanding = useAppStore((s) => s.saveLanding);
  const forgetPost = useAppStore((s) => s.forgetPost);
  const [gone, setGone] = useState<GoneReason | null>(postId === null ? 'notFound' : null);
  const scanId = useRef<Promise<string> | null>(null);
  const scannedAt = useRef(Date.now());
  const [scan, setScan] = useState<LandingScan | null>(null);
  // A fix of the last two minutes (this session, so consent was given) travels with the scan: no wait, no follow-up.
  const location = useRef(useAppStore.getState().landingLocation === 'refused' ? null : freshFix());

  // One scan per visit: the first render's `send` serves every retry (postId and source are the page's own).
  const send = async (): Promise<void> => {
    if (!postId) return;
    scanId.current ??= newScanId();
    const id = await scanId.current;
    const queue = useScanQueue.getState();
    const fix = location.current;
    const located = fix !== null;
    setScan({ id, state: 'sending', located });
    try {
      saveLanding(await landPost(postId, id, source, fix), Date.now());
      setScan({ id, state: 'recorded', located });
      // The network is back: this scan no longer waits, and older queued ones can follow it.
      queue.remove(id);
      void queue.flush();
    } catch (err) {
      const cloudErr = asCloudError(err);
      const later = queueOnFailure(cloudErr.code);
      if (later) {
        queue.enqueue({ postId, scanId: id, at: scannedAt.current, source, ...(fix ? { location: fix } : {}) });
      }
      setScan({ id, state: later ? 'queued' : 'failed', located });
      const reason = goneReason(cloudErr);
      // A retired or unknown post is no failure to retry: the page says it is gone.
      if (!reason) throw cloudErr;
      forgetPost(postId);
      setGone(reason);
    }
  };
  const { loading, error, reload } = useRemote(postId ? send : null, []);

  return { data, loading, error, gone, scan, retry: () => void reload() };
}
