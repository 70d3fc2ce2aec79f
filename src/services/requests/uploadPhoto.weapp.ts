/**
 * uploadPhoto on weapp: straight to CloudBase storage, at the path resident.photoSlot issues for this one photo
 * (`aid/<the caller's folder>/<uuid>.jpg`). The server refuses the slot past the upload caps, accepts in a
 * submission only files of slots it issued to the caller (checked then by their bytes), and deletes the files of
 * slots never submitted a day later. Owner-only reading is a storage rule.
 */
import Taro from '@tarojs/taro';
import { asCloudError } from '../cloudError';
import { callCloud } from '../cloud';

/** Uploads the image at `path` (a temp file from chooseImage) and returns its CloudBase fileID. */
export async function uploadPhoto(path: string): Promise<string> {
  try {
    const { cloudPath } = await callCloud('resident', 'photoSlot', {});
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: path });
    return res.fileID;
  } catch (err) {
    throw asCloudError(err);
  }
}

/** The Image component loads `cloud://` fileIDs itself. */
export function photoSrc(fileId: string): string {
  return fileId;
}
