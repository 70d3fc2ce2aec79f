/**
 * 开启微信提醒 on the worker's inbox: asked from the worker's tap (WeChat's rule), the answer remembered — a refusal
 * hides the banner for good, an acceptance leaves 续订; and how WeChat's answers are read on weapp.
 */
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import InboxPage from '~/src/packages/work/pages/inbox';
import * as weapp from '~/src/services/work/subscribeWork.weapp';
import { useAppStore } from '~/src/stores';
import { fetchInbox as inbox, subscribeWork as subscribe, workTemplateIds as ids } from './support/services';
import { resetEachTest } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./work-stubs').components());
jest.mock('@tarojs/taro', () => jest.requireActual('./work-stubs').taro());
jest.mock('~/src/services/work/fetchInbox');
jest.mock('~/src/services/work/subscribeWork');
const stub = Taro as typeof Taro & { __reset: () => void; requestSubscribeMessage: jest.Mock };

async function open() {
  useAppStore.setState({ me: { role: 'volunteer', label: '', regionCode: null, regionName: null } as never });
  const view = render(<InboxPage />);
  await act(async () => undefined);
  return view;
}
const banner = (c: HTMLElement) => c.querySelector('.subscribe-banner');

resetEachTest();
beforeEach(() => {
  inbox.mockReset().mockResolvedValue({ items: [], todoCount: 0 });
  subscribe.mockReset();
  ids.mockReset().mockReturnValue(['tmpl-assigned', 'tmpl-overdue']);
});

test('the banner asks from the tap itself; an acceptance is remembered and leaves 续订', async () => {
  let answer: (o: 'accepted') => void = () => undefined;
  subscribe.mockReturnValue(new Promise((r) => (answer = r)));
  const { container } = await open();
  expect(banner(container)?.textContent).toContain('开启微信提醒');
  fireEvent.click(container.querySelector('.subscribe-button') as HTMLElement);
  // Synchronously inside the click, before anything awaited: WeChat shows the dialog only then.
  expect(subscribe).toHaveBeenCalledTimes(1);
  await act(async () => answer('accepted'));
  expect(useAppStore.getState().workSubscribe).toBe('accepted');
  expect(container.querySelector('.subscribe-again')?.textContent).toBe('续订提醒');
  expect(container.querySelector('.subscribe-button')).toBeNull();
});

test('a refusal hides the banner and is not asked again on the next visit', async () => {
  subscribe.mockResolvedValue('refused');
  const first = await open();
  fireEvent.click(first.container.querySelector('.subscribe-button') as HTMLElement);
  await act(async () => undefined);
  expect(banner(first.container)).toBeNull();
  first.unmount();
  const again = await open();
  expect(banner(again.container)).toBeNull();
  expect(subscribe).toHaveBeenCalledTimes(1);
});

test('no templates configured (or H5): no banner, nothing asked', async () => {
  ids.mockReturnValue([]);
  const { container } = await open();
  expect(banner(container)).toBeNull();
});

test('when WeChat cannot ask, the worker is told and nothing is remembered', async () => {
  subscribe.mockResolvedValue('unavailable');
  const { container } = await open();
  fireEvent.click(container.querySelector('.subscribe-button') as HTMLElement);
  await act(async () => undefined);
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('暂时无法') }));
  expect(useAppStore.getState().workSubscribe).toBeNull();
});

describe('weapp: reading WeChat answers', () => {
  beforeEach(() => {
    stub.requestSubscribeMessage = jest.fn();
  });
  test('any accepted template is an acceptance; all rejected a refusal; ban or filter is no way', async () => {
    stub.requestSubscribeMessage.mockResolvedValueOnce({ a: 'reject', b: 'accept', errMsg: 'ok' });
    expect(await weapp.subscribeWork(['a', 'b'])).toBe('accepted');
    expect(stub.requestSubscribeMessage).toHaveBeenLastCalledWith({ tmplIds: ['a', 'b'] });
    stub.requestSubscribeMessage.mockResolvedValueOnce({ a: 'reject', b: 'reject' });
    expect(await weapp.subscribeWork(['a', 'b'])).toBe('refused');
    stub.requestSubscribeMessage.mockResolvedValueOnce({ a: 'ban' });
    expect(await weapp.subscribeWork(['a'])).toBe('unavailable');
  });
  test('the main switch off in WeChat (20004) is a refusal; other failures are no way; no ids asks nothing', async () => {
    stub.requestSubscribeMessage.mockRejectedValueOnce({ errCode: 20004, errMsg: 'fail' });
    expect(await weapp.subscribeWork(['a'])).toBe('refused');
    stub.requestSubscribeMessage.mockRejectedValueOnce({ errCode: 10005, errMsg: 'fail' });
    expect(await weapp.subscribeWork(['a'])).toBe('unavailable');
    expect(await weapp.subscribeWork([])).toBe('unavailable');
    expect(stub.requestSubscribeMessage).toHaveBeenCalledTimes(2);
  });
  test('template ids come from the build env, at most three', () => {
    expect(weapp.workTemplateIds(' t1, t2 ,,t3,t4')).toEqual(['t1', 't2', 't3']);
    expect(weapp.workTemplateIds(undefined)).toEqual([]);
  });
});
