/** Sends a scan that was queued while offline, with the time it really happened. */
import type { LandInput } from '../../../types/api';
import { callCloud } from '../cloud';

/** A scan kept on the phone until the network is back: the scan.land input with its time and source fixed. */
export type QueuedScan = Required<Pick<LandInput, 'postId' | 'scanId' | 'at' | 'source'>>;

/** Logs `scan` on the server; its scanId makes a repeat harmless. Resolves when it is recorded. */
export async function sendQueuedScan(scan: QueuedScan): Promise<void> {
  await callCloud('scan', 'land', { postId: scan.postId, scanId: scan.scanId, at: scan.at, source: scan.source });
}
