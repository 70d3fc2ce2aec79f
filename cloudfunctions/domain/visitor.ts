/** The visitor hash: scans count unique visitors without ever storing who they are. */
import { createHash } from 'node:crypto';

/** Salted SHA-256 of an openid, shortened to 128 bits (collisions are irrelevant at city scale). */
export function visitorHash(salt: string, openid: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(openid).digest('hex').slice(0, 32);
}
