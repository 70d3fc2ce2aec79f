/**
 * The shared set-up of the 诉求办理 page tests (work-case*.test.tsx): the mocked services typed, a question, legal-aid
 * and mediation detail as the work function returns them, a template, and the clicks and typing a worker does.
 * Importing this file mocks the worker pages' Taro stand-ins (work-stubs) and the eight work services the page
 * calls: jest.mock is hoisted above this file's own imports, so the page and the test file see the mocks as long as
 * the test file imports this file before anything that loads them.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AnswerTemplate, WorkAction, WorkDetail } from '~/types/api';
import CasePage from '~/src/packages/work/pages/case';
import {
  advanceCase as advance,
  answerRequest as answer,
  decideAid as decide,
  fetchCase as detail,
  fetchTemplates as templates,
  handOver as hand,
  revealField as reveal,
  saveTemplate as save,
} from './support/services';
import { stub } from './support/page';
import { HOUR, inboxItem, NOW } from './support/work-items';

jest.mock('@tarojs/components', () => jest.requireActual('./work-stubs').components());
jest.mock('@tarojs/taro', () => jest.requireActual('./work-stubs').taro());
jest.mock('~/src/services/work/fetchCase');
jest.mock('~/src/services/work/answerRequest');
jest.mock('~/src/services/work/fetchTemplates');
jest.mock('~/src/services/work/advanceCase');
jest.mock('~/src/services/work/revealField');
jest.mock('~/src/services/work/handOver');
jest.mock('~/src/services/work/saveTemplate');
jest.mock('~/src/services/work/decideAid');

/** The page's services, mocked above. */
export { advance, answer, decide, detail, hand, reveal, save, templates };
export { stub };
export const showModal = () => (Taro as unknown as { showModal: jest.Mock }).showModal;

export { HOUR, NOW };

/** A pending question as the work function details it: the 工作台 row plus fields, timeline and actions. */
export function question(over: Partial<WorkDetail> = {}): WorkDetail {
  return {
    ...inboxItem(),
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
