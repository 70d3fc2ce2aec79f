/**
 * Personal numbers (ID numbers, phones) at rest: AES-256-GCM with a fresh 96-bit IV per value. A stored value is
 * `v1:<base64(iv | tag | ciphertext)>`, so a leaked database row shows neither the number nor whether two rows
 * hold the same one. The key is HandlerContext.secrets.dataKey (local: DATA_KEY or the key file, local/secrets.ts;
 * CloudBase: env DATA_KEY).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The length a data key must have (AES-256). */
export const DATA_KEY_BYTES = 32;

/** Reads a base64 key (as DATA_KEY is set); null unless it decodes to exactly 32 bytes. */
export function parseDataKey(base64: string | undefined): Buffer | null {
  if (!base64) return null;
  const key = Buffer.from(base64, 'base64');
  return key.length === DATA_KEY_BYTES ? key : null;
}

/** Encrypts one value for storage. */
export function encrypt(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Decrypts a stored value; throws when it was altered or encrypted under another key. */
export function decrypt(key: Buffer, stored: string): string {
  if (!stored.startsWith(VERSION)) throw new Error('decrypt: unknown format');
  const raw = Buffer.from(stored.slice(VERSION.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
