/** The home page: scanning a plate, revisiting a post, the admin entry and the H5 demo switcher. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index';
import { fetchDemo } from '../../src/services/demo/fetchDemo';
import { loginDemo } from '../../src/services/demo/loginDemo';
import { fetchMe } from '../../src/services/session/fetchMe';
import { useAppStore } from '../../src/stores';
import { landingFixture } from './fixtures/landing';

jest.mock('../../src/services/session/fetchMe');
jest.mock('../../src/services/demo/fetchDemo');
jest.mock('../../src/services/demo/loginDemo');
const me = fetchMe as jest.MockedFunction<typeof fetchMe>;
const demo = fetchDemo as jest.MockedFunction<typeof fetchDemo>;
const login = loginDemo as jest.MockedFunction<typeof loginDemo>;
const scanCode = Taro.scanCode as unknown as jest.Mock;
const initial = useAppStore.getState();
const resident = { role: 'resident' as const, label: '群众', regionCode: null, regionName: null };
const admin = { role: 'admin' as const, label: '市司法局管理员', regionCode: '220800', regionName: '白城市' };

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  me.mockReset().mockResolvedValue(resident);
  demo.mockReset().mockResolvedValue(null);
  login.mockReset().mockResolvedValue(true);
});

async function renderHome() {
  const view = render(<HomePage />);
  await act(async () => undefined);
  return view;
}

test.each([
  ['a /s/ link', 'https://pp.example.cn/s/TB-PT-0001'],
  ['a bare id', 'TB-PT-0001'],
  ['a mini-program path', 'pages/post/index?scene=TB-PT-0001'],
])('scanning our code (%s) opens its landing page', async (_kind, code) => {
  scanCode.mockResolvedValueOnce({ result: code });
  await renderHome();
  fireEvent.click(screen.getByText('扫一扫'));
  await waitFor(() =>
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/post/index?id=TB-PT-0001&source=qr' }),
  );
  expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: false });
});

test('a WeChat mini-program code is read from its path when result is empty', async () => {
  scanCode.mockResolvedValueOnce({ result: '', path: 'pages/post/index?scene=TB-PT-0002' });
  await renderHome();
  fireEvent.click(screen.getByText('扫一扫'));
  await waitFor(() =>
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/post/index?id=TB-PT-0002&source=qr' }),
  );
});

test('a foreign code is refused with a toast and opens nothing', async () => {
  scanCode.mockResolvedValueOnce({ result: 'https://shop.example.com/item?id=12345&ref=ad' });
  await renderHome();
  fireEvent.click(screen.getByText('扫一扫'));
  await waitFor(() =>
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '不是先锋岗二维码' })),
  );
  expect(Taro.navigateTo).not.toHaveBeenCalled();
});

test('cancelling the scanner says nothing', async () => {
  scanCode.mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' });
  await renderHome();
  fireEvent.click(screen.getByText('扫一扫'));
  await act(async () => undefined);
  expect(Taro.showToast).not.toHaveBeenCalled();
  expect(Taro.navigateTo).not.toHaveBeenCalled();
});

test('recent posts are listed and reopen with source recent', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  await renderHome();
  fireEvent.click(screen.getByText('平台镇新立村先锋岗'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/post/index?id=TB-PT-0001&source=recent' });
});

test('the 扫码统计 entry appears only for admins', async () => {
  const { unmount } = await renderHome();
  expect(screen.queryByText('扫码统计')).toBeNull();
  unmount();
  me.mockResolvedValue(admin);
  await renderHome();
  fireEvent.click(await screen.findByText('扫码统计'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/stats/index' });
});

test('no demo mode: no role switcher', async () => {
  await renderHome();
  expect(screen.queryByText('演示身份')).toBeNull();
});

test('demo mode: switching identity logs in and refreshes who I am', async () => {
  demo.mockResolvedValue({
    identities: [
      { openid: 'demo-resident', role: 'resident', label: '群众' },
      { openid: 'demo-admin', role: 'admin', label: '市司法局管理员' },
    ],
    samplePosts: [],
  });
  await renderHome();
  expect(await screen.findByText('演示身份')).toBeTruthy();
  me.mockResolvedValue(admin);
  fireEvent.click(screen.getByText('市司法局管理员'));
  expect(await screen.findByText('扫码统计')).toBeTruthy();
  expect(login).toHaveBeenCalledWith('demo-admin');
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已切换为市司法局管理员' }));
});
