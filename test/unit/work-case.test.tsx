/** 诉求办理: exactly the allowed buttons, answering with a template, version and reload, decisions, hand-over. */
// First: importing the fixture mocks Taro and the work services before anything loads them.
import {
  action,
  answer,
  click,
  decide,
  detail,
  hand,
  NOW,
  open,
  question,
  resetCaseMocks,
  save,
  TEMPLATE,
  templates,
  type,
} from './work-case-fixture';
import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { WorkAction } from '~/types/api';
import { GUIDE_REFS as GUIDES } from '~/src/services/guides/titles';
import { CloudError } from '~/src/services/cloudError';
import { texts } from './work-stubs';

/** A form's submission id (request-once): a uuid, the same across the retries of one submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

resetCaseMocks();

test.each<[WorkAction[], string[]]>([
  [
    ['answer', 'askMore', 'handOver', 'close'],
    ['答复', '请群众补充', '转交', '办结'],
  ],
  [['close'], ['办结']],
  [
    ['startReview', 'askMore', 'reveal'],
    ['开始审查', '请群众补充'],
  ],
  [
    ['approve', 'decline', 'reveal'],
    ['准予法律援助', '不予法律援助'],
  ],
  [[], []],
])('actions %j show exactly the buttons %j', async (actions, labels) => {
  const { container } = await open(question({ actions }));
  expect(texts(container, 'action-button')).toEqual(labels);
  expect(container.querySelectorAll('.reveal-button').length).toBe(actions.includes('reveal') ? 2 : 0);
});

test('answering with a template inserts its text and guides, and sends them with the version seen', async () => {
  templates.mockResolvedValue([TEMPLATE]);
  const after = question({
    status: 'answered',
    version: 4,
    answers: [{ at: NOW, by: '法律明白人 张明远', text: TEMPLATE.text, guideIds: ['wages-unpaid'] }],
    actions: ['answer', 'close'],
  });
  answer.mockResolvedValue(after);
  const { container } = await open(question());
  await action('answer');
  await click('选择模板');
  await click('欠薪怎么办（通用）');
  const box = container.querySelector('.answer-input') as HTMLInputElement;
  expect(box.value).toBe(TEMPLATE.text);
  expect(texts(container, 'chosen-guide')).toEqual(['老板拖欠工资不给怎么办？ ✕']);
  await click('提交');
  expect(answer).toHaveBeenCalledWith({ id: 'rq0000001', version: 3, text: TEMPLATE.text, guideIds: ['wages-unpaid'] });
  // The reply replaces the page: the answer, its guide as a link, the new status.
  expect(texts(container, 'case-status')).toEqual(['已答复']);
  expect(texts(container, 'answer-text')).toEqual([TEMPLATE.text]);
  fireEvent.click(container.querySelector('.guide-link') as HTMLElement);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/guides/pages/detail/index?id=wages-unpaid' });
});

test('an answer with picked guides can be saved as a template', async () => {
  save.mockResolvedValue({ ...TEMPLATE, id: 't00000001', builtIn: false, title: '欠薪' });
  const { container } = await open(question());
  await action('answer');
  type(container.querySelector('.answer-input') as Element, '先协商，再投诉，最后仲裁');
  await click('附上指南');
  const options = container.querySelectorAll('.guide-option');
  expect(options).toHaveLength(GUIDES.length);
  for (let i = 0; i < 7; i++) fireEvent.click(options[i]);
  expect(texts(container, 'chosen-guide')).toHaveLength(5); // at most MAX_GUIDE_LINKS
  await click('保存为模板');
  type(container.querySelector('.template-title-input') as Element, '欠薪');
  await act(async () => void fireEvent.click(container.querySelector('.save-template-confirm') as HTMLElement));
  expect(save).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    title: '欠薪',
    text: '先协商，再投诉，最后仲裁',
    guideIds: expect.arrayContaining([expect.any(String)]),
  });
  expect(save.mock.calls[0][0].guideIds).toHaveLength(5);
  expect(answer).not.toHaveBeenCalled();
});

test('declining legal aid sends the reason with the version', async () => {
  const aid = question({ id: 'rq0000003', kind: 'aid', status: 'reviewing', actions: ['approve', 'decline'] });
  decide.mockResolvedValue({ ...aid, status: 'declined', actions: [], version: 4 });
  const { container } = await open(aid);
  await action('decline');
  type(container.querySelector('.note-input') as Element, '家庭收入高于当地标准');
  await act(async () => void fireEvent.click(container.querySelector('.decide-form .form-submit') as HTMLElement));
  expect(decide).toHaveBeenCalledWith({
    id: 'rq0000003',
    version: 3,
    decision: 'decline',
    reason: '家庭收入高于当地标准',
  });
  expect(texts(container, 'case-status')).toEqual(['不予法律援助']);
  expect(texts(container, 'action-button')).toEqual([]);
});

test('a too-short answer is refused by the page without a call', async () => {
  const { container } = await open(question());
  await action('answer');
  type(container.querySelector('.answer-input') as Element, '好的');
  await click('提交');
  expect(screen.getByText('答复内容至少5个字')).toBeTruthy();
  expect(answer).not.toHaveBeenCalled();
});

test('when someone else handled it first (REQUEST_CHANGED) the page says so and reloads', async () => {
  answer.mockRejectedValue(new CloudError('REQUEST_CHANGED', '这条诉求刚刚已被其他人处理，请刷新后查看'));
  const { container } = await open(question());
  detail.mockResolvedValue(question({ status: 'answered', version: 4, actions: ['close'] }));
  await action('answer');
  type(container.querySelector('.answer-input') as Element, '您可以先和老板协商工资的事');
  await click('提交');
  expect(detail).toHaveBeenCalledTimes(2);
  expect(texts(container, 'case-notice')).toEqual(['这条诉求刚刚已被其他人处理，已为您刷新，请查看最新情况']);
  expect(texts(container, 'case-status')).toEqual(['已答复']);
  expect(texts(container, 'action-button')).toEqual(['办结']);
  expect(container.textContent).not.toContain('REQUEST_CHANGED');
});

test('a hand-over needs a target from the list and a reason', async () => {
  hand.mockResolvedValue(question({ actions: [] }));
  const { container } = await open(question());
  await action('handOver');
  expect(texts(container, 'target-option')).toEqual(['平台镇司法所']);
  type(container.querySelector('.note-input') as Element, '涉及劳动仲裁，需司法所协助');
  const submit = container.querySelector('.hand-over-form .form-submit') as HTMLElement;
  await act(async () => void fireEvent.click(submit));
  expect(hand).toHaveBeenCalledWith({
    id: 'rq0000001',
    version: 3,
    toServiceId: 'svc-jo-001',
    reason: '涉及劳动仲裁，需司法所协助',
  });
});
