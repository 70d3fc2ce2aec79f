/**
 * Admin files on weapp (plate sheets, exports): downloaded from cloud storage by fileID, copied into the user data
 * folder under their Chinese name, then opened with openDocument (showMenu: the admin forwards or prints from the
 * document's menu, also on WeChat for PC) or forwarded to a chat with shareFileMessage.
 */
import Taro from '@tarojs/taro';
import type { AdminFile } from '~/types/api/files';
import { DOWNLOAD_STRINGS } from './downloadStrings';

/** The file types openDocument opens that the admin's files use. */
export type DocumentType = 'pdf' | 'xlsx';

function copy(srcPath: string, destPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().copyFile({
      srcPath,
      destPath,
      success: () => resolve(),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

/**
 * The file's temporary copy: by fileID (the storage rule must let an admin read sheets/ and exports/, which the
 * function wrote), else by its temporary URL (signed, so no rule applies; its host must be a download domain).
 */
async function download(file: AdminFile): Promise<string> {
  try {
    return (await Taro.cloud.downloadFile({ fileID: file.fileId })).tempFilePath;
  } catch {
    const res = await Taro.downloadFile({ url: file.url });
    if (res.statusCode !== 200) throw new Error(`downloadFile: ${res.statusCode}`);
    return res.tempFilePath;
  }
}

/** Downloads a stored file to `${USER_DATA_PATH}/<its name>`; answers the local path. */
export async function fetchAdminFile(file: AdminFile): Promise<string> {
  const temp = await download(file).catch(() => Promise.reject(new Error(DOWNLOAD_STRINGS.downloadFailed)));
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.filename}`;
  await copy(temp, filePath).catch(() => Promise.reject(new Error(DOWNLOAD_STRINGS.downloadFailed)));
  return filePath;
}

/** Opens a stored file in WeChat's document viewer, its menu on (转发, 用其他应用打开, 打印 on PC). */
export async function openAdminFile(file: AdminFile, fileType: DocumentType): Promise<void> {
  const filePath = await fetchAdminFile(file);
  await Taro.openDocument({ filePath, fileType, showMenu: true }).catch(() =>
    Promise.reject(new Error(DOWNLOAD_STRINGS.openFailed)),
  );
}

/** Removes the phone's copy of a file; a copy already gone is no error. */
function removeCopy(filePath: string): Promise<void> {
  return new Promise((resolve) => {
    Taro.getFileSystemManager().unlink({ filePath, success: () => resolve(), fail: () => resolve() });
  });
}

/**
 * Forwards a stored file to a chat (e.g. 文件传输助手, to reach a computer); a closed chooser is not an error. The
 * phone's copy is removed once the chat has it (or the chooser closed): a resident's 我的数据 holds their full ID
 * number, and the privacy page says such fields do not stay on the phone.
 */
export async function shareAdminFile(file: AdminFile): Promise<void> {
  const filePath = await fetchAdminFile(file);
  try {
    await Taro.shareFileMessage({ filePath, fileName: file.filename }).catch((err: { errMsg?: string }) => {
      if (!/cancel/.test(err?.errMsg ?? '')) throw new Error(DOWNLOAD_STRINGS.shareFailed);
    });
  } finally {
    await removeCopy(filePath);
  }
}
