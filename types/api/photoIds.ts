/** Evidence photos (证明材料) a resident attaches to a legal-aid pre-application or a supplement: how many, how large, which ids. */
import * as v from 'valibot';

/** At most this many evidence photos (证明材料) on a pre-application. */
export const MAX_PHOTOS = 3;
/** Largest photo accepted after the app compresses it, in bytes. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
/** A local upload's id: `f` + 24 lowercase hex (what POST /upload returns). */
export const LOCAL_FILE_ID_PATTERN = /^f[0-9a-f]{24}$/;
/** A CloudBase fileID as Taro.cloud.uploadFile returns it, e.g. `cloud://env-1a2b.7065-env-1a2b-1300/aid/…/….jpg`. */
export const CLOUD_FILE_ID_PATTERN = /^cloud:\/\/[0-9A-Za-z._-]{1,100}\/[0-9A-Za-z._/-]{1,200}$/;
/** What an upload returned: the local id or the CloudBase fileID; the server checks the caller owns it. */
export const FileIdSchema = v.pipe(
  v.string('照片编号必须是文字'),
  v.check((id) => LOCAL_FILE_ID_PATTERN.test(id) || CLOUD_FILE_ID_PATTERN.test(id), '照片已失效，请重新上传'),
);
