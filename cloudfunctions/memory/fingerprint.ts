/**
 * Fingerprints of the caller keys the in-process maps remember (rate limits, the scan guard): a number in place of
 * the key string. A map of numbers to numbers keeps no object per caller, where string keys (each one a chain of
 * concatenated pieces) and their window objects kept about 450 bytes per caller on the heap, all of it copied by the
 * garbage collector before it was promoted: most of what the scan server promoted (scan bench, --trace-gc-nvp).
 *
 * The hash is cyrb53 (a public-domain 53-bit string hash, two multiply-xorshift lanes), seeded at random per process
 * so nobody can aim a collision at another caller. Two keys share a fingerprint with a chance of about n / 2^53
 * (n keys held, at most 500,000): the worst it does is hold two callers to one window, never to let one through.
 * Written here rather than imported: it is ten lines, and the packages that carry it are one-function packages.
 */
import { randomInt } from 'node:crypto';

const SEED = randomInt(2 ** 31);

/** The 53-bit fingerprint of `key` in this process. */
export function fingerprint(key: string): number {
  let h1 = 0xdeadbeef ^ SEED;
  let h2 = 0x41c6ce57 ^ SEED;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
