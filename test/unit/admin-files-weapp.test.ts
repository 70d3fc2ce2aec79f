/**
 * Admin files on weapp: a stored file is downloaded by fileID, copied under its Chinese name into the user data
 * folder and opened with openDocument (menu on, so it can be forwarded or printed); an export offers its Excel
 * workbook to open or its CSV to forward; failures are said in Chinese.
 */
import Taro from '@tarojs/taro';
import { openAdminFile, shareAdminFile } from '~/src/services/admin/adminFile.weapp';
import { EXPORT_DELIVERY, saveExport } from '~/src/services/admin/download.weapp';

type Copy = { srcPath: string; destPath: string; success: () => void; fail: (e: { errMsg: string }) => void };
const t = Taro as unknown as Record<string, unknown> & { __reset: () => void; cloud: Record<string, unknown> };
const copies: Array<[string, string]> = [];
const removed: string[] = [];
const pdf = { fileId: 'cloud://env.b/sheets/t/r/平台镇.pdf', url: 'https://tmp/a.pdf', filename: '平台镇.pdf' };

beforeEach(() => {
  t.__reset();
  copies.length = 0;
  removed.length = 0;
  t.env = { USER_DATA_PATH: 'wxfile://usr' };
  t.cloud.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp_9', statusCode: 200 }));
  t.getFileSystemManager = () => ({
    copyFile: (o: Copy) => {
      copies.push([o.srcPath, o.destPath]);
      o.success();
    },
    unlink: (o: { filePath: string; success: () => void }) => {
      removed.push(o.filePath);
      o.success();
    },
  });
  t.openDocument = jest.fn(async () => ({ errMsg: 'openDocument:ok' }));
  t.shareFileMessage = jest.fn(async () => ({ errMsg: 'shareFileMessage:ok' }));
  t.showActionSheet = jest.fn(async () => ({ tapIndex: 0 }));
});

test('a plate sheet: downloaded by fileID, kept under its name, opened as PDF with the menu on', async () => {
  await openAdminFile(pdf, 'pdf');
  expect(t.cloud.downloadFile).toHaveBeenCalledWith({ fileID: pdf.fileId });
  expect(copies).toEqual([['wxfile://tmp_9', 'wxfile://usr/平台镇.pdf']]);
  expect(t.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://usr/平台镇.pdf', fileType: 'pdf', showMenu: true });
});

test('refused by fileID (a storage rule), the file comes by its temporary URL; both failing is said in Chinese', async () => {
  t.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp_url', statusCode: 200 }));
  (t.cloud.downloadFile as jest.Mock).mockRejectedValueOnce({ errMsg: 'cloud.downloadFile:fail permission denied' });
  await openAdminFile(pdf, 'pdf');
  expect(t.downloadFile).toHaveBeenCalledWith({ url: pdf.url });
  expect(copies).toEqual([['wxfile://tmp_url', 'wxfile://usr/平台镇.pdf']]);
  (t.cloud.downloadFile as jest.Mock).mockRejectedValueOnce({ errMsg: 'cloud.downloadFile:fail' });
  (t.downloadFile as jest.Mock).mockResolvedValueOnce({ tempFilePath: '', statusCode: 403 });
  await expect(openAdminFile(pdf, 'pdf')).rejects.toThrow('文件下载失败，请检查网络后重试');
  (t.openDocument as jest.Mock).mockRejectedValueOnce({ errMsg: 'openDocument:fail filetype not supported' });
  await expect(openAdminFile(pdf, 'pdf')).rejects.toThrow('无法打开这个文件，请转发到电脑上查看');
  (t.shareFileMessage as jest.Mock).mockRejectedValueOnce({ errMsg: 'shareFileMessage:fail cancel' });
  await expect(shareAdminFile(pdf)).resolves.toBeUndefined();
  // The chooser closed: the phone's copy goes all the same.
  expect(removed).toEqual(['wxfile://usr/平台镇.pdf']);
});

test('an export on WeChat is asked as files; 打开Excel表格 opens the xlsx, 转发CSV文件 forwards the CSV', async () => {
  expect(EXPORT_DELIVERY).toBe('file');
  const files = {
    csv: { fileId: 'cloud://e.b/exports/t/r/表.csv', url: 'u1', filename: '表.csv' },
    xlsx: { fileId: 'cloud://e.b/exports/t/r/表.xlsx', url: 'u2', filename: '表.xlsx' },
  };
  await saveExport({ filename: '表.csv', csv: '', rows: 3, files });
  expect(t.showActionSheet).toHaveBeenCalledWith({ itemList: ['打开Excel表格', '转发CSV文件（发到电脑）'] });
  expect(t.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://usr/表.xlsx', fileType: 'xlsx', showMenu: true });
  (t.showActionSheet as jest.Mock).mockResolvedValueOnce({ tapIndex: 1 });
  await saveExport({ filename: '表.csv', csv: '', rows: 3, files });
  expect(t.shareFileMessage).toHaveBeenCalledWith({ filePath: 'wxfile://usr/表.csv', fileName: '表.csv' });
  // Forwarded: no copy stays on the phone.
  expect(removed).toEqual(['wxfile://usr/表.csv']);
  // Closing the sheet does nothing.
  (t.showActionSheet as jest.Mock).mockRejectedValueOnce({ errMsg: 'showActionSheet:fail cancel' });
  (t.openDocument as jest.Mock).mockClear();
  await saveExport({ filename: '表.csv', csv: '', rows: 3, files });
  expect(t.openDocument).not.toHaveBeenCalled();
});
