/** 我的诉求 and a request's detail page, with the request services mocked. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { RequestDetail, RequestSummary } from '~/types/api';
import MinePage from '~/src/packages/resident/pages/mine';
import RequestPage from '~/src/packages/resident/pages/request';
import { CloudError } from '~/src/services/cloudError';
import { deleteMyData as remove, fetchMyRequests as list, fetchRequestDetail as detail } from './support/services';
import { openWith, resetEachTest, texts } from './support/page';

jest.mock('~/src/services/requests/fetchMyRequests');
jest.mock('~/src/services/requests/fetchRequestDetail');
jest.mock('~/src/services/requests/deleteMyData');
// The shared Taro stand-in has no showModal; this page is the first to need one.
const showModal = jest.fn();
(Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
// 2026-11-27 09:30 and 2026-11-28 09:30 in Baicheng (UTC+8).
const AT = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 10, 28, 1, 30);
// An application received on 11-27: decided by 24:00 CST of 12-04, the 7th day after (民法典 第二百零一、二百零三条).
const AID_DUE = Date.UTC(2026, 11, 4, 16, 0);
const AID_DAY =
  '法律援助机构应在 2026年12月4日（星期五） 24时前作出是否给予法律援助的决定（依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算）';

function summary(over: Partial<RequestSummary>): RequestSummary {
  const base = { postId: 'TB-PT-0001', postName: '平台镇新立村先锋岗', createdAt: AT, updatedAt: AT, dueAt: DUE };
  return { ...base, id: 'rq0000001', kind: 'question', title: '拖欠工资', excerpt: '', status: 'pending', ...over };
}

async function renderMine() {
  const view = render(<MinePage />);
  await act(async () => undefined);
  return view;
}

resetEachTest(showModal, list, detail, remove);

describe('我的诉求', () => {
  test('lists kind, title, status, time and, while open, the due time', async () => {
    list.mockResolvedValueOnce([
      summary({}),
      summary({ id: 'rq0000002', kind: 'mediation', title: '邻里纠纷', status: 'agreed' }),
      summary({ id: 'rq0000003', kind: 'aid', title: '请求支付劳动报酬', status: 'reviewing', dueAt: AID_DUE }),
    ]);
    const { container } = await renderMine();
    expect(texts(container, 'request-title')).toEqual(['拖欠工资', '邻里纠纷', '请求支付劳动报酬']);
    expect(texts(container, 'request-status')).toEqual(['待答复', '达成协议', '审查中']);
    expect(texts(container, 'request-kind')).toEqual(['法律咨询', '调解申请', '法律援助']);
    expect(texts(container, 'request-time')[0]).toBe('提交于 11月27日 09:30');
    expect(texts(container, 'request-due')).toEqual(['预计 11月28日 09:30 前答复', AID_DAY]);
  });

  test('a mediation already accepted (受理) no longer promises first contact', async () => {
    list.mockResolvedValueOnce([
      summary({ id: 'rq0000002', kind: 'mediation', title: '邻里纠纷', status: 'submitted' }),
      summary({ id: 'rq0000003', kind: 'mediation', title: '排水沟', status: 'accepted' }),
      summary({ id: 'rq0000004', kind: 'mediation', title: '宅基地', status: 'mediating' }),
    ]);
    const { container } = await renderMine();
    expect(texts(container, 'request-due')).toEqual(['预计 11月28日 09:30 前与您联系']);
  });

  test('tapping a request opens its detail page', async () => {
    list.mockResolvedValueOnce([summary({ id: 'rq0000009' })]);
    const { container } = await renderMine();
    fireEvent.click(container.querySelector('.request-item') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/request/index?id=rq0000009' });
  });

  test('empty and error states; retry loads again', async () => {
    list.mockResolvedValueOnce([]);
    const empty = await renderMine();
    expect(screen.getByText('还没有提交过诉求')).toBeTruthy();
    expect(empty.container.querySelector('.delete-my-data')).toBeNull();
    empty.unmount();

    list.mockRejectedValueOnce(new CloudError('NETWORK'));
    list.mockResolvedValueOnce([summary({})]);
    const failed = await renderMine();
    expect(screen.getByText('网络不给力')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(texts(failed.container, 'request-title')).toEqual(['拖欠工资']);
  });

  test('删除我的数据 asks first; cancelling deletes nothing', async () => {
    list.mockResolvedValueOnce([summary({})]);
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderMine();
    await act(async () => fireEvent.click(screen.getByText('删除我的数据')));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除我的数据', confirmText: '删除' }));
    expect(remove).not.toHaveBeenCalled();
  });

  test('confirming deletes everything and the list comes back empty', async () => {
    list.mockResolvedValueOnce([summary({})]).mockResolvedValueOnce([]);
    showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    remove.mockResolvedValueOnce(1);
    await renderMine();
    await act(async () => fireEvent.click(screen.getByText('删除我的数据')));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已删除' }));
    expect(screen.getByText('还没有提交过诉求')).toBeTruthy();
  });
});

function full(over: Partial<RequestDetail>): RequestDetail {
  return {
    ...summary({}),
    fields: [
      { label: '咨询类别', value: '拖欠工资' },
      { label: '回电电话', value: '138****1234' },
    ],
    timeline: [{ at: AT, status: 'pending', by: '本人', note: '' }],
    answers: [],
    rating: null,
    canRate: false,
    canSupplement: false,
    askedFor: null,
    ...over,
  };
}

describe('a request in full', () => {
  async function renderDetail(id = 'rq0000001') {
    const view = openWith(<RequestPage />, { id });
    await act(async () => undefined);
    return view;
  }

  test('a question shows its fields, masked as the server sent them, and the answers', async () => {
    detail.mockResolvedValueOnce(
      full({
        status: 'answered',
        answers: [{ at: DUE, by: '法律明白人 王秀兰', text: '可以先向劳动监察大队投诉。', guideIds: [] }],
      }),
    );
    const { container } = await renderDetail();
    expect(detail).toHaveBeenCalledWith('rq0000001');
    expect(screen.getByText('138****1234')).toBeTruthy();
    expect(screen.getByText('可以先向劳动监察大队投诉。')).toBeTruthy();
    expect(screen.getByText('法律明白人 王秀兰 · 11月28日 09:30')).toBeTruthy();
    expect(texts(container, 'request-status')).toEqual(['已答复']);
    expect(container.querySelector('.request-due')).toBeNull();
    expect(texts(container, 'timeline-entry')).toHaveLength(1);
  });

  test('a mediation shows the five steps with the current one highlighted', async () => {
    detail.mockResolvedValueOnce(
      full({
        kind: 'mediation',
        status: 'mediating',
        timeline: [
          { at: AT, status: 'accepted', by: '新立村人民调解委员会', note: '已登记' },
          { at: AT + 3600_000, status: 'investigating', by: '调解员 李建国', note: '' },
          { at: DUE, status: 'mediating', by: '调解员 李建国', note: '约定周六上午调解' },
        ],
      }),
    );
    const { container } = await renderDetail();
    expect(texts(container, 'step-label')).toEqual(['已受理', '调查中', '调解中', '达成协议', '已回访']);
    expect(texts(container, 'step-current')).toEqual(['3调解中']);
    expect(container.querySelectorAll('.step-done')).toHaveLength(2);
    expect(texts(container, 'timeline-entry')).toHaveLength(3);
    expect(screen.getByText('约定周六上午调解')).toBeTruthy();
  });

  test('a failed mediation marks 未达成协议 on the agreement step', async () => {
    detail.mockResolvedValueOnce(full({ kind: 'mediation', status: 'failed' }));
    const { container } = await renderDetail();
    expect(texts(container, 'step-current')).toEqual(['4未达成协议']);
  });

  test('an aid application repeats the framing and shows the decision date', async () => {
    detail.mockResolvedValueOnce(full({ kind: 'aid', status: 'reviewing', dueAt: AID_DUE }));
    const { container } = await renderDetail();
    expect(screen.getByText(/这是预申请，不是决定。.*法律援助法第四十三条/)).toBeTruthy();
    expect(screen.getByText(AID_DAY)).toBeTruthy();
    expect(container.querySelector('.aid-declined')).toBeNull();
  });

  test('a refused application says a written notice follows and where to object (第四十三、四十九条)', async () => {
    detail.mockResolvedValueOnce(full({ kind: 'aid', status: 'declined', dueAt: AID_DUE }));
    const { container } = await renderDetail();
    const notice = container.querySelector('.aid-declined')?.textContent ?? '';
    expect(notice).toContain('另行书面告知您不予法律援助的决定和理由（法律援助法第四十三条）');
    expect(notice).toContain('向设立该法律援助机构的司法行政部门（县、市、区司法局）提出（法律援助法第四十九条）');
    // A decided application no longer promises a date.
    expect(container.querySelector('.request-due')).toBeNull();
  });

  test('an approved application shows the decision, its reason and the appointment in 3 days, not the framing', async () => {
    detail.mockResolvedValueOnce(
      full({
        kind: 'aid',
        status: 'approved',
        dueAt: AID_DUE,
        decision: { approved: true, reason: '符合法律援助条件，指派律师代理。' },
      }),
    );
    const { container } = await renderDetail();
    const notice = container.querySelector('.aid-approved')?.textContent ?? '';
    expect(notice).toContain('已准予法律援助');
    expect(notice).toContain('理由：符合法律援助条件，指派律师代理。');
    expect(notice).toContain('自决定之日起三日内指派法律援助人员');
    // 这是预申请，不是决定 no longer stands above a decision.
    expect(screen.queryByText(/这是预申请，不是决定/)).toBeNull();
  });

  test('a deleted request says so; a network error offers a retry', async () => {
    detail.mockRejectedValueOnce(new CloudError('REQUEST_NOT_FOUND'));
    const gone = await renderDetail();
    expect(screen.getByText('没有找到这条诉求')).toBeTruthy();
    gone.unmount();
    detail.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValueOnce(full({}));
    await renderDetail();
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(screen.getByText('138****1234')).toBeTruthy();
  });
});
