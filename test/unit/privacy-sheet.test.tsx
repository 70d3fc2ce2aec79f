/**
 * The consent sheet (隐私授权) across pages, as a person moves between them: it is drawn by the page that asked, not
 * over a page opened above it (the privacy statement its own link opens), it is there again on the way back, and a
 * question left open when its page closes is answered 拒绝 rather than following the person to the page below.
 */
import { act, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { PageShell } from '~/src/components/PageShell';
import {
  answerPrivacy,
  ensurePrivacyConsent,
  installPrivacyHandler,
  usePrivacySheet,
} from '~/src/components/PageShell/privacy';
import { useAppStore } from '~/src/stores';
import { resetEachTest } from './support/page';

/** Taro's stand-in, where a test sets WeChat's privacy event by hand. */
const stub = Taro as unknown as Record<string, jest.Mock>;

/** A page: its shell and a line of its own text. */
const page = (text: string) => (
  <PageShell>
    <span>{text}</span>
  </PageShell>
);

resetEachTest();
beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  usePrivacySheet.setState({ open: false, host: null, asker: null }, true);
});
afterEach(() => {
  answerPrivacy(false);
  Reflect.deleteProperty(process.env, 'TARO_ENV');
  Reflect.deleteProperty(stub, 'onNeedPrivacyAuthorization');
});

test('a page opened over the one that asked is not covered; the sheet waits on the asking page', async () => {
  const asking = render(page('附近的先锋岗'));
  let answer: Promise<boolean> | undefined;
  act(() => void (answer = ensurePrivacyConsent()));
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();

  // 查看《隐私说明》: the statement opens as a new page in front.
  const statement = render(page('隐私说明'));
  expect(statement.container.querySelector('.privacy-sheet')).toBeNull();
  // The asking page, behind it, still holds the open question.
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();

  // Back from the statement: the asking page is in front with its sheet, and 同意 answers the question.
  act(() => statement.unmount());
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();
  act(() => answerPrivacy(true));
  await expect(answer).resolves.toBe(true);
  expect(asking.container.querySelector('.privacy-sheet')).toBeNull();
  expect(useAppStore.getState().privacyAgreed).toBe(true);
});

test('closing the page that asked answers 拒绝, and the page below shows no sheet', async () => {
  const home = render(page('首页'));
  const asking = render(page('附近的先锋岗'));
  let answer: Promise<boolean> | undefined;
  act(() => void (answer = ensurePrivacyConsent()));
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();
  expect(home.container.querySelector('.privacy-sheet')).toBeNull();

  act(() => asking.unmount());
  await expect(answer).resolves.toBe(false);
  expect(usePrivacySheet.getState().open).toBe(false);
  expect(home.container.querySelector('.privacy-sheet')).toBeNull();
  expect(useAppStore.getState().privacyAgreed).toBe(false);
});

test("WeChat's paused call is told 拒绝 (disagree) when its page closes unanswered", () => {
  process.env.TARO_ENV = 'weapp';
  let listener: ((resolve: jest.Mock) => void) | null = null;
  stub.onNeedPrivacyAuthorization = jest.fn((fn: (resolve: jest.Mock) => void) => void (listener = fn));
  installPrivacyHandler();
  const asking = render(page('岗位首页'));
  const resolve = jest.fn();
  act(() => listener?.(resolve));
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();
  act(() => asking.unmount());
  expect(resolve).toHaveBeenCalledWith({ event: 'disagree' });
});

test('a page that closes without having asked leaves an open question alone', () => {
  const asking = render(page('附近的先锋岗'));
  act(() => void ensurePrivacyConsent());
  const other = render(page('隐私说明'));
  act(() => other.unmount());
  expect(usePrivacySheet.getState().open).toBe(true);
  expect(asking.container.querySelector('.privacy-sheet')).not.toBeNull();
});
