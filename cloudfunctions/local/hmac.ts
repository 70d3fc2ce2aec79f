/**
 * HMAC-SHA256 (RFC 2104) with its key padded once, for the session cookie, which is signed on every call that
 * comes without one (most scans from a plate) and checked on every other.
 *
 * Why not `createHmac` each time: in the scan bench's CPU profile (bench/scan.ts --profile), setting up Node's
 * Hmac object (its native context, the key's preparation) took ~5.6 % of the server's main thread, ≈ 10 µs a
 * call under that load, far more than the digest itself; Node 20 has no reusable HMAC context. RFC 2104's own
 * definition, H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), needs only two one-shot digests (`crypto.hash`, Node ≥ 20.12)
 * over buffers kept from call to call. test/cloud/hmac.test.ts checks it against createHmac, byte for byte.
 */
import * as crypto from 'node:crypto';

type OneShot = (algorithm: string, data: Uint8Array, encoding: 'hex' | 'base64url') => string;
/** Node's one-shot digest; absent before Node 20.12, where createHmac does the work instead. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

/** SHA-256's block size: a key is padded (or first hashed) to this length. */
const BLOCK = 64;
/** Room for the message after the inner pad; grown when a longer message comes. */
const INITIAL_ROOM = 512;

/** A keyed HMAC-SHA256: `digest` gives the same text as createHmac('sha256', key).update(m).digest(encoding). */
export class HmacSha256 {
  /** K ⊕ ipad, then the message (written in place on each call). */
  private inner: Buffer;
  /** K ⊕ opad, then the inner digest. */
  private readonly outer = Buffer.alloc(BLOCK + 32);

  constructor(private readonly key: Buffer) {
    const k = Buffer.alloc(BLOCK);
    (key.length > BLOCK ? crypto.createHash('sha256').update(key).digest() : key).copy(k);
    this.inner = Buffer.alloc(BLOCK + INITIAL_ROOM);
    for (let i = 0; i < BLOCK; i += 1) {
      this.inner[i] = k[i] ^ 0x36;
      this.outer[i] = k[i] ^ 0x5c;
    }
  }

  digest(message: string, encoding: 'hex' | 'base64url'): string {
    if (!oneShot) return crypto.createHmac('sha256', this.key).update(message).digest(encoding);
    const length = Buffer.byteLength(message);
    if (BLOCK + length > this.inner.length) {
      const larger = Buffer.alloc(BLOCK + Math.max(length, 2 * (this.inner.length - BLOCK)));
      this.inner.copy(larger, 0, 0, BLOCK);
      this.inner = larger;
    }
    this.inner.write(message, BLOCK, 'utf8');
    this.outer.write(oneShot('sha256', this.inner.subarray(0, BLOCK + length), 'hex'), BLOCK, 'hex');
    return oneShot('sha256', this.outer, encoding);
  }
}
