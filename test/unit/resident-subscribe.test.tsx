/**
 * Subscribe messages: on weapp, 提交 first asks WeChat's consent for the configured templates (inside the tap),
 * and neither a refusal nor a failure stops the submission; H5 asks nothing.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AidPage from '~/src/packages/resident/pages/aid';
import AskPage from '~/src/packages/resident/pages/ask';
import MediationPage from '~/src/packages/resident/pages/mediation';
import * as h5 from '~/src/services/requests/requestSubscribe.h5';
import * as weapp from '~/src/services/requests/requestSubscribe.weapp';
import {
  applyAid as aid,
  askQuestion as ask,
  requestMediation as mediate,
  requestSubscribe as subscribe,
} from './support/services';
import { openWith, resetEachTest, stub, type } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/applyAid');
jest.mock('~/src/services/requests/askQuestion');
jest.mock('~/src/services/requests/requestMediation');
jest.mock('~/src/services/requests/requestSubscribe');
const REPLY = { id: 'rabc12345', created: true, dueAt: Date.UTC(2026, 10, 29, 2, 0) };
// The shared Taro stand-in has no requestSubscribeMessage; a plain mock stands in.
const requestSubscribeMessage = jest.fn();
Object.assign(Taro, { requestSubscribeMessage });

function openAsk() {
  const view = openWith(<AskPage />, { postId: 'TB-PT-0001' });
  fireEvent.click(screen.getByText('拖欠工资'));
  type(view.container, 'input-text', '老板欠了我三个月工资不给');
  return view;
}

resetEachTest(ask, aid, mediate, subscribe, requestSubscribeMessage);

describe('the forms', () => {
  test('提交 asks for consent within the tap itself, before the question is sent', async () => {
    const order: string[] = [];
    subscribe.mockImplementation(() => {
      order.push('subscribe');
      return Promise.resolve();
    });
    ask.mockImplementation(() => {
      order.push('ask');
      return Promise.resolve(REPLY);
    });
    openAsk();
    fireEvent.click(screen.getByText('提交'));
    // Synchronously, during the click: WeChat shows its dialog only from a tap.
    expect(subscribe).toHaveBeenCalledTimes(1);
    await act(async () => undefined);
    expect(order).toEqual(['subscribe', 'ask']);
    expect(screen.getByText('查看我的诉求')).toBeTruthy();
  });

  test('a failed or refused consent is ignored: the question is still sent', async () => {
    subscribe.mockRejectedValueOnce(new Error('requestSubscribeMessage:fail'));
    ask.mockResolvedValueOnce(REPLY);
    openAsk();
    await act(async () => fireEvent.click(screen.getByText('提交')));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(screen.getByText('查看我的诉求')).toBeTruthy();
  });

  test('an invalid form asks nothing and sends nothing', async () => {
    stub.__setRouterParams({ postId: 'TB-PT-0001' });
    render(<AskPage />);
    await act(async () => fireEvent.click(screen.getByText('提交')));
    expect(subscribe).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });

  test('the mediation form asks too, before sending', async () => {
    subscribe.mockResolvedValue(undefined);
    mediate.mockResolvedValueOnce(REPLY);
    const { container } = openWith(<MediationPage />, { postId: 'TB-PT-0001' });
    fireEvent.click(container.querySelectorAll('.dispute-option')[0]);
    type(container, 'input-name', '张大爷');
    type(container, 'input-phone', '13812345678');
    type(container, 'input-other-party', '邻居王某');
    type(container, 'input-text', '邻居家的树倒在我家院子里，压坏了鸡舍');
    fireEvent.click(container.querySelectorAll('.time-option')[0]);
    await act(async () => fireEvent.click(screen.getByText('提交')));
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(mediate).toHaveBeenCalledTimes(1);
    expect(subscribe.mock.invocationCallOrder[0]).toBeLessThan(mediate.mock.invocationCallOrder[0]);
  });
});

test('the legal-aid form asks too, before sending', async () => {
  subscribe.mockResolvedValue(undefined);
  aid.mockResolvedValueOnce(REPLY);
  const { container } = openWith(<AidPage />, { postId: 'TB-PT-0001' });
  fireEvent.click(screen.getByText('请求确认劳动关系或者支付劳动报酬'));
  fireEvent.click(screen.getByText('以上都不是'));
  type(container, 'input-household', '4');
  type(container, 'input-income', '600');
  fireEvent.click(screen.getByText('下一步'));
  type(container, 'input-name', '刘长海');
  type(container, 'input-id-number', '220802198001011232');
  type(container, 'input-phone', '13604361111');
  type(container, 'input-address', '洮北区平台镇新立村三组');
  fireEvent.click(screen.getByText('劳动仲裁中'));
  type(container, 'input-facts', '2025年在工地干活八个月，包工头拖欠工资两万元至今未给。');
  fireEvent.click(container.querySelector('.pledge-checkbox') as HTMLElement);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(subscribe).toHaveBeenCalledTimes(1);
  expect(aid).toHaveBeenCalledTimes(1);
  expect(subscribe.mock.invocationCallOrder[0]).toBeLessThan(aid.mock.invocationCallOrder[0]);
});

describe('requestSubscribe on weapp', () => {
  test('template ids come from the comma-separated build env; blanks are dropped', () => {
    expect(weapp.subscribeTemplateIds(' tA , tB,,')).toEqual(['tA', 'tB']);
    expect(weapp.subscribeTemplateIds('')).toEqual([]);
    expect(weapp.subscribeTemplateIds(undefined)).toEqual([]);
  });

  test('asks WeChat for the templates (at most 3 per call)', async () => {
    requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', tA: 'accept' });
    await weapp.requestSubscribe(['tA', 'tB', 'tC', 'tD']);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tA', 'tB', 'tC'] });
  });

  test('no template configured: asks nothing', async () => {
    await weapp.requestSubscribe([]);
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  test('a refusal or a failure resolves quietly', async () => {
    requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail cancel', errCode: 20004 });
    await expect(weapp.requestSubscribe(['tA'])).resolves.toBeUndefined();
  });

  test('H5 asks nothing (the outbox is the channel)', async () => {
    await expect(h5.requestSubscribe()).resolves.toBeUndefined();
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });
});
