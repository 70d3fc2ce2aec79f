/**
 * uploadImport on weapp: once, straight to CloudBase storage, at the path admin.importUpload names under the
 * admin's own folder; the check and every import batch then pass its fileID, never the file (callFunction data
 * stays far under WeChat's 100 KB).
 */
import Taro from '@tarojs/taro';
import { asCloudError } from '../cloudError';
import { callCloud } from '../cloud';

/** A chosen import file: a temp file path on WeChat, the browser's File on H5. */
export type ImportSource = string | Blob;

/** Uploads the import file at `source` (chooseMessageFile's path); answers its fileID. */
export async function uploadImport(source: ImportSource): Promise<string> {
  const { cloudPath } = await callCloud('admin', 'importUpload', {});
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: String(source) });
    return res.fileID;
  } catch (err) {
    throw asCloudError(err);
  }
}
