/** Choosing the import file: a .csv file input on H5, a chat file on WeChat (uploaded as is); the template on WeChat. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ImportPage from '~/src/packages/admin/pages/import';
import { pickCsvFile } from '~/src/packages/admin/pages/import/pickFile';
import { pickCsvFile as pickCsvFileWeapp } from '~/src/packages/admin/pages/import/pickFile.weapp';
jest.mock('~/src/packages/admin/pages/import/TemplateCard', () =>
  jest.requireActual('~/src/packages/admin/pages/import/TemplateCard.weapp'),
);

const extra = Object.assign(Taro, { chooseMessageFile: jest.fn(), getFileSystemManager: jest.fn() });

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
});

afterEach(() => {
  Reflect.deleteProperty(process.env, 'TARO_ENV');
});

test('H5: a hidden file input that accepts .csv; the chosen File is what gets uploaded', async () => {
  let accept = '';
  const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    accept = this.accept;
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42])], '岗位.csv', { type: 'text/csv' });
    Object.defineProperty(this, 'files', { value: [file] });
    this.onchange?.(new Event('change'));
  });
  const picked = await pickCsvFile();
  click.mockRestore();
  expect(accept).toBe('.csv,text/csv');
  expect(picked?.name).toBe('岗位.csv');
  expect(picked?.size).toBe(6);
  expect(picked?.source).toBeInstanceOf(File);
});

test('WeChat: one csv file from a chat, its temp path to upload, never read into memory; a cancel is no file', async () => {
  process.env.TARO_ENV = 'weapp';
  extra.chooseMessageFile.mockResolvedValueOnce({
    tempFiles: [{ path: 'wxfile://tmp_1.csv', size: 1234, name: '洮北区.csv', type: 'file', time: 0 }],
  });
  const picked = await pickCsvFileWeapp();
  expect(extra.chooseMessageFile).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['csv'] });
  expect(picked).toEqual({ name: '洮北区.csv', size: 1234, source: 'wxfile://tmp_1.csv' });
  expect(extra.getFileSystemManager).not.toHaveBeenCalled();
  extra.chooseMessageFile.mockRejectedValueOnce({ errMsg: 'chooseMessageFile:fail cancel' });
  expect(await pickCsvFileWeapp()).toBeNull();
});

test('WeChat: the template is shown as its columns with a button that copies the header', () => {
  process.env.TARO_ENV = 'weapp';
  render(<ImportPage />);
  expect(screen.queryByText('下载导入模板')).toBeNull();
  expect(screen.getByText('岗位编号，岗位名称，地址，村代码，纬度，经度')).toBeTruthy();
  expect(screen.getByText('请先把CSV文件发到微信聊天中，再从聊天记录选择')).toBeTruthy();
  fireEvent.click(screen.getByText('复制表头'));
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '岗位编号,岗位名称,地址,村代码,纬度,经度' });
});
