/**
 * What an evidence photo is, by its own first bytes rather than by its name or a client's word: a JPG (FF D8 FF) or
 * a PNG (its 8-byte signature), with more than the signature after it: the local runtime's uploads
 * (local/uploads.ts) and the files the app put in cloud storage itself (photo-attach.ts).
 */

/** The two kinds of image accepted as evidence. */
export type ImageMime = 'image/jpeg' | 'image/png';

const MAGIC: Record<ImageMime, readonly number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The image kind `bytes` begin with, or null for anything else (a bare signature included). */
export function imageKind(bytes: Uint8Array): ImageMime | null {
  for (const mime of Object.keys(MAGIC) as ImageMime[]) {
    const magic = MAGIC[mime];
    if (bytes.length > magic.length && magic.every((b, i) => bytes[i] === b)) return mime;
  }
  return null;
}
