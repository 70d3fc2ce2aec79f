/** Sends a scan that was queued while offline, with the time it really happened. */
import type { LandInput } from '~/types/api';
import { callCloud } from '../cloud';

/**
 * A scan kept on the phone until the network is back: the scan.land input with its time and source fixed, and
 * the location the resident allowed meanwhile (WGS-84), which then travels with the scan itself.
 */
export type QueuedScan = Required<Pick<LandInput, 'postId' | 'scanId' | 'at' | 'source'>> & {
  location?: { lat: number; lng: number };
};

/** Logs `scan` on the server; its scanId makes a repeat harmless. Resolves when it is recorded. */
export async function sendQueuedScan(scan: QueuedScan): Promise<void> {
  const { postId, scanId, at, source, location } = scan;
  await callCloud('scan', 'land', { postId, scanId, at, source, ...(location ? { location } : {}) });
}
