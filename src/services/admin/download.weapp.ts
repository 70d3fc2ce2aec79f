/** Saving a CSV on weapp: a file in the user data folder, then forwarded with shareFileMessage (to a computer). */
import Taro from '@tarojs/taro';
import { DOWNLOAD_STRINGS as S } from './downloadStrings';

function writeFile(filePath: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
}

/**
 * Writes `csv` to `${USER_DATA_PATH}/<filename>` and offers to forward it. shareFileMessage needs a fresh tap
 * (the export's server call came in between), so a dialog asks first and its 转发 button is that tap.
 */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  await writeFile(filePath, csv);
  const { confirm } = await Taro.showModal({
    title: S.savedTitle,
    content: S.shareHint,
    confirmText: S.share,
    cancelText: S.later,
  });
  if (!confirm) return;
  await Taro.shareFileMessage({ filePath, fileName: filename }).catch((err: { errMsg?: string }) => {
    // Closing WeChat's chat chooser is not a failure; anything else is.
    if (!/cancel/.test(err?.errMsg ?? '')) throw new Error(S.shareFailed);
  });
}
