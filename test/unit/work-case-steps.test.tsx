/** 诉求办理: the mediation stepper, 五调联动 sources, reveal, not found and retry, the legal-aid decision date. */
// First: importing the fixture mocks Taro and the work services before anything loads them.
import {
  action,
  advance,
  click,
  detail,
  mediation,
  open,
  question,
  reveal,
  resetCaseMocks,
  showModal,
  type,
} from './work-case-fixture';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '~/src/packages/work/pages/case';
import { CloudError } from '~/src/services/cloudError';
import { texts } from './work-stubs';
import { openWith } from './support/page';

resetCaseMocks();

test('the mediation stepper marks the step and offers exactly the next steps; a future day is refused', async () => {
  advance.mockResolvedValue(mediation({ status: 'agreed', version: 4, agreementSummary: '双方同意…', actions: [] }));
  const { container } = await open(mediation());
  expect(texts(container, 'step-label')).toEqual(['已受理', '调查中', '调解中', '达成协议', '已回访']);
  expect(texts(container, 'step-current')).toEqual(['3调解中']);
  expect(texts(container, 'case-source')).toEqual(['警调']);
  await action('advance');
  expect(texts(container, 'step-option')).toEqual(['达成协议', '未达成协议']);
  expect(texts(container, 'step-day')).toEqual(['2026-11-28']);
  expect(container.querySelector('.picker')?.getAttribute('data-end')).toBe('2026-11-28');
  type(container.querySelector('.picker-input') as Element, '2026-11-29');
  expect(screen.getByText('日期不能晚于今天')).toBeTruthy();
  expect(texts(container, 'step-day')).toEqual(['2026-11-28']);
  type(container.querySelector('.picker-input') as Element, '2026-11-26');
  fireEvent.click(screen.getByText('达成协议', { selector: '.step-option span' }));
  type(container.querySelector('.note-input') as Element, '双方同意赔偿两千元');
  await act(async () => void fireEvent.click(container.querySelector('.advance-form .form-submit') as HTMLElement));
  expect(advance).toHaveBeenCalledWith({
    id: 'rq0000002',
    version: 3,
    to: 'agreed',
    on: '2026-11-26',
    note: '双方同意赔偿两千元',
  });
  expect(texts(container, 'agreement-text')).toEqual(['双方同意…']);
  await click('复制');
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '双方同意…' });
});

test('accepting a referred case asks for its 五调联动 source', async () => {
  advance.mockResolvedValue(mediation({ status: 'accepted', actions: [] }));
  const { container } = await open(mediation({ status: 'submitted', source: null, nextSteps: ['accepted'] }));
  await action('advance');
  expect(texts(container, 'source-option')).toEqual(['物调', '劳调', '信调', '诉调', '警调', '群众申请']);
  fireEvent.click(screen.getByText('诉调'));
  type(container.querySelector('.note-input') as Element, '法院委派调解');
  await act(async () => void fireEvent.click(container.querySelector('.advance-form .form-submit') as HTMLElement));
  expect(advance).toHaveBeenCalledWith(expect.objectContaining({ to: 'accepted', source: 'court', on: '2026-11-28' }));
});

test('revealing a full ID number asks first, says it is recorded, then shows it in place', async () => {
  const aid = question({
    id: 'rq0000003',
    kind: 'aid',
    status: 'reviewing',
    fields: [
      { label: '申请人', value: '李桂兰' },
      { label: '身份证号', value: '220802********1234' },
      { label: '联系电话', value: '139****5678' },
    ],
    actions: ['approve', 'decline', 'reveal'],
  });
  reveal.mockResolvedValue({ value: '220802195601011234' });
  const { container } = await open(aid);
  showModal().mockResolvedValueOnce({ confirm: false, cancel: true });
  await click('查看完整身份证号');
  expect(showModal()).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('查看将被记录') }),
  );
  expect(reveal).not.toHaveBeenCalled();
  expect(texts(container, 'field-idNumber')).toEqual(['220802********1234']);
  await click('查看完整身份证号');
  expect(reveal).toHaveBeenCalledWith('rq0000003', 'idNumber');
  expect(texts(container, 'field-idNumber')).toEqual(['220802195601011234']);
  expect(texts(container, 'field-phone')).toEqual(['139****5678']);
  expect(screen.queryByText('查看完整身份证号')).toBeNull();
});

test('a request out of scope reads as not found; a network failure offers 重试', async () => {
  detail.mockRejectedValueOnce(new CloudError('REQUEST_NOT_FOUND'));
  const missing = openWith(<CasePage />, { id: 'rq0000404' });
  await act(async () => undefined);
  expect(screen.getByText('没有找到这条诉求')).toBeTruthy();
  missing.unmount();
  detail.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValue(question());
  const { container } = render(<CasePage />);
  await act(async () => undefined);
  await click('重试');
  expect(texts(container, 'case-title')).toEqual(['法律咨询 · 拖欠工资']);
});

test('a refusal (a city admin opening a case link) reads 无权查看 with its reason, with no network headline or 重试', async () => {
  detail.mockRejectedValueOnce(new CloudError('FORBIDDEN'));
  const { container } = openWith(<CasePage />, { id: 'rq0000001' });
  await act(async () => undefined);
  expect(container.querySelector('.state-title')?.textContent).toBe('无权查看');
  expect(container.querySelector('.state-hint')?.textContent).toBe('您没有权限进行此操作');
  expect(screen.queryByText('网络不给力')).toBeNull();
  expect(screen.queryByText('重试')).toBeNull();
  expect(detail).toHaveBeenCalledTimes(1);
});

test("legal-aid staff see the decision date and the applicant's urgency (第四十四条)", async () => {
  // Received Saturday 2026-11-28 (CST): the 7th day after, 12-05, is a Saturday, so Monday 12-07, ending at 24:00 CST.
  const dueAt = Date.UTC(2026, 11, 7, 16, 0);
  const aid = question({ id: 'rq0000004', kind: 'aid', status: 'submitted', dueAt, urgent: true, actions: [] });
  const { container } = await open(aid);
  expect(container.querySelector('.case-decision-day')?.textContent).toBe(
    '应在 2026年12月7日（星期一） 24时前作出决定（依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算）',
  );
  expect(container.querySelector('.case-urgent')?.textContent).toBe('情况紧急');
  expect(container.querySelector('.case-urgent-note')?.textContent).toContain('法律援助法第四十四条');
});

test('a question shows no decision date and no urgency badge', async () => {
  const { container } = await open(question());
  expect(container.querySelector('.case-decision-day')).toBeNull();
  expect(container.querySelector('.case-urgent')).toBeNull();
});
