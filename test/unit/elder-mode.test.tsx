/** Elder mode (长辈模式): one tap on every page, the page root's class, and the choice surviving a relaunch. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { PageShell } from '~/src/components/PageShell';
import { answerPrivacy, usePrivacySheet } from '~/src/components/PageShell/privacy';
import HomePage from '~/src/pages/index';
import PostPage from '~/src/pages/post';
import StatsPage from '~/src/packages/admin/pages/stats';
import { fetchStats } from '~/src/services/admin/fetchStats';
import { STORE_KEY, useAppStore } from '~/src/stores';
import { landAsResident } from './support/landing';
import { resetEachTest, stub } from './support/page';

jest.mock('~/src/services/post/landPost');
jest.mock('~/src/services/session/fetchMe');
jest.mock('~/src/services/demo/fetchDemo');
jest.mock('~/src/services/admin/fetchStats');

resetEachTest();
landAsResident();
beforeEach(() => {
  (fetchStats as jest.Mock).mockReset().mockRejectedValue(new Error('not needed here'));
});

function root(container: HTMLElement): HTMLElement {
  return container.firstElementChild as HTMLElement;
}

test('one tap turns elder mode on and off: root class and the label that names the other mode', () => {
  const { container } = render(
    <PageShell className="demo-page">
      <Text>正文</Text>
    </PageShell>,
  );
  expect(root(container).className).toBe('page page-shell demo-page');
  expect(screen.getByText('正文')).toBeTruthy();
  fireEvent.click(screen.getByText('长辈模式'));
  expect(root(container).classList.contains('elder')).toBe(true);
  expect(screen.getByText('标准模式').className).toContain('elder-toggle');
  fireEvent.click(screen.getByText('标准模式'));
  expect(root(container).classList.contains('elder')).toBe(false);
  expect(screen.getByText('长辈模式')).toBeTruthy();
});

test('the choice is written to storage and read back by a freshly loaded store', () => {
  render(<PageShell />);
  fireEvent.click(screen.getByText('长辈模式'));
  const saved = JSON.parse(String(stub.__storage.get(STORE_KEY))) as { state: { elder: boolean } };
  expect(saved.state.elder).toBe(true);
  jest.isolateModules(() => {
    // A relaunch: the store module is evaluated again over the same storage.
    const fresh = require('~/src/stores') as typeof import('~/src/stores');
    expect(fresh.useAppStore.getState().elder).toBe(true);
  });
});

test.each([
  ['home', () => <HomePage />],
  ['landing', () => <PostPage />],
  ['statistics', () => <StatsPage />],
])('the %s page has the toggle at its root, and a tap enlarges that page', async (_name, page) => {
  stub.__setRouterParams({ id: 'TB-PT-0001', source: 'link' });
  const { container } = render(page());
  await act(async () => undefined);
  const toggle = container.querySelector('.page > .elder-bar > .elder-toggle');
  expect(toggle?.textContent).toBe('长辈模式');
  fireEvent.click(toggle as Element);
  expect(root(container).classList.contains('elder')).toBe(true);
  expect(useAppStore.getState().elder).toBe(true);
});

test('elder mode picks the short form of a text where one exists (the privacy sheet)', () => {
  render(<PageShell />);
  act(() => usePrivacySheet.setState({ open: true }));
  expect(screen.getByText('查找附近的先锋岗要用到您的位置。位置只用来算距离，不会保存。')).toBeTruthy();
  fireEvent.click(screen.getByText('长辈模式'));
  expect(screen.getByText('位置只用来算距离，不保存。')).toBeTruthy();
  act(() => answerPrivacy(false));
});

test('with a page behind (the page stack keeps it mounted), only the page in front shows the consent sheet', () => {
  const behind = render(<PageShell className="behind" />);
  const front = render(<PageShell className="front" />);
  act(() => usePrivacySheet.setState({ open: true }));
  expect(front.container.querySelectorAll('.privacy-sheet')).toHaveLength(1);
  expect(behind.container.querySelectorAll('.privacy-sheet')).toHaveLength(0);
  front.unmount();
  expect(behind.container.querySelectorAll('.privacy-sheet')).toHaveLength(1);
  act(() => answerPrivacy(false));
});
