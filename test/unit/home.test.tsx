/** The home page: scanning a plate, revisiting a post, 消息 with its badge, entries by role, the H5 demo switcher. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '~/src/pages/index';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';
import { fetchDemo as demo, fetchMe as me, fetchOutbox as outbox, loginDemo as login } from './support/services';

// The shared stand-in's useDidShow does nothing; here it runs on mount, as WeChat's first onShow does.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<Record<string, unknown>>('./stubs/taro');
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...actual,
    __esModule: true,
    useDidShow: (fn: () => void) => {
      // Once per mount, like the first onShow.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      useEffect(() => fn(), []);
    },
  };
});
jest.mock('~/src/services/session/fetchMe');
jest.mock('~/src/services/requests/fetchOutbox');
jest.mock('~/src/services/demo/fetchDemo');
jest.mock('~/src/services/demo/loginDemo');
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
  outbox.mockReset().mockResolvedValue({ notices: [], unread: 0 });
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

describe('消息 and entries by role', () => {
  const volunteer = {
    role: 'volunteer' as const,
    label: '法律明白人 王秀兰',
    regionCode: '220802',
    regionName: '洮北区',
  };
  const staff = { role: 'staff' as const, label: '平台司法所', regionCode: '220802', regionName: '洮北区' };
  const mediator = { role: 'mediator' as const, label: '调解员 李建国', regionCode: '220802', regionName: '洮北区' };

  test('消息 shows the unread count and opens the outbox', async () => {
    outbox.mockResolvedValue({ notices: [], unread: 3 });
    const { container } = await renderHome();
    expect(container.querySelector('.entry-messages .unread-badge')?.textContent).toBe('3');
    fireEvent.click(screen.getByText('消息'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/outbox/index' });
  });

  test('nothing unread, or the count failing, shows no badge and no error', async () => {
    const none = await renderHome();
    expect(none.container.querySelector('.unread-badge')).toBeNull();
    none.unmount();
    outbox.mockRejectedValue(new CloudError('NETWORK'));
    const failed = await renderHome();
    expect(failed.container.querySelector('.unread-badge')).toBeNull();
    expect(screen.getByText('消息')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();
    expect(failed.container.querySelector('.state-error')).toBeNull();
  });

  test('more than 99 unread reads 99+', async () => {
    outbox.mockResolvedValue({ notices: [], unread: 120 });
    const { container } = await renderHome();
    expect(container.querySelector('.unread-badge')?.textContent).toBe('99+');
  });

  test.each([
    ['volunteer', volunteer],
    ['mediator', mediator],
    ['staff', staff],
  ])('a %s gets the 工作台 entry to the inbox, and no admin entries', async (_role, who) => {
    me.mockResolvedValue(who);
    await renderHome();
    fireEvent.click(await screen.findByText('工作台 · 待办诉求'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/work/pages/inbox/index' });
    expect(screen.getByText(`${who.label}，您好`)).toBeTruthy();
    expect(screen.queryByText('邀请工作人员')).toBeNull();
  });

  test('a resident gets neither the 工作台 nor admin entries', async () => {
    await renderHome();
    expect(screen.queryByText('工作台 · 待办诉求')).toBeNull();
    expect(screen.queryByText('答复时限')).toBeNull();
    expect(screen.getByText('我的诉求')).toBeTruthy();
  });

  test('the unbound see a small 工作人员入口: 我有邀请码 and 管理员口令 open the accept and bootstrap pages', async () => {
    const { container } = await renderHome();
    fireEvent.click(await screen.findByText('工作人员入口'));
    fireEvent.click(screen.getByText('我有邀请码'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/work/pages/invite/index' });
    fireEvent.click(screen.getByText('管理员口令'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/bootstrap/index' });
    // Discreet: in the footer, after everything a resident came for.
    expect(container.querySelector('.home-footer .staff-entry')).not.toBeNull();
  });

  test.each([
    ['volunteer', volunteer],
    ['staff', staff],
  ])('a bound %s sees no 工作人员入口', async (_role, who) => {
    me.mockResolvedValue(who);
    const { container } = await renderHome();
    await screen.findByText('工作台 · 待办诉求');
    expect(container.querySelector('.staff-entry')).toBeNull();
  });

  test('a county admin is not offered 审计日志, which is the city bureau’s', async () => {
    me.mockResolvedValue({ ...admin, label: '洮北区管理员', regionCode: '220802', regionName: '洮北区' });
    const { container } = await renderHome();
    await screen.findByText('统计看板');
    const entries = Array.from(container.querySelectorAll('.admin-entries button')).map((b) => b.textContent);
    expect(entries).toContain('管理员');
    expect(entries).not.toContain('审计日志');
  });

  test('a city admin gets 统计看板 first, then 服务圈覆盖, 岗位管理, 人员管理, 服务点管理, 管理员, 审计日志 and the older entries', async () => {
    me.mockResolvedValue(admin);
    const { container } = await renderHome();
    await screen.findByText('统计看板');
    const entries = Array.from(container.querySelectorAll('.admin-entries button')).map((b) => b.textContent);
    expect(entries).toEqual([
      '统计看板',
      '服务圈覆盖',
      '岗位管理',
      '人员管理',
      '服务点管理',
      '管理员',
      '审计日志',
      '扫码统计',
      '邀请工作人员',
      '答复时限',
    ]);
    expect(container.querySelector('.dashboard-entry')?.className).toContain('btn-primary');
    expect(container.querySelector('.staff-entry')).toBeNull();
    const pages = ['dashboard', 'circles', 'posts', 'people', 'services', 'admins'];
    for (const [i, label] of ['统计看板', '服务圈覆盖', '岗位管理', '人员管理', '服务点管理', '管理员'].entries()) {
      fireEvent.click(screen.getByText(label));
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/packages/admin/pages/${pages[i]}/index` });
    }
  });

  test('an admin gets 扫码统计, 邀请工作人员 and 答复时限, and no 工作台', async () => {
    me.mockResolvedValue(admin);
    await renderHome();
    fireEvent.click(await screen.findByText('邀请工作人员'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/invite/index' });
    fireEvent.click(screen.getByText('答复时限'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/settings/index' });
    expect(screen.getByText('扫码统计')).toBeTruthy();
    expect(screen.queryByText('工作台 · 待办诉求')).toBeNull();
  });

  test('switching demo identity counts the new identity’s unread notices', async () => {
    demo.mockResolvedValue({
      identities: [{ openid: 'demo-volunteer', role: 'volunteer', label: '法律明白人 王秀兰' }],
      samplePosts: [],
    });
    const { container } = await renderHome();
    expect(container.querySelector('.unread-badge')).toBeNull();
    outbox.mockResolvedValue({ notices: [], unread: 2 });
    me.mockResolvedValue(volunteer);
    await act(async () => fireEvent.click(await screen.findByText('法律明白人 王秀兰')));
    await waitFor(() => expect(container.querySelector('.unread-badge')?.textContent).toBe('2'));
  });

  test('a slower count of the identity before a switch is dropped, not drawn over the new one', async () => {
    demo.mockResolvedValue({
      identities: [{ openid: 'demo-volunteer', role: 'volunteer', label: '法律明白人 王秀兰' }],
      samplePosts: [],
    });
    let answerFirst: (reply: Awaited<ReturnType<typeof outbox>>) => void = () => undefined;
    outbox.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)));
    const { container } = await renderHome();
    outbox.mockResolvedValue({ notices: [], unread: 2 });
    me.mockResolvedValue(volunteer);
    await act(async () => fireEvent.click(await screen.findByText('法律明白人 王秀兰')));
    await waitFor(() => expect(container.querySelector('.unread-badge')?.textContent).toBe('2'));
    await act(async () => answerFirst({ notices: [], unread: 5 }));
    expect(container.querySelector('.unread-badge')?.textContent).toBe('2');
  });
});
