/**
 * The shared set-up of the 诉求办理 page tests (work-case*.test.tsx): the mocked services typed, a question, legal-aid
 * and mediation detail as the work function returns them, a template, and the clicks and typing a worker does.
 * The test files themselves call jest.mock for the services (a mock must be declared where jest hoists it).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AnswerTemplate, WorkAction, WorkDetail } from '~/types/api';
import CasePage from '~/src/packages/work/pages/case';
import { advanceCase } from '~/src/services/work/advanceCase';
import { answerRequest } from '~/src/services/work/answerRequest';
import { fetchCase } from '~/src/services/work/fetchCase';
import { fetchTemplates } from '~/src/services/work/fetchTemplates';
import { handOver } from '~/src/services/work/handOver';
import { decideAid } from '~/src/services/work/decideAid';
import { revealField } from '~/src/services/work/revealField';
import { saveTemplate } from '~/src/services/work/saveTemplate';

export const detail = fetchCase as jest.MockedFunction<typeof fetchCase>;
export const answer = answerRequest as jest.MockedFunction<typeof answerRequest>;
export const templates = fetchTemplates as jest.MockedFunction<typeof fetchTemplates>;
export const advance = advanceCase as jest.MockedFunction<typeof advanceCase>;
export const reveal = revealField as jest.MockedFunction<typeof revealField>;
export const hand = handOver as jest.MockedFunction<typeof handOver>;
export const save = saveTemplate as jest.MockedFunction<typeof saveTemplate>;
export const decide = decideAid as jest.MockedFunction<typeof decideAid>;
export const stub = Taro as typeof Taro & {
  __reset: () => void;
  __setRouterParams: (p: Record<string, string>) => void;
};
export const showModal = () => (Taro as unknown as { showModal: jest.Mock }).showModal;

// 2026-11-28 10:00 in Baicheng (UTC+8).
export const NOW = Date.UTC(2026, 10, 28, 2, 0);
export const HOUR = 3600_000;

export function question(over: Partial<WorkDetail> = {}): WorkDetail {
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

export const TEMPLATE: AnswerTemplate = {
  id: 'tb0000001',
  title: '欠薪怎么办',
  text: '先和老板协商，不行就到劳动保障监察大队投诉。',
  guideIds: ['wages-unpaid'],
  builtIn: true,
};

export async function open(d: WorkDetail) {
  detail.mockResolvedValue(d);
  stub.__setRouterParams({ id: d.id });
  const view = render(<CasePage />);
  await act(async () => undefined);
  return view;
}

export const click = (text: string) => act(async () => void fireEvent.click(screen.getByText(text)));
export const action = (name: WorkAction) =>
  act(async () => void fireEvent.click(document.querySelector(`.action-${name}`) as HTMLElement));
export const type = (el: Element, value: string) => fireEvent.change(el, { target: { value } });

/** Fresh mocks and a fixed clock for each test of the file that calls it. */
export function resetCaseMocks(): void {
  beforeEach(() => {
    stub.__reset();
    for (const m of [detail, answer, templates, advance, reveal, hand, save, decide]) m.mockReset();
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());
}

/** A mediation case in 调解中 whose next steps are 达成协议 / 未达成. */
export const mediation = (over: Partial<WorkDetail> = {}) =>
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
