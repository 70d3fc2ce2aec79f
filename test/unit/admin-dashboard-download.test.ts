/** Saving an export on weapp: written to the user data folder, then offered to forward (shareFileMessage). */
import Taro from '@tarojs/taro';
import { saveCsv } from '~/src/services/admin/download.weapp';

type Write = { filePath: string; data: string; encoding: string; success: () => void; fail: (e: unknown) => void };
const t = Taro as unknown as Record<string, unknown> & { __reset: () => void };
const writes: Write[] = [];

beforeEach(() => {
  t.__reset();
  writes.length = 0;
  t.env = { USER_DATA_PATH: 'wxfile://usr' };
  t.getFileSystemManager = () => ({
    writeFile: (o: Write) => {
      writes.push(o);
      o.success();
    },
  });
  t.showModal = jest.fn(() => Promise.resolve({ confirm: true, cancel: false }));
  t.shareFileMessage = jest.fn(() => Promise.resolve({ errMsg: 'shareFileMessage:ok' }));
});

test('writes the CSV as UTF-8 under USER_DATA_PATH and shares it under its name', async () => {
  await saveCsv('洮北区_热门先锋岗.csv', '\uFEFF岗位,扫码\r\n');
  expect(writes.map(({ filePath, data, encoding }) => ({ filePath, data, encoding }))).toEqual([
    { filePath: 'wxfile://usr/洮北区_热门先锋岗.csv', data: '\uFEFF岗位,扫码\r\n', encoding: 'utf8' },
  ]);
  expect(t.shareFileMessage).toHaveBeenCalledWith({
    filePath: 'wxfile://usr/洮北区_热门先锋岗.csv',
    fileName: '洮北区_热门先锋岗.csv',
  });
});

test('稍后 keeps the file without sharing; closing the chat chooser is not an error', async () => {
  (t.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
  await saveCsv('a.csv', 'x');
  expect(t.shareFileMessage).not.toHaveBeenCalled();
  (t.shareFileMessage as jest.Mock).mockRejectedValueOnce({ errMsg: 'shareFileMessage:fail cancel' });
  await expect(saveCsv('a.csv', 'x')).resolves.toBeUndefined();
});

test('a failed share says so in Chinese', async () => {
  (t.shareFileMessage as jest.Mock).mockRejectedValueOnce({ errMsg: 'shareFileMessage:fail no permission' });
  await expect(saveCsv('a.csv', 'x')).rejects.toThrow('转发失败，请重试');
});
