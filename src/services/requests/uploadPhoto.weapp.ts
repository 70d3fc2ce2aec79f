/**
 * uploadPhoto on weapp: straight to CloudBase storage under the caller's folder (`aid/<openid hash>/<uuid>.jpg`,
 * named by resident.me), so the submission's check can tell whose it is. Owner-only reading is a storage rule.
 */
import Taro from '@tarojs/taro';
import { uuid4 } from '~/types/ids';
import { asCloudError, CloudError } from '../cloudError';
import { callCloud } from '../cloud';

let folder: Promise<string> | null = null;

function photoFolder(): Promise<string> {
  folder ??= callCloud('resident', 'me', {}).then((me) => {
    if (!me.photoFolder) throw new CloudError('UNAUTHENTICATED');
    return me.photoFolder;
  });
  // A failed look-up is asked again on the next try rather than remembered.
  folder.catch(() => (folder = null));
  return folder;
}

/** Uploads the image at `path` (a temp file from chooseImage) and returns its CloudBase fileID. */
export async function uploadPhoto(path: string): Promise<string> {
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `${await photoFolder()}/${uuid4()}.jpg`, filePath: path });
    return res.fileID;
  } catch (err) {
    throw asCloudError(err);
  }
}

/** The Image component loads `cloud://` fileIDs itself. */
export function photoSrc(fileId: string): string {
  return fileId;
}
