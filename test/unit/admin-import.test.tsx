/** 批量导入: template, size limit, the 校验报告 with every problem, the import in batches with progress, plates. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { IMPORT_BATCH, IMPORT_MAX_BYTES, type ImportProgress, type ImportReport } from '~/types/api';
import ImportPage from '~/src/packages/admin/pages/import';
import { pickCsvFile } from '~/src/packages/admin/pages/import/pickFile';
import { TEMPLATE_CSV } from '~/src/packages/admin/pages/import/template';
import { CloudError } from '~/src/services/cloudError';
import { readPlateIds } from '~/src/stores/plateIds';
import { checkImport as check, importPosts as importBatch, uploadImport as upload } from './support/services';
import { texts } from './support/page';

// The shared stand-in drops `disabled`; this page's 全部导入 must really be disabled.
jest.mock('@tarojs/components', () => {
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  const stubs = jest.requireActual<Record<string, unknown>>('./stubs/components');
  const Button = (p: {
    className?: string;
    disabled?: boolean;
    onClick?: () => void;
    children?: import('react').ReactNode;
  }) =>
    createElement(
      'button',
      { type: 'button', className: p.className, disabled: p.disabled, onClick: p.onClick },
      p.children,
    );
  return { ...stubs, Button };
});
jest.mock('~/src/packages/admin/pages/import/pickFile', () => ({
  ...jest.requireActual('~/src/packages/admin/pages/import/pickFile'),
  pickCsvFile: jest.fn(),
}));
jest.mock('~/src/services/admin/checkImport');
jest.mock('~/src/services/admin/importPosts');
jest.mock('~/src/services/admin/uploadImport');
const pick = pickCsvFile as jest.MockedFunction<typeof pickCsvFile>;

/** The id the upload answers: the page passes it, never the file. */
const FILE = 'a0123456789abcdef01234567';
const problems = Array.from({ length: 60 }, (_, i) => ({
  row: i * 17 + 3,
  field: '纬度',
  reason: '位置不在本市范围内',
}));
const BAD: ImportReport = { encoding: 'gbk', total: 1260, good: 1200, bad: 60, problems, unchanged: 4 };
const CLEAN: ImportReport = { encoding: 'utf-8', total: 3, good: 3, bad: 0, problems: [], unchanged: 0 };

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const click = async (el: Element) => act(async () => void fireEvent.click(el));

function file(size = 1000) {
  pick.mockResolvedValueOnce({ name: '洮北区新增.csv', size, source: 'wxfile://tmp_1.csv' });
  upload.mockResolvedValueOnce(FILE);
  return upload;
}

/** Replies to importPosts one batch at a time, when the test says so. */
function batches(total: number) {
  const waiting: Array<() => void> = [];
  importBatch.mockImplementation(
    ({ offset }) =>
      new Promise<ImportProgress>((resolve) => {
        const done = Math.min(offset + IMPORT_BATCH, total);
        const postIds = Array.from({ length: done - offset }, (_, i) => `P${String(offset + i).padStart(5, '0')}`);
        waiting.push(() => resolve({ report: BAD, created: done - offset, done, total, postIds }));
      }),
  );
  return async () => act(async () => waiting.shift()?.());
}

/** Says where the sheet's coordinates were read, as the page asks first: Amap unless told. */
async function chooseDatum(label = '高德地图、腾讯地图') {
  await click(screen.getByText(label));
}

async function showReport(report: ImportReport) {
  const view = render(<ImportPage />);
  file();
  check.mockResolvedValueOnce(report);
  await chooseDatum();
  await click(screen.getByText('选择CSV文件'));
  return view;
}

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  pick.mockReset();
  check.mockReset();
  importBatch.mockReset();
  upload.mockReset();
});

test('the template is a CSV of the columns with a BOM, saved as 先锋岗导入模板.csv', async () => {
  expect(TEMPLATE_CSV).toBe('\uFEFF岗位编号,岗位名称,地址,村代码,纬度,经度\r\n');
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: jest.fn() });
  const clickSpy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  render(<ImportPage />);
  fireEvent.click(screen.getByText('下载导入模板'));
  expect(names).toEqual(['先锋岗导入模板.csv']);
  expect(blobs[0].type).toBe('text/csv;charset=utf-8');
  const bytes = await new Promise<Buffer>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(Buffer.from(r.result as ArrayBuffer));
    r.readAsArrayBuffer(blobs[0]);
  });
  // The BOM as bytes: what makes Excel read the Chinese header as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8')).toBe('岗位编号,岗位名称,地址,村代码,纬度,经度\r\n');
  clickSpy.mockRestore();
});

test('the file is asked for only once the admin says which map the coordinates come from', async () => {
  render(<ImportPage />);
  file();
  await click(screen.getByText('选择CSV文件'));
  expect(screen.getByText('请先选择经纬度是从哪里取的')).toBeTruthy();
  expect(pick).not.toHaveBeenCalled();
  await chooseDatum('百度地图');
  expect(screen.queryByText('请先选择经纬度是从哪里取的')).toBeNull();
  check.mockResolvedValueOnce(BAD);
  await click(screen.getByText('选择CSV文件'));
  expect(check).toHaveBeenCalledWith(FILE, 'bd09', '洮北区新增.csv');
  expect(screen.getByText('经纬度来自：百度地图')).toBeTruthy();
  // Back to the start to choose again, the file to be picked again.
  await click(screen.getByText('更改经纬度来源'));
  expect(screen.getByText('选择CSV文件')).toBeTruthy();
});

