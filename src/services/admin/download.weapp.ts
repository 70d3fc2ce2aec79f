/**
 * Saving an export on weapp. The export is made as files in cloud storage (delivery 'file'): the admin opens the
 * Excel workbook in WeChat's viewer (openDocument does not open CSV) or forwards the CSV to a chat. saveCsv keeps
 * the older path of a CSV text written to the user data folder.
 */
import Taro from '@tarojs/taro';
import type { ExportData } from '~/types/api/dashboard';
import { openAdminFile, shareAdminFile } from './adminFile.weapp';
import { DOWNLOAD_STRINGS } from './downloadStrings';

/** WeChat asks for files in storage: no export travels inside callFunction's reply. */
export const EXPORT_DELIVERY = 'file';

/** Offers the stored export: open the workbook, or forward the CSV; closing the sheet does nothing. */
export async function saveExport(data: ExportData): Promise<void> {
  if (!data.files) return saveCsv(data.filename, data.csv);
  const choice = await Taro.showActionSheet({
    itemList: [DOWNLOAD_STRINGS.openSheet, DOWNLOAD_STRINGS.shareCsv],
  }).catch(() => null);
  if (choice?.tapIndex === 0) await openAdminFile(data.files.xlsx, 'xlsx');
  else if (choice?.tapIndex === 1) await shareAdminFile(data.files.csv);
}

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
    title: DOWNLOAD_STRINGS.savedTitle,
    content: DOWNLOAD_STRINGS.shareHint,
    confirmText: DOWNLOAD_STRINGS.share,
    cancelText: DOWNLOAD_STRINGS.later,
  });
  if (!confirm) return;
  await Taro.shareFileMessage({ filePath, fileName: filename }).catch((err: { errMsg?: string }) => {
    // Closing WeChat's chat chooser is not a failure; anything else is.
    if (!/cancel/.test(err?.errMsg ?? '')) throw new Error(DOWNLOAD_STRINGS.shareFailed);
  });
}
