/** The ask page (我要咨询): live count, validation, drafts that survive closing, dedupe on retry, the due time. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AskPage from '~/src/packages/resident/pages/ask';
import { CloudError } from '~/src/services/cloudError';
import { STORE_KEY, useAppStore } from '~/src/stores';
import { askQuestion as ask } from './support/services';
import { openWith, resetEachTest, stub, texts, type } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/askQuestion');
const initial = useAppStore.getState();
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// 2026-11-29 10:00 in Baicheng (UTC+8).
const DUE = Date.UTC(2026, 10, 29, 2, 0);

function open(postId = 'TB-PT-0001') {
  return openWith(<AskPage />, { postId });
}

function fill(container: HTMLElement) {
  fireEvent.click(screen.getByText('拖欠工资'));
  type(container, 'input-text', '老板欠了我三个月工资不给');
}

resetEachTest(ask);

test('the promise shows before submitting and the count follows the text live', () => {
  const { container } = open();
  expect(screen.getByText('法律明白人一般会在24小时内答复')).toBeTruthy();
  expect(container.querySelector('.char-count')?.textContent).toBe('0/500');
  type(container, 'input-text', '老板欠了我三个月工资');
  expect(container.querySelector('.char-count')?.textContent).toBe('10/500');
  expect(container.querySelectorAll('.category-option')).toHaveLength(13);
});

test('submitting an empty form shows the contract messages next to the fields and sends nothing', async () => {
  const { container } = open();
  type(container, 'input-phone', '12345');
  await act(async () => fireEvent.click(screen.getByText('提交')));
  const errors = texts(container, 'form-error');
  expect(errors).toEqual(['请选择咨询类别', '问题描述至少5个字', '电话号码格式不正确']);
  expect(ask).not.toHaveBeenCalled();
});

test('success shows the due time in Chinese and the promise; the draft is gone', async () => {
  ask.mockResolvedValueOnce({ id: 'rabc12345', created: true, dueAt: DUE });
  const { container } = open();
  fill(container);
  fireEvent.click(screen.getByText('匿名咨询：答复人只看到“匿名群众”和您的问题；填写的回电电话仍会给答复人，以便回电'));
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(container.querySelector('.form-success')?.textContent).toContain('预计 11月29日 10:00 前答复');
  expect(screen.getByText('法律明白人一般会在24小时内答复')).toBeTruthy();
  expect(ask).toHaveBeenCalledWith({
    postId: 'TB-PT-0001',
    clientId: expect.stringMatching(UUID4),
    category: 'wages',
    text: '老板欠了我三个月工资不给',
    hideName: true,
  });
  expect(useAppStore.getState().drafts.question['TB-PT-0001']).toBeUndefined();
});

test('the question survives closing the page and the app, per post; the phone number only in memory', async () => {
  const first = open();
  fill(first.container);
  type(first.container, 'input-phone', '13804361234');
  first.unmount();
  const saved: unknown = Taro.getStorageSync(STORE_KEY);
  expect(String(saved)).toContain('老板欠了我三个月工资不给');

  // A fresh app launch: empty memory, the store rebuilt from what Taro storage kept.
  useAppStore.setState(initial, true);
  Taro.setStorageSync(STORE_KEY, saved);
  await act(() => useAppStore.persist.rehydrate());
  expect(useAppStore.getState().drafts.question['TB-PT-0001']).toBeDefined();
  const again = open();
  expect((again.container.querySelector('.input-text') as HTMLInputElement).value).toBe('老板欠了我三个月工资不给');
  // The phone number was never written to the device: after a relaunch it is typed again.
  expect(String(saved)).not.toContain('13804361234');
  expect((again.container.querySelector('.input-phone') as HTMLInputElement).value).toBe('');
  expect(again.container.querySelector('.chip-on')?.textContent).toBe('拖欠工资');
  expect(again.container.querySelector('.char-count')?.textContent).toBe('12/500');
  again.unmount();

  const other = open('TB-PT-0002');
  expect((other.container.querySelector('.input-text') as HTMLInputElement).value).toBe('');
});

test('a network failure keeps the draft; 重新提交 sends the same clientId', async () => {
  ask.mockRejectedValueOnce(new CloudError('NETWORK'));
  ask.mockResolvedValueOnce({ id: 'rabc12345', created: false, dueAt: DUE });
  const { container } = open();
  fill(container);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(screen.getByText('网络不给力，已保存草稿')).toBeTruthy();
  expect(useAppStore.getState().drafts.question['TB-PT-0001'].fields.text).toBe('老板欠了我三个月工资不给');
  await act(async () => fireEvent.click(screen.getByText('重新提交')));
  expect(ask).toHaveBeenCalledTimes(2);
  expect(ask.mock.calls[1][0].clientId).toBe(ask.mock.calls[0][0].clientId);
  expect(container.querySelector('.form-success')).toBeTruthy();
});

test('a server validation error shows its Chinese message next to its field', async () => {
  ask.mockRejectedValueOnce(new CloudError('INVALID_INPUT', '问题描述不能超过500个字', 'text'));
  const { container } = open();
  fill(container);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  const field = container.querySelector('.input-text')?.parentElement as HTMLElement;
  expect(field.querySelector('.form-error')?.textContent).toBe('问题描述不能超过500个字');
  expect(screen.getByText('提交')).toBeTruthy();
});

test('without a post id the page says to scan again', () => {
  stub.__setRouterParams({});
  render(<AskPage />);
  expect(screen.getByText('缺少岗位编号，请重新扫描先锋岗二维码')).toBeTruthy();
});
