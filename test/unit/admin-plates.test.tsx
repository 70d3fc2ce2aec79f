/** 打印二维码牌: one card per plate with title, QR, name, village and slogan, six to an A4 sheet, print on H5. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { PLATE_SLOGAN, type PlatesData } from '~/types/api';
import PlatesPage from '~/src/packages/admin/pages/plates';
import { PRINT_STYLE_ID } from '~/src/packages/admin/pages/plates/printStyle';
import { CloudError } from '~/src/services/cloudError';
import { savePlateIds } from '~/src/stores/plateIds';
import { fetchPlates as plates, openAdminFile as open, plateSheet as sheet } from './support/services';
import { stub } from './support/page';
import { plateRow } from '../support/admin-rows';

jest.mock('~/src/services/admin/fetchPlates');
jest.mock('~/src/services/admin/plateSheet');
jest.mock('~/src/services/admin/adminFile');
const extra = Object.assign(Taro, { previewImage: jest.fn() });

const plate = plateRow;
const reply = (ids: string[], title = '平台镇 先锋岗二维码牌'): PlatesData => ({
  title,
  slogan: PLATE_SLOGAN,
  plates: ids.map(plate),
});

const texts = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((n) => n.textContent);

async function show(params: Record<string, string>) {
  stub.__setRouterParams(params);
  const view = render(<PlatesPage />);
  await act(async () => undefined);
  return view;
}

beforeEach(() => {
  stub.__reset();
  plates
    .mockReset()
    .mockImplementation(async (input) => reply(input.postIds ?? ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']));
  extra.previewImage.mockReset().mockResolvedValue({});
  document.getElementById(PRINT_STYLE_ID)?.remove();
});

test('the plates of ?postIds: one card each with the title, QR, name, village and the slogan', async () => {
  const { container } = await show({ postIds: 'TB-PT-0001,TB-PT-0002' });
  expect(plates).toHaveBeenCalledWith({ postIds: ['TB-PT-0001', 'TB-PT-0002'] });
  expect(container.querySelectorAll('.plate')).toHaveLength(2);
  expect(texts(container, '.plate-title')).toEqual(['公共法律服务先锋岗', '公共法律服务先锋岗']);
  expect(texts(container, '.plate-name')).toEqual(['TB-PT-0001号先锋岗', 'TB-PT-0002号先锋岗']);
  expect(container.querySelectorAll('.plate-village.place-line')).toHaveLength(2);
  expect(texts(container, '.plate-village')).toEqual(['平台镇\u00a0· 新立村', '平台镇\u00a0· 新立村']);
  expect(texts(container, '.plate-slogan')).toEqual(['「微信扫一扫 法律全知晓」', '「微信扫一扫 法律全知晓」']);
  expect(container.querySelector('.plate-qr')?.getAttribute('src')).toBe('/qr/TB-PT-0001.svg');
  expect(screen.getByText('平台镇 先锋岗二维码牌')).toBeTruthy();
  expect(screen.getByText('共2块二维码牌')).toBeTruthy();
});

test('a township fills A4 sheets six at a time; 打印 prints with A4 rules that hide the buttons', async () => {
  const print = jest.fn();
  window.print = print;
  const { container } = await show({ township: '220802100' });
  expect(plates).toHaveBeenCalledWith({ townshipCode: '220802100' });
  const sheets = Array.from(container.querySelectorAll('.plate-sheet'));
  expect(sheets.map((s) => s.querySelectorAll('.plate').length)).toEqual([6, 1]);
  fireEvent.click(screen.getByText('打印'));
  expect(print).toHaveBeenCalled();
  const css = document.getElementById(PRINT_STYLE_ID)?.textContent ?? '';
  expect(css).toContain('@page { size: A4; margin: 10mm; }');
  expect(css).toMatch(/@media print[\s\S]*\.no-print[^{]*\{ display: none/);
  expect(css).toMatch(/\.plate-qr \{ width: 45mm/);
  expect(container.querySelector('.plates-head')?.className).toContain('no-print');
  expect(screen.queryByText(/点“生成PDF”/)).toBeNull();
  expect(screen.getByText('下载PDF')).toBeTruthy();
});

test('after an import, the ids wait in storage and are asked 200 at a time', async () => {
  const ids = Array.from({ length: 450 }, (_, i) => `P${i}`);
  savePlateIds(ids);
  const { container } = await show({ from: 'import' });
  expect(plates.mock.calls.map(([input]) => input.postIds?.length)).toEqual([200, 200, 50]);
  expect(container.querySelectorAll('.plate')).toHaveLength(450);
  expect(container.querySelectorAll('.plate-sheet')).toHaveLength(75);
  expect(screen.getByText('共450块二维码牌')).toBeTruthy();
  // The PDF comes in parts of 200 plates, one button each.
  expect(texts(container, '.plates-pdf-button')).toEqual([
    '生成PDF（第1份：第1–200块）',
    '生成PDF（第2份：第201–400块）',
    '生成PDF（第3份：第401–450块）',
  ]);
});

test('on WeChat: 生成PDF makes the sheet in the cloud and opens it; 保存二维码 per plate', async () => {
  process.env.TARO_ENV = 'weapp';
  const file = { fileId: 'cloud://env.b/sheets/t/r/平台镇.pdf', url: 'https://tmp/x.pdf', filename: '平台镇.pdf' };
  sheet.mockResolvedValue({ file, plates: 1, pages: 1, withoutCode: ['TB-PT-0001'] });
  open.mockResolvedValue(undefined);
  try {
    await show({ postIds: 'TB-PT-0001' });
    expect(screen.getByText('点“生成PDF”，可在微信中打开，转发到电脑打印，或在电脑版微信中直接打印')).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByText('生成PDF')));
    expect(sheet).toHaveBeenCalledWith({ postIds: ['TB-PT-0001'] });
    expect(open).toHaveBeenCalledWith(file, 'pdf');
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '1块牌的二维码暂未生成，PDF中已注明；稍后可重新生成',
      icon: 'none',
    });
    expect(screen.queryByText('打印')).toBeNull();
    fireEvent.click(screen.getByText('保存二维码'));
    expect(extra.previewImage).toHaveBeenCalledWith({ urls: ['/qr/TB-PT-0001.svg'], current: '/qr/TB-PT-0001.svg' });
    expect(document.getElementById(PRINT_STYLE_ID)).toBeNull();
  } finally {
    Reflect.deleteProperty(process.env, 'TARO_ENV');
  }
});

test('nothing chosen, or a refusal, is said in Chinese', async () => {
  const { unmount } = await show({});
  expect(screen.getByText('请从岗位管理选择先锋岗或乡镇后再打印')).toBeTruthy();
  expect(plates).not.toHaveBeenCalled();
  unmount();
  plates.mockRejectedValueOnce(new CloudError('FORBIDDEN'));
  await show({ township: '220881100' });
  expect(screen.getByText('您没有权限进行此操作')).toBeTruthy();
});
