/** 工作台: order and labels as the server sends them, time left / overdue, tabs, kind filter, grouping, refresh. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { InboxData, InboxItem } from '~/types/api';
import InboxPage from '~/src/packages/work/pages/inbox';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { fireDidShow, firePullDown, texts } from './work-stubs';
import { fetchInbox as inbox } from './support/services';
import { resetEachTest } from './support/page';
import { HOUR, inboxItem, NOW } from './support/work-items';

jest.mock('@tarojs/components', () => jest.requireActual('./work-stubs').components());
jest.mock('@tarojs/taro', () => jest.requireActual('./work-stubs').taro());
jest.mock('~/src/services/work/fetchInbox');

const item = (over: Partial<InboxItem>) => inboxItem(over);

const data = (items: InboxItem[], todoCount = items.length): InboxData => ({ items, todoCount });

async function open(role: 'volunteer' | 'mediator' | 'staff' = 'volunteer') {
  useAppStore.setState({ me: { role, label: '', regionCode: null, regionName: null } as never });
  const view = render(<InboxPage />);
  await act(async () => undefined);
  return view;
}

resetEachTest(inbox);
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => jest.restoreAllMocks());

test('rows come in the server order with kind, status, place, requester and the time left; overdue in red', async () => {
  inbox.mockResolvedValue(
    data([
      item({ id: 'rq0000002', title: '法律咨询 · 土地流转', dueAt: NOW - 2 * HOUR - 5 * 60_000, overdue: true }),
      item({ id: 'rq0000001', dueAt: NOW + 5 * HOUR + 10 * 60_000, requester: '王秀英' }),
      item({ id: 'rq0000003', dueAt: NOW + 40 * 60_000 }),
    ]),
  );
  const { container } = await open();
  expect(inbox).toHaveBeenCalledWith({ box: 'todo' });
  expect(texts(container, 'inbox-title')).toEqual([
    '法律咨询 · 土地流转',
    '法律咨询 · 拖欠工资',
    '法律咨询 · 拖欠工资',
  ]);
  expect(texts(container, 'inbox-kind')).toEqual(['咨询', '咨询', '咨询']);
  expect(texts(container, 'inbox-status')).toEqual(['待答复', '待答复', '待答复']);
  expect(container.querySelector('.inbox-place.place-line')).not.toBeNull();
  expect(texts(container, 'inbox-place')[0]).toBe('平台镇新立村先锋岗\u00a0· 新立村');
  expect(texts(container, 'inbox-requester')[1]).toBe('提交人：王秀英');
  expect(texts(container, 'inbox-due')).toEqual(['已超时 2小时', '还剩 5小时', '还剩 40分钟']);
  const due = container.querySelectorAll('.inbox-due');
  expect(due[0].className).toContain('overdue');
  expect(due[1].className).not.toContain('overdue');
  expect(texts(container, 'todo-count')).toEqual(['3']);
});

test('a request no longer waiting on its promise shows no time left', async () => {
  inbox.mockResolvedValue(
    data([
      item({ id: 'rq0000001', status: 'answered', dueAt: NOW - HOUR }),
      item({ id: 'rq0000002', kind: 'mediation', status: 'mediating', dueAt: NOW - HOUR }),
      item({ id: 'rq0000003', kind: 'aid', status: 'reviewing', dueAt: NOW + 30 * HOUR }),
    ]),
  );
  const { container } = await open();
  expect(texts(container, 'inbox-status')).toEqual(['已答复', '调解中', '审查中']);
  expect(texts(container, 'inbox-due')).toEqual(['还剩 30小时']);
});

test('a mediation accepted (受理) long ago or an application decided shows neither 还剩 nor 已超时', async () => {
  // Even a row an older server flagged overdue: the promise was first contact, and 受理 met it.
  inbox.mockResolvedValue(
    data([
      item({ id: 'rq0000001', kind: 'mediation', status: 'accepted', dueAt: NOW - 76 * 24 * HOUR, overdue: true }),
      item({ id: 'rq0000002', kind: 'mediation', status: 'agreed', dueAt: NOW - 70 * 24 * HOUR, overdue: true }),
      item({ id: 'rq0000003', kind: 'mediation', status: 'submitted', dueAt: NOW - 2 * 24 * HOUR, overdue: true }),
    ]),
  );
  const { container } = await open('mediator');
  expect(texts(container, 'inbox-due')).toEqual(['已超时 2天']);
  expect(container.querySelectorAll('.inbox-row-late')).toHaveLength(1);
});

test('a request the content check left to a person carries 待人工复核; the others do not', async () => {
  inbox.mockResolvedValue(data([item({ id: 'rq0000001', needsReview: true }), item({ id: 'rq0000002' })]));
  const { container } = await open();
  const rows = Array.from(container.querySelectorAll('.inbox-row'));
  expect(rows.map((r) => r.querySelector('.inbox-review')?.textContent ?? null)).toEqual(['待人工复核', null]);
});

test('a tap opens the case page', async () => {
  inbox.mockResolvedValue(data([item({ id: 'rq0000009' })]));
  const { container } = await open();
  fireEvent.click(container.querySelector('.inbox-row') as HTMLElement);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/work/pages/case/index?id=rq0000009' });
});

test('a volunteer has no kind filter; a mediator filters by kind, and tabs switch the box', async () => {
  inbox.mockResolvedValue(data([item({})]));
  const volunteer = await open('volunteer');
  expect(volunteer.container.querySelector('.kind-filter')).toBeNull();
  volunteer.unmount();

  const { container } = await open('mediator');
  expect(texts(container, 'kind-option')).toEqual(['全部', '咨询', '调解']);
  await act(async () => void fireEvent.click(screen.getByText('调解')));
  expect(inbox).toHaveBeenLastCalledWith({ box: 'todo', kind: 'mediation' });
  await act(async () => void fireEvent.click(screen.getByText('已处理')));
  expect(inbox).toHaveBeenLastCalledWith({ box: 'done', kind: 'mediation' });
});

test('in 全部, mediation cases are grouped by 五调联动 source, residents’ own last', async () => {
  inbox.mockResolvedValue(
    data([
      item({ id: 'rq0000011', kind: 'mediation', title: '调解 · 邻里', status: 'mediating' }),
      item({ id: 'rq0000012', kind: 'mediation', title: '调解 · 工资', source: 'labour', status: 'accepted' }),
      item({ id: 'rq0000013', kind: 'mediation', title: '调解 · 物业', source: 'property', status: 'agreed' }),
      item({ id: 'rq0000014', title: '咨询 · 土地' }),
    ]),
  );
  const { container } = await open('mediator');
  expect(texts(container, 'inbox-group-title')).toEqual([]);
  await act(async () => void fireEvent.click(screen.getByText('全部', { selector: '.inbox-tab span' })));
  expect(inbox).toHaveBeenLastCalledWith({ box: 'all' });
  expect(texts(container, 'inbox-group-title')).toEqual([
    '咨询与法律援助（1件）',
    '物调（1件）',
    '劳调（1件）',
    '群众申请（1件）',
  ]);
  expect(texts(container, 'inbox-source')).toEqual(['物调', '劳调']);
  expect(texts(container, 'inbox-title')).toEqual(['咨询 · 土地', '调解 · 物业', '调解 · 工资', '调解 · 邻里']);
});

test('pull-down and coming back reload; the pull-down spinner stops', async () => {
  inbox.mockResolvedValue(data([]));
  await open();
  expect(screen.getByText('暂时没有待处理的诉求')).toBeTruthy();
  fireDidShow(); // the first show is the open itself
  expect(inbox).toHaveBeenCalledTimes(1);
  await act(async () => fireDidShow());
  await act(async () => firePullDown());
  expect(inbox).toHaveBeenCalledTimes(3);
  expect((Taro as unknown as { stopPullDownRefresh: jest.Mock }).stopPullDownRefresh).toHaveBeenCalled();
});

test('a failure shows a Chinese message and 重试, never a code', async () => {
  inbox.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValue(data([item({})]));
  const { container } = await open();
  expect(screen.getByText('网络不给力，请检查网络后重试')).toBeTruthy();
  expect(container.textContent).not.toContain('NETWORK');
  await act(async () => void fireEvent.click(screen.getByText('重试')));
  expect(texts(container, 'inbox-title')).toHaveLength(1);
});

test('someone who is not a worker is told how to become one, with no links or tabs that lead only to refusals', async () => {
  inbox.mockRejectedValue(new CloudError('UNAUTHENTICATED', '请先绑定身份'));
  const { container } = await open();
  expect(screen.getByText('您还不是工作人员')).toBeTruthy();
  expect(screen.getByText('请使用管理员发给您的邀请码绑定身份')).toBeTruthy();
  expect(container.querySelector('.to-profile')).toBeNull();
  expect(container.querySelector('.to-templates')).toBeNull();
  expect(container.querySelector('.inbox-tabs')).toBeNull();
});
