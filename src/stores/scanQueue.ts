/**
 * Scans that failed for want of network: persisted, capped, and sent later with their original time. A location
 * that goes with one is kept roughly (ROUGH_DECIMALS), and 删除我的数据 drops the whole queue, in memory and
 * storage, even halfway through a round of sending.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { STORE_FAULT_CODES, type ErrorCode } from '~/types/errors';
import type { GeoPoint } from '~/types/domain';
import { CloudError } from '../services/cloud';
import { forgetFix } from '../services/geo/whereNow';
import { sendQueuedScan, type QueuedScan } from '../services/scan/sendQueuedScan';
import { guardedStorage, onForget } from './deviceForgotten';
import { taroStorage } from './taroStorage';
import { IS_H5 } from '../services/platform';

export type { QueuedScan } from '../services/scan/sendQueuedScan';

/** How many scans the phone keeps at most; the oldest go first. */
export const SCAN_QUEUE_CAP = 50;

/** Storage key of the queue (apart from the app store: it is written on the hot path of a failed scan). */
export const SCAN_QUEUE_KEY = 'pioneer-post-scan-queue';

/**
 * Decimals a queued location keeps: 0.001° is about 110 m north-south and 80 m east-west here, so the phone holds
 * "near this post", not a doorstep. The server rounds distances to 10 m and counts a 500 m circle; the added error
 * (at most about 70 m) only moves scans at the circle's edge.
 */
export const ROUGH_DECIMALS = 3;

/** `p` to ROUGH_DECIMALS. */
export function roughly(p: GeoPoint): GeoPoint {
  const f = 10 ** ROUGH_DECIMALS;
  return { lat: Math.round(p.lat * f) / f, lng: Math.round(p.lng * f) / f };
}

const rough = (scan: QueuedScan): QueuedScan => (scan.location ? { ...scan, location: roughly(scan.location) } : scan);

// Answers that no retry can change: the scan is dropped rather than sent forever.
const HOPELESS: readonly ErrorCode[] = ['INVALID_INPUT', 'POST_NOT_FOUND', 'POST_RETIRED', 'SCAN_ID_CONFLICT'];
// Answers that mean "not now": keep the scan and stop this round.
const LATER: readonly ErrorCode[] = ['NETWORK', 'RATE_LIMITED', ...STORE_FAULT_CODES];

/** Whether a landing's failed scan is kept for later: no network, or a server whose disk refuses writes for now. */
export function queueOnFailure(code: ErrorCode): boolean {
  return code === 'NETWORK' || (STORE_FAULT_CODES as readonly ErrorCode[]).includes(code);
}

/** The queue and what can be done with it. */
export interface ScanQueueState {
  scans: QueuedScan[];
  /** Keeps `scan` (once per scanId, its location rounded), dropping the oldest past the cap. */
  enqueue: (scan: QueuedScan) => void;
  /** Forgets a scan, e.g. because a retry got through. */
  remove: (scanId: string) => void;
  /** Sends every queued scan in order; resolves with how many were sent. One round runs at a time. */
  flush: () => Promise<number>;
}

let running: Promise<number> | null = null;

/** The scan-queue store hook. */
export const useScanQueue = create<ScanQueueState>()(
  persist(
    (set, get) => ({
      scans: [],
      enqueue: (scan) =>
        set((s) => ({
          scans: [...s.scans.filter((q) => q.scanId !== scan.scanId), rough(scan)]
            .sort((a, b) => a.at - b.at)
            .slice(-SCAN_QUEUE_CAP),
        })),
      remove: (scanId) => set((s) => ({ scans: s.scans.filter((q) => q.scanId !== scanId) })),
      flush: () => {
        running ??= (async () => {
          let sent = 0;
          for (const scan of get().scans) {
            // Gone meanwhile (删除我的数据, or sent by a landing): not sent.
            if (!get().scans.some((q) => q.scanId === scan.scanId)) continue;
            try {
              await sendQueuedScan(scan);
              sent++;
              get().remove(scan.scanId);
            } catch (err) {
              const code = err instanceof CloudError ? err.code : 'NETWORK';
              if (HOPELESS.includes(code)) get().remove(scan.scanId);
              else if (LATER.includes(code)) break;
            }
          }
          return sent;
        })().finally(() => {
          running = null;
        });
        return running;
      },
    }),
    {
      name: SCAN_QUEUE_KEY,
      // 2: locations are kept roughly; a queue stored exactly is rounded when read.
      version: 2,
      migrate: (old) => {
        const scans = (old as Partial<ScanQueueState> | undefined)?.scans;
        return { scans: Array.isArray(scans) ? scans.map(rough) : [] };
      },
      storage: createJSONStorage(() => guardedStorage(taroStorage)),
      partialize: (s) => ({ scans: s.scans }),
    },
  ),
);

// 删除我的数据: the positions the phone holds go, queued scans and the session's last fix.
onForget(() => {
  useScanQueue.setState({ scans: [] });
  forgetFix();
});

/** `mine` with the scans of `theirs` it lacks (another tab's queue), in time order and capped; null when none. */
export function withScansOf(mine: QueuedScan[], theirs: unknown): QueuedScan[] | null {
  if (!Array.isArray(theirs)) return null;
  const known = new Set(mine.map((q) => q.scanId));
  const fresh = (theirs as QueuedScan[]).filter((q) => q && typeof q.scanId === 'string' && !known.has(q.scanId));
  if (fresh.length === 0) return null;
  return [...mine, ...fresh.map(rough)].sort((a, b) => a.at - b.at).slice(-SCAN_QUEUE_CAP);
}

// H5: every open tab writes its whole queue, so a tab takes in what another tab queued as soon as the browser says
// so; otherwise its next write would drop the other's unsent scans. Only scans it lacks are taken, so two tabs settle
// after one write each. A scan both send is counted once (scan.land is idempotent by scanId). Weapp has one instance.
if (IS_H5 && typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('storage', (e) => {
    if (e.key !== SCAN_QUEUE_KEY || !e.newValue) return;
    let theirs: unknown;
    try {
      theirs = (JSON.parse(e.newValue) as { state?: { scans?: unknown } }).state?.scans;
    } catch {
      return;
    }
    const merged = withScansOf(useScanQueue.getState().scans, theirs);
    if (merged) useScanQueue.setState({ scans: merged });
  });
}
