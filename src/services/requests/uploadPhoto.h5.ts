/** uploadPhoto on H5: the chosen file's bytes, raw, to the local runtime's POST /upload (session cookie = owner). */
import type { UploadReply } from '~/types/api';
import { asCloudError, unwrap } from '../cloudError';
import { postToServer } from '../postToServer';

/** Uploads the image at `path` (a blob: URL from chooseImage) and returns its file id. */
export async function uploadPhoto(path: string): Promise<string> {
  try {
    const blob = await (await fetch(path)).blob();
    // The server trusts the bytes, not this header; an unnamed type is most likely a camera JPEG.
    const res = await postToServer('/upload', blob, blob.type || 'image/jpeg');
    return unwrap<UploadReply>(await res.json()).fileId;
  } catch (err) {
    throw asCloudError(err);
  }
}

/** Where a thumbnail of an uploaded photo loads from (only its owner's session may read it). */
export function photoSrc(fileId: string): string {
  return `/files/${fileId}`;
}
