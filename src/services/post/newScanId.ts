/**
 * Scan ids: a client-made UUID version 7 (time first, then random), the idempotency key that makes retried and
 * queued scans safe; time first so the store's index of them grows at one end (types/ids.ts).
 */
import Taro from '@tarojs/taro';
import { uuid7 } from '~/types/ids';

type Bytes = ArrayLike<number>;

/** 16 random bytes from the best source at hand, or null when there is none but Math.random. */
async function randomBytes(): Promise<Bytes | null> {
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (webCrypto?.getRandomValues) return webCrypto.getRandomValues(new Uint8Array(16));
  // weapp has no Web Crypto; its getRandomValues takes callbacks (Taro does not promisify it), is missing
  // on old base libraries, and must never hold up the landing: give up after a short wait.
  const getRandomValues = Taro.getRandomValues as typeof Taro.getRandomValues | undefined;
  if (typeof getRandomValues === 'function') {
    return new Promise<Bytes | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 300);
      const done = (bytes: Bytes | null) => {
        clearTimeout(timer);
        resolve(bytes);
      };
      try {
        getRandomValues({
          length: 16,
          success: (res) => done(new Uint8Array(res.randomValues)),
          fail: () => done(null),
        });
      } catch {
        done(null);
      }
    });
  }
  return null;
}

/** A fresh scan id. */
export async function newScanId(): Promise<string> {
  const bytes = await randomBytes();
  // All zeros means a stand-in (e.g. a simulator), not randomness.
  if (!bytes || bytes.length < 16 || Array.prototype.every.call(bytes, (b: number) => b === 0))
    return uuid7(Date.now());
  // The random digits come from the bytes: each byte yields two nibbles, consumed in turn.
  let i = 0;
  const random = () => {
    const byte = bytes[(i >> 1) % 16];
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0xf;
    i++;
    return nibble / 16;
  };
  return uuid7(Date.now(), random);
}
