/** The mediation page (申请调解): the steps explained, validation, the live count, drafts and retry. */
import { act, fireEvent, screen } from '@testing-library/react';
import MediationPage from '~/src/packages/resident/pages/mediation';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { requestMediation as send } from './support/services';
import { openWith, resetEachTest, texts, type } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/requestMediation');
const DUE = Date.UTC(2026, 10, 30, 1, 0);

function open() {
  return openWith(<MediationPage />, { postId: 'TB-PT-0001' });
}

function fill(container: HTMLElement) {
  fireEvent.click(screen.getByText('邻里纠纷'));
  type(container, 'input-name', '张桂芝');
  type(container, 'input-phone', '13904365678');
  type(container, 'input-other-party', '邻居王某');
  type(container, 'input-text', '王某盖房占了我家院墙外两米地');
  fireEvent.click(screen.getByText('周末'));
}

resetEachTest(send);

test('explains the five steps before the form', () => {
  const { container } = open();
  const steps = texts(container, 'step-name');
  expect(steps).toEqual(['1. 受理', '2. 调查', '3. 调解', '4. 达成协议 / 未达成', '5. 回访']);
  expect(container.querySelectorAll('.dispute-option')).toHaveLength(6);
});

test('the account count is live and missing answers show the contract messages', async () => {
  const { container } = open();
  type(container, 'input-text', '王某占地');
  expect(container.querySelector('.char-count')?.textContent).toBe('4/1000');
  type(container, 'input-phone', '0436123');
  await act(async () => fireEvent.click(screen.getByText('提交')));
  const errors = texts(container, 'form-error');
  expect(errors).toEqual([
    '请选择纠纷类型',
    '申请人姓名至少2个字',
    '手机号格式不正确',
    '对方当事人至少2个字',
    '纠纷简要情况至少10个字',
    '请选择方便的时间',
  ]);
  expect(send).not.toHaveBeenCalled();
});

test('a complete request is sent once and the success says when to expect a call', async () => {
  send.mockResolvedValueOnce({ id: 'rmed00001', created: true, dueAt: DUE });
  const { container } = open();
  fill(container);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(send).toHaveBeenCalledWith(
    expect.objectContaining({
      postId: 'TB-PT-0001',
      disputeType: 'neighbour',
      applicantName: '张桂芝',
      phone: '13904365678',
      otherParty: '邻居王某',
      preferredTime: 'weekend',
    }),
  );
  expect(container.querySelector('.form-success')?.textContent).toContain('预计 11月30日 09:00 前与您联系');
  expect(useAppStore.getState().drafts.mediation['TB-PT-0001']).toBeUndefined();
});

test('the draft survives leaving the page; a failed send keeps it and the retry reuses the clientId', async () => {
  const first = open();
  fill(first.container);
  first.unmount();
  const again = open();
  expect((again.container.querySelector('.input-other-party') as HTMLInputElement).value).toBe('邻居王某');
  expect(again.container.querySelector('.char-count')?.textContent).toBe('14/1000');

  send.mockRejectedValueOnce(new CloudError('NETWORK'));
  send.mockResolvedValueOnce({ id: 'rmed00001', created: false, dueAt: DUE });
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(screen.getByText('网络不给力，已保存草稿')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByText('重新提交')));
  expect(send.mock.calls[1][0].clientId).toBe(send.mock.calls[0][0].clientId);
  expect(again.container.querySelector('.form-success')).toBeTruthy();
});

test('a server error without a field (content check) is shown above the button and keeps the draft', async () => {
  send.mockRejectedValueOnce(new CloudError('CONTENT_REJECTED'));
  const { container } = open();
  fill(container);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(container.querySelector('.form-failed')?.textContent).toBe(
    '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响，已保存草稿',
  );
  expect(useAppStore.getState().drafts.mediation['TB-PT-0001'].fields.applicantName).toBe('张桂芝');
});