test('a file over 2MB is refused before it is uploaded', async () => {
  render(<ImportPage />);
  const read = file(IMPORT_MAX_BYTES + 1);
  await chooseDatum();
  await click(screen.getByText('选择CSV文件'));
  expect(screen.getByText('文件太大（2.0MB），最多2MB；请分成几个文件导入')).toBeTruthy();
  expect(read).not.toHaveBeenCalled();
  expect(check).not.toHaveBeenCalled();
});

test('an unreadable file is explained in Chinese', async () => {
  render(<ImportPage />);
  file();
  check.mockRejectedValueOnce(new CloudError('IMPORT_UNREADABLE'));
  await chooseDatum();
  await click(screen.getByText('选择CSV文件'));
  expect(screen.getByText('无法读取这个文件，请使用导入模板另存为CSV后再试')).toBeTruthy();
});

test('the report counts the rows, notes GBK and lists every problem; 全部导入 is disabled', async () => {
  const { container } = await showReport(BAD);
  expect(check).toHaveBeenCalledWith(FILE, 'gcj02', '洮北区新增.csv');
  const counts = texts(container, 'report-count');
  expect(counts).toEqual(['共1260行', '无误1200行', '有误60行', '已存在未变4行']);
  expect(screen.getByText('已按GBK编码读取')).toBeTruthy();
  const rows = texts(container, 'problem-row');
  expect(rows).toHaveLength(60);
  expect(rows[0]).toBe('第3行纬度位置不在本市范围内');
  expect(rows[59]).toBe('第1006行纬度位置不在本市范围内');
  const all = screen.getByText('全部导入') as HTMLButtonElement;
  expect(all.disabled).toBe(true);
  fireEvent.click(all);
  expect(importBatch).not.toHaveBeenCalled();
  expect(screen.getByText('只导入无误的1200行')).toBeTruthy();
});

test('只导入无误的行 runs the batches, moving the bar to 100 %, then offers the plates of the new posts', async () => {
  const { container } = await showReport(BAD);
  const next = batches(1200);
  await click(screen.getByText('只导入无误的1200行'));
  expect($(container, '.progress-text').textContent).toBe('0 / 1200（0%）');
  await next();
  expect($(container, '.progress-text').textContent).toBe('500 / 1200（41%）');
  expect($(container, '.progress-fill').style.width).toBe('41%');
  await next();
  expect($(container, '.progress-text').textContent).toBe('1000 / 1200（83%）');
  await next();
  expect($(container, '.progress-text').textContent).toBe('1200 / 1200（100%）');
  expect($(container, '.progress-fill').style.width).toBe('100%');
  expect(importBatch.mock.calls.map(([input]) => input)).toEqual(
    [0, 500, 1000].map((offset) => ({
      fileId: FILE,
      filename: '洮北区新增.csv',
      datum: 'gcj02',
      goodOnly: true,
      offset,
    })),
  );
  expect(screen.getByText('已导入1200个先锋岗')).toBeTruthy();
  expect(screen.queryByText('取消')).toBeNull();
  fireEvent.click(screen.getByText('打印这些先锋岗的二维码牌'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/plates/index?from=import' });
  const ids = readPlateIds();
  expect(ids).toHaveLength(1200);
  expect([ids[0], ids[1199]]).toEqual(['P00000', 'P01199']);
});

test('取消 stops after the current batch and says how many were imported', async () => {
  await showReport(BAD);
  const next = batches(1200);
  await click(screen.getByText('只导入无误的1200行'));
  await next();
  await click(screen.getByText('取消'));
  expect(screen.getByText('本批完成后停止…')).toBeTruthy();
  await next();
  expect(importBatch).toHaveBeenCalledTimes(2);
  expect(screen.getByText('已取消，已导入1000个先锋岗')).toBeTruthy();
  expect(screen.getByText('打印这些先锋岗的二维码牌')).toBeTruthy();
});

test('a clean file is imported whole; a refusal midway keeps the count so far', async () => {
  const { container } = await showReport(CLEAN);
  const all = screen.getByText('全部导入') as HTMLButtonElement;
  expect(all.disabled).toBe(false);
  expect(container.querySelector('.import-good')).toBeNull();
  importBatch.mockRejectedValueOnce(new CloudError('IMPORT_HAS_ERRORS'));
  await click(all);
  expect(importBatch).toHaveBeenCalledWith({
    fileId: FILE,
    filename: '洮北区新增.csv',
    datum: 'gcj02',
    goodOnly: false,
    offset: 0,
  });
  expect(
    screen.getByText(
      '导入中断（已导入0个先锋岗）：文件中有错误的行，未导入任何一行；请修改后重试，或选择只导入无误的行',
    ),
  ).toBeTruthy();
});
