/** The visitor hash: scans count unique visitors without ever storing who they are. */
import * as crypto from 'node:crypto';

/** Node's one-shot digest (Node ≥ 20.12): no Hash object per call. Cloud runtimes on older Node lack it. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;

/**
 * Salted SHA-256 of an openid, shortened to 128 bits (collisions are irrelevant at city scale), as 32 hex digits.
 * Written from the first 16 bytes rather than cut from the whole hex digest: a cut string keeps its 64-digit
 * parent alive, and the scan recorder keeps every visitor of the day in memory (store/sqlite/visitor-days.ts).
 */
export function visitorHash(salt: string, openid: string): string {
  // The same bytes either way: UTF-8 of the joined string is the UTF-8 of its parts one after another.
  const digest = oneShot
    ? oneShot('sha256', `${salt}\u0000${openid}`, 'buffer')
    : crypto.createHash('sha256').update(salt).update('\u0000').update(openid).digest();
  return digest.toString('hex', 0, 16);
}
