/** 诉求办理: exactly the allowed buttons, answering with a template, version and reload, the stepper, reveal. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AnswerTemplate, WorkAction, WorkDetail } from '../../types/api';
import CasePage from '../../src/packages/work/pages/case';
import { GUIDE_REFS as GUIDES } from '../../src/services/guides/titles';
import { CloudError } from '../../src/services/cloudError';
import { advanceCase } from '../../src/services/work/advanceCase';
import { answerRequest } from '../../src/services/work/answerRequest';
import { fetchCase } from '../../src/services/work/fetchCase';
import { fetchTemplates } from '../../src/services/work/fetchTemplates';
import { handOver } from '../../src/services/work/handOver';
import { decideAid } from '../../src/services/work/decideAid';
import { revealField } from '../../src/services/work/revealField';
import { saveTemplate } from '../../src/services/work/saveTemplate';
import { texts } from './work-stubs';

jest.mock('@tarojs/components', () => jest.requireActual('./work-stubs').components());
jest.mock('@tarojs/taro', () => jest.requireActual('./work-stubs').taro());
jest.mock('../../src/services/work/fetchCase');
jest.mock('../../src/services/work/answerRequest');
jest.mock('../../src/services/work/fetchTemplates');
jest.mock('../../src/services/work/advanceCase');
jest.mock('../../src/services/work/revealField');
jest.mock('../../src/services/work/handOver');
jest.mock('../../src/services/work/saveTemplate');
jest.mock('../../src/services/work/decideAid');
const detail = fetchCase as jest.MockedFunction<typeof fetchCase>;
const answer = answerRequest as jest.MockedFunction<typeof answerRequest>;
const templates = fetchTemplates as jest.MockedFunction<typeof fetchTemplates>;
const advance = advanceCase as jest.MockedFunction<typeof advanceCase>;
const reveal = revealField as jest.MockedFunction<typeof revealField>;
const hand = handOver as jest.MockedFunction<typeof handOver>;
const save = saveTemplate as jest.MockedFunction<typeof saveTemplate>;
const decide = decideAid as jest.MockedFunction<typeof decideAid>;
const stub = Taro as typeof Taro & { __reset: () => void; __setRouterParams: (p: Record<string, string>) => void };
const showModal = () => (Taro as unknown as { showModal: jest.Mock }).showModal;

// 2026-11-28 10:00 in Baicheng (UTC+8).
const NOW = Date.UTC(2026, 10, 28, 2, 0);
const HOUR = 3600_000;

function question(over: Partial<WorkDetail> = {}): WorkDetail {
  return {
    id: 'rq0000001',
    kind: 'question',
    title: '法律咨询 · 拖欠工资',
    excerpt: '',
    status: 'pending',
    postName: '平台镇新立村先锋岗',
    villageName: '新立村',
    requester: '匿名群众',
    createdAt: NOW - 20 * HOUR,
    updatedAt: NOW - 20 * HOUR,
    dueAt: NOW + 4 * HOUR,
    overdue: false,
    source: null,
    version: 3,
    fields: [{ label: '问题描述', value: '老板欠了三个月工资不给' }],
    timeline: [{ at: NOW - 20 * HOUR, status: 'pending', by: '系统', note: '' }],
    answers: [],
    rating: null,
    actions: ['answer', 'askMore', 'handOver', 'close'],
    nextSteps: [],
    handOverTargets: [{ id: 'svc-jo-001', name: '平台镇司法所' }],
    agreementSummary: null,
    ...over,
  };
}

const TEMPLATE: AnswerTemplate = {
  id: 'tb0000001',
  title: '欠薪怎么办',
  text: '先和老板协商，不行就到劳动保障监察大队投诉。',
  guideIds: ['wages-unpaid'],
  builtIn: true,
};

async function open(d: WorkDetail) {
  detail.mockResolvedValue(d);
  stub.__setRouterParams({ id: d.id });
  const view = render(<CasePage />);
  await act(async () => undefined);
  return view;
}

const click = (text: string) => act(async () => void fireEvent.click(screen.getByText(text)));
const action = (name: WorkAction) =>
  act(async () => void fireEvent.click(document.querySelector(`.action-${name}`) as HTMLElement));
const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });

beforeEach(() => {
  stub.__reset();
  for (const m of [detail, answer, templates, advance, reveal, hand, save, decide]) m.mockReset();
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => jest.restoreAllMocks());

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

const mediation = (over: Partial<WorkDetail> = {}) =>
  question({
    id: 'rq0000002',
    kind: 'mediation',
    title: '调解申请 · 邻里纠纷',
    status: 'mediating',
    source: 'police',
    actions: ['advance'],
    nextSteps: ['agreed', 'failed'],
    handOverTargets: [],
    ...over,
  });

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
  stub.__setRouterParams({ id: 'rq0000404' });
  const missing = render(<CasePage />);
  await act(async () => undefined);
  expect(screen.getByText('没有找到这条诉求')).toBeTruthy();
  missing.unmount();
  detail.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValue(question());
  const { container } = render(<CasePage />);
  await act(async () => undefined);
  await click('重试');
  expect(texts(container, 'case-title')).toEqual(['法律咨询 · 拖欠工资']);
});

test("legal-aid staff see the decision date and the applicant's urgency (第四十四条)", async () => {
  // Received Saturday 2026-11-28 (CST): the 7th day after, 12-05, is a Saturday, so Monday 12-07, ending at 24:00 CST.
  const dueAt = Date.UTC(2026, 11, 7, 16, 0);
  const aid = question({ id: 'rq0000004', kind: 'aid', status: 'submitted', dueAt, urgent: true, actions: [] });
  const { container } = await open(aid);
  expect(container.querySelector('.case-decision-day')?.textContent).toBe(
    '应在 2026年12月7日（星期一） 24时前作出决定（依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天是休息日或法定节假日的，已顺延到其后的第一个工作日）',
  );
  expect(container.querySelector('.case-urgent')?.textContent).toBe('时效紧迫');
  expect(container.querySelector('.case-urgent-note')?.textContent).toContain('法律援助法第四十四条');
});

test('a question shows no decision date and no urgency badge', async () => {
  const { container } = await open(question());
  expect(container.querySelector('.case-decision-day')).toBeNull();
  expect(container.querySelector('.case-urgent')).toBeNull();
});
