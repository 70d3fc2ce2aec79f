/**
 * The landing's location, with the resident's consent and never in the landing's way: the page renders from the
 * scan call alone. If location is already allowed (privacy consent given and WeChat's scope granted), a fix is
 * taken in the background and sent after the scan (scan.locate: it completes that scan, never a second one); a
 * fix from the last two minutes went with the scan itself (useLanding). Otherwise a small card offers 分享位置
 * once; 不用了 (or refusing WeChat's dialog) is remembered, so nobody is asked again on every scan.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GeoPoint } from '~/types/domain';
import { ensurePrivacyConsent, privacyConsentNeeded } from '../../components/PageShell/privacy';
import { locationAuthorized } from '../../services/geo/locationAuthorized';
import { fixNow } from '../../services/geo/whereNow';
import { sendScanLocation } from '../../services/post/sendScanLocation';
import { IS_H5 } from '../../services/platform';
import { useAppStore } from '../../stores';
import { useScanQueue } from '../../stores/scanQueue';

/** Where the landing's scan stands, as useLanding reports it. */
export interface LandingScan {
  id: string;
  state: 'sending' | 'recorded' | 'queued' | 'failed';
  /** The scan already carried a location: nothing to follow up. */
  located: boolean;
}

/** What the page draws: the card while `asking`, and its two answers. */
export interface ScanLocationState {
  asking: boolean;
  allow: () => void;
  decline: () => void;
}

async function alreadyGranted(): Promise<boolean> {
  if (await privacyConsentNeeded()) return false;
  // H5 has no scope setting to read: the resident's own earlier 分享位置 stands for it.
  if (IS_H5) return useAppStore.getState().landingLocation === 'allowed';
  return locationAuthorized();
}

/** A queued scan (the landing failed for want of network) takes the location along when it is sent. */
function attachToQueued(scanId: string, location: GeoPoint): void {
  const queue = useScanQueue.getState();
  const queued = queue.scans.find((q) => q.scanId === scanId);
  if (queued) queue.enqueue({ ...queued, location });
}

/** Runs the landing's location steps for `scan` of `postId`. */
export function useScanLocation(postId: string | null, scan: LandingScan | null): ScanLocationState {
  const setAnswer = useAppStore((s) => s.setLandingLocation);
  const [asking, setAsking] = useState(false);
  const [fix, setFix] = useState<GeoPoint | null>(null);
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (!postId || useAppStore.getState().landingLocation === 'refused') return;
    let live = true;
    void (async () => {
      if (await alreadyGranted()) {
        const got = await fixNow();
        if (live && typeof got === 'object') setFix(got);
      } else if (live && useAppStore.getState().landingLocation === null) setAsking(true);
    })();
    return () => {
      live = false;
    };
    // Once per landing: the scan it belongs to is fixed for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!fix || !postId || !scan || scan.located || sentFor.current === scan.id) return;
    if (scan.state === 'recorded') {
      sentFor.current = scan.id;
      // Best effort: on a weak network the scan stands without its location rather than retrying.
      sendScanLocation(postId, scan.id, fix).catch(() => undefined);
    } else if (scan.state === 'queued') {
      sentFor.current = scan.id;
      attachToQueued(scan.id, fix);
    }
  }, [fix, postId, scan]);

  const allow = useCallback(() => {
    setAsking(false);
    void (async () => {
      if (!(await ensurePrivacyConsent())) return setAnswer('refused');
      const got = await fixNow();
      if (got === 'refused') return setAnswer('refused');
      if (got === 'late') return;
      setAnswer('allowed');
      setFix(got);
    })();
  }, [setAnswer]);

  const decline = useCallback(() => {
    setAsking(false);
    setAnswer('refused');
  }, [setAnswer]);

  return { asking, allow, decline };
}
