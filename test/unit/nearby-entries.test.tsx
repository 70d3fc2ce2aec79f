/** 附近的先锋岗 and 隐私说明 are one tap away from the home page and the landing page. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '~/src/pages/index';
import PrivacyPage from '~/src/packages/privacy/pages/index';
import PostPage from '~/src/pages/post';
import { landAsResident } from './support/landing';
import { resetEachTest, stub, texts } from './support/page';

jest.mock('~/src/services/post/landPost');
jest.mock('~/src/services/session/fetchMe');
jest.mock('~/src/services/demo/fetchDemo');

resetEachTest();
landAsResident();

test('home: 找附近的先锋岗 opens the nearby page, the footer link opens the privacy notice', async () => {
  const { container } = render(<HomePage />);
  await act(async () => undefined);
  fireEvent.click(container.querySelector('.entry-nearby') as Element);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/nearby/pages/index/index' });
  expect(screen.getByText('找附近的先锋岗')).toBeTruthy();
  fireEvent.click(container.querySelector('.home-footer .privacy-link') as Element);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/privacy/pages/index/index' });
  expect(screen.getByText('隐私说明')).toBeTruthy();
});

test('landing: 附近的其他先锋岗 opens the nearby page', async () => {
  stub.__setRouterParams({ id: 'TB-PT-0001', source: 'link' });
  render(<PostPage />);
  fireEvent.click(await screen.findByText('附近的其他先锋岗'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/nearby/pages/index/index' });
});

test('the privacy notice says what is kept, who sees it and how to delete it', () => {
  const { container } = render(<PrivacyPage />);
  const headings = texts(container, 'privacy-heading');
  expect(headings).toEqual([
    '扫码记录',
    '位置',
    '诉求和个人信息',
    '谁能看到',
    '查看记录（审计日志）',
    '本机保存什么',
    '下载我的数据',
    '删除我的数据',
  ]);
  expect(container.textContent).toContain('至少保存6个月');
  expect(container.textContent).toContain('加盐哈希');
  expect(container.textContent).toContain('只保存离先锋岗多远');
  expect(container.textContent).toContain('删除我的数据');
  expect(container.querySelector('.elder-toggle')).not.toBeNull();
});
