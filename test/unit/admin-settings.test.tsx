/** 答复时限: every admin reads it; only the city's admins change it (2–72 h); the server's refusal is shown. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MeData } from '~/types/api';
import SettingsPage from '~/src/packages/admin/pages/settings';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { fetchMe as me, fetchSettings as settings, updateSettings as update } from './support/services';
import { texts } from './support/page';

jest.mock('~/src/services/admin/fetchSettings');
jest.mock('~/src/services/admin/updateSettings');
jest.mock('~/src/services/session/fetchMe');
const initial = useAppStore.getState();
const CITY: MeData = { role: 'admin', label: '市司法局管理员', regionCode: '220800', regionName: '白城市' };
const COUNTY: MeData = { role: 'admin', label: '洮北区司法局管理员', regionCode: '220802', regionName: '洮北区' };

async function renderAs(who: MeData) {
  useAppStore.setState({ me: who });
  const view = render(<SettingsPage />);
  await act(async () => undefined);
  return view;
}

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  settings.mockReset().mockResolvedValue({ questionPromiseHours: 24 });
  update.mockReset();
  me.mockReset().mockResolvedValue(CITY);
});

test('a county admin sees the promise read-only, with who can change it', async () => {
  const { container } = await renderAs(COUNTY);
  expect($(container, '.hours-readonly').textContent).toBe('24 小时');
  expect(screen.getByText('只有市司法局（市级管理员）可以修改答复时限')).toBeTruthy();
  expect(container.querySelector('.hours-plus')).toBeNull();
  expect(screen.queryByText('保存')).toBeNull();
});

test('a city admin steps the hours and saves; the saved value shows', async () => {
  update.mockResolvedValueOnce({ questionPromiseHours: 26 });
  const { container } = await renderAs(CITY);
  expect($(container, '.hours-value').textContent).toBe('24 小时');
  fireEvent.click($(container, '.hours-plus'));
  fireEvent.click($(container, '.hours-plus'));
  expect($(container, '.hours-value').textContent).toBe('26 小时');
  await act(async () => fireEvent.click(screen.getByText('保存')));
  expect(update).toHaveBeenCalledWith(26);
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }));
});

test('the stepper stops at 2 and 72 hours', async () => {
  settings.mockResolvedValueOnce({ questionPromiseHours: 3 });
  const { container } = await renderAs(CITY);
  fireEvent.click($(container, '.hours-minus'));
  fireEvent.click($(container, '.hours-minus'));
  fireEvent.click($(container, '.hours-minus'));
  expect($(container, '.hours-value').textContent).toBe('2 小时');
  for (let i = 0; i < 80; i++) fireEvent.click($(container, '.hours-plus'));
  expect($(container, '.hours-value').textContent).toBe('72 小时');
});

test("the server's FORBIDDEN is shown in its own words", async () => {
  update.mockRejectedValueOnce(new CloudError('FORBIDDEN', '只有市级管理员可以修改答复时限'));
  const { container } = await renderAs(CITY);
  fireEvent.click($(container, '.hours-minus'));
  await act(async () => fireEvent.click(screen.getByText('保存')));
  expect($(container, '.settings-error').textContent).toBe('只有市级管理员可以修改答复时限');
});

test('a failed load offers a retry; a non-admin is told to sign in as one', async () => {
  settings.mockRejectedValueOnce(new CloudError('NETWORK'));
  const failed = await renderAs(CITY);
  await act(async () => fireEvent.click(screen.getByText('重试')));
  expect($(failed.container, '.hours-value').textContent).toBe('24 小时');
  failed.unmount();
  settings.mockRejectedValueOnce(new CloudError('FORBIDDEN'));
  await renderAs({ role: 'resident', label: '群众', regionCode: null, regionName: null });
  expect(screen.getByText('请使用管理员身份登录')).toBeTruthy();
  expect(screen.getByText('您没有权限进行此操作')).toBeTruthy();
});

test('a common value is one tap away', async () => {
  update.mockResolvedValueOnce({ questionPromiseHours: 48 });
  const { container } = await renderAs(CITY);
  expect(texts(container, 'hours-preset')).toEqual(['12 小时', '24 小时', '48 小时', '72 小时']);
  expect($(container, '.hours-preset-on').textContent).toBe('24 小时');
  fireEvent.click(screen.getByText('48 小时'));
  expect($(container, '.hours-value').textContent).toBe('48 小时');
  await act(async () => fireEvent.click(screen.getByText('保存')));
  expect(update).toHaveBeenCalledWith(48);
});
