/** 邀请工作人员: validation by field, posts picked or typed, the new code shown big and copied, unused invites. */
// First: importing the fixture mocks the page's services before the page loads them.
import { COUNTY, create, invites, me, services, TAOBEI, townshipPosts, townships } from './admin-invite-fixture';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { InviteSummary, MeData, TownshipsData } from '~/types/api';
import InvitePage from '~/src/packages/admin/pages/invite';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { fetchInviteCode as inviteCode } from './support/services';
import { texts } from './support/page';

/** A form's submission id (request-once): a uuid, the same across the retries of one submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

jest.mock('~/src/services/admin/fetchInviteCode');
const initial = useAppStore.getState();
const CITY: MeData = { role: 'admin', label: '市司法局管理员', regionCode: '220800', regionName: '白城市' };
// 2026-12-04 10:00 in Baicheng (UTC+8).
const EXPIRES = Date.UTC(2026, 11, 4, 2, 0);
const TREE: TownshipsData = {
  counties: [TAOBEI, { code: '220881', name: '洮南市', townships: [{ code: '220881100', name: '瓦房镇' }] }],
};
const post = (id: string, name: string) => ({
  id,
  name,
  address: '',
  villageName: '',
  lat: 45.6,
  lng: 122.8,
  radiusM: 500,
  distanceM: null,
  inCircle: null,
});
const UNUSED: InviteSummary = {
  code: 'ABCD2345EFGH',
  role: 'mediator',
  name: '李建国',
  regionName: '平台镇',
  createdAt: EXPIRES - 7 * 86400_000,
  expiresAt: EXPIRES,
  usedAt: null,
};

async function renderAs(who: MeData) {
  useAppStore.setState({ me: who });
  const view = render(<InvitePage />);
  await act(async () => undefined);
  return view;
}

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const type = (c: HTMLElement, sel: string, value: string) => fireEvent.change($(c, sel), { target: { value } });
const errors = (c: HTMLElement) => Array.from(c.querySelectorAll('.form-error')).map((n) => n.textContent);

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  create.mockReset();
  invites.mockReset().mockResolvedValue([UNUSED]);
  townships.mockReset().mockResolvedValue(TREE);
  townshipPosts.mockReset().mockResolvedValue([post('TB-PT-0001', '新立村先锋岗'), post('TB-PT-0002', '平安村先锋岗')]);
  me.mockReset().mockResolvedValue(CITY);
  inviteCode.mockReset().mockResolvedValue({ imageUrl: '/qr/invite/K7M2P9Q4R8TX.svg', path: 'unused' });
  // No unit listed: the form falls back to a typed unit id.
  services.mockReset().mockResolvedValue({ services: [] });
});

test('a non-admin is told to sign in as an admin and no invites are asked for', async () => {
  me.mockResolvedValue({ role: 'resident', label: '群众', regionCode: null, regionName: null });
  render(<InvitePage />);
  await act(async () => undefined);
  expect(screen.getByText('请使用管理员身份登录')).toBeTruthy();
  expect(invites).not.toHaveBeenCalled();
});

test('lists the unused invites with role, region and expiry', async () => {
  const { container } = await renderAs(CITY);
  expect($(container, '.invite-item-who').textContent).toBe('李建国 · 调解员 · 平台镇');
  expect($(container, '.invite-item-code').textContent).toBe('ABCD2345EFGH');
  expect($(container, '.invite-item-expires').textContent).toBe('有效期至 2026年12月4日 10:00');
});

test('an unused invite can be shown again: its share card and mini-program code', async () => {
  const { container } = await renderAs(CITY);
  await act(async () => fireEvent.click(screen.getByText('转发或显示小程序码')));
  expect($(container, '.invite-code').textContent).toBe('ABCD2345EFGH');
  expect((Taro as unknown as { __share: () => { path: string } }).__share().path).toBe(
    '/packages/work/pages/invite/index?code=ABCD2345EFGH',
  );
  expect(inviteCode).toHaveBeenCalledWith('ABCD2345EFGH');
});

test('an empty form is refused by field and nothing is sent', async () => {
  const { container } = await renderAs(CITY);
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect(errors(container)).toEqual(['姓名至少2个字', '法律明白人至少要服务一个先锋岗']);
  expect(create).not.toHaveBeenCalled();
});

test('a malformed typed post id is named; mediators and staff need their unit', async () => {
  const { container } = await renderAs(CITY);
  type(container, '.input-name', '王秀兰');
  type(container, '.input-post-ids', 'TB-PT-0001，TB PT/9');
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect(errors(container)).toEqual(['岗位编号“PT/9”格式不正确']);
  fireEvent.click(screen.getByText('工作人员'));
  expect(container.querySelector('.input-post-ids')).toBeNull();
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect(errors(container)).toEqual(['请填写所在单位编号']);
  expect(create).not.toHaveBeenCalled();
});

test('a city admin picks a county, a township and its posts; success shows the code big and copies it', async () => {
  create.mockResolvedValueOnce({
    code: 'K7M2P9Q4R8TX',
    expiresAt: EXPIRES,
    path: 'packages/work/pages/invite/index?code=K7M2P9Q4R8TX',
  });
  const { container } = await renderAs(CITY);
  expect(screen.getByText('本辖区 · 白城市')).toBeTruthy();
  fireEvent.click(screen.getByText('洮北区'));
  await act(async () => fireEvent.click(screen.getByText('平台镇')));
  expect(townshipPosts).toHaveBeenCalledWith('220802100');
  fireEvent.click(screen.getByText('新立村先锋岗'));
  type(container, '.input-post-ids', 'TB-PT-0009');
  type(container, '.input-name', ' 王秀兰 ');
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect(create).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    role: 'volunteer',
    regionCode: '220802100',
    name: '王秀兰',
    postIds: ['TB-PT-0001', 'TB-PT-0009'],
  });
  expect($(container, '.invite-code').textContent).toBe('K7M2P9Q4R8TX');
  expect($(container, '.invite-expires').textContent).toBe('有效期至 2026年12月4日 10:00');
  // No page path as text: the invite travels as a share card opening the accept page, or as its code's image.
  expect(container.querySelector('.invite-path')).toBeNull();
  expect((Taro as unknown as { __share: () => { path: string } }).__share().path).toBe(
    '/packages/work/pages/invite/index?code=K7M2P9Q4R8TX',
  );
  expect(inviteCode).toHaveBeenCalledWith('K7M2P9Q4R8TX');
  expect($(container, '.invite-qr-image').getAttribute('src')).toBe('/qr/invite/K7M2P9Q4R8TX.svg');
  expect(invites).toHaveBeenCalledTimes(2);
  await act(async () => fireEvent.click(screen.getByText('复制邀请码')));
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: 'K7M2P9Q4R8TX' });
  await act(async () => fireEvent.click(screen.getByText('再邀请一位')));
  expect(container.querySelector('.invite-form')).not.toBeNull();
});

test('a county admin sees only their townships; a mediator is sent with the unit typed', async () => {
  create.mockResolvedValueOnce({ code: 'K7M2P9Q4R8TX', expiresAt: EXPIRES, path: 'p' });
  const { container } = await renderAs(COUNTY);
  expect(container.querySelectorAll('.county-option')).toHaveLength(0);
  expect(texts(container, 'township-option')).toEqual(['平台镇', '到保镇']);
  fireEvent.click(screen.getByText('调解员'));
  type(container, '.input-name', '李建国');
  type(container, '.input-service', ' mr-220802100 ');
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect(create).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    role: 'mediator',
    regionCode: '220802',
    name: '李建国',
    postIds: [],
    serviceId: 'mr-220802100',
  });
});

test("the server's refusals show by the field they name, in Chinese", async () => {
  const { container } = await renderAs(CITY);
  fireEvent.click(screen.getByText('工作人员'));
  type(container, '.input-name', '赵敏');
  type(container, '.input-service', 'nope');
  create.mockRejectedValueOnce(new CloudError('NOT_FOUND', '没有找到这个单位', 'serviceId'));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  const serviceField = $(container, '.input-service').parentElement as HTMLElement;
  expect(serviceField.querySelector('.form-error')?.textContent).toBe('没有找到这个单位');

  fireEvent.click(screen.getByText('法律明白人'));
  type(container, '.input-post-ids', 'TB-XX-0001');
  create.mockRejectedValueOnce(new CloudError('POST_NOT_FOUND', '没有找到先锋岗 TB-XX-0001', 'postIds.0'));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  const postsField = $(container, '.input-post-ids').closest('.field') as HTMLElement;
  expect(postsField.querySelector(':scope > .form-error')?.textContent).toBe('没有找到先锋岗 TB-XX-0001');

  // The field comes with the error, not from its words: a message naming 先锋岗 but carrying no field goes to the
  // form's foot, and one about a field the form does not show (the re-bound volunteer) goes there too.
  create.mockRejectedValueOnce(new CloudError('RATE_LIMITED', '先锋岗操作太频繁，请稍后再试'));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect($(container, '.form-failed').textContent).toBe('先锋岗操作太频繁，请稍后再试');
  expect(postsField.querySelector(':scope > .form-error')).toBeNull();
  create.mockRejectedValueOnce(new CloudError('NOT_FOUND', '没有找到这个法律明白人', 'volunteerId'));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect($(container, '.form-failed').textContent).toBe('没有找到这个法律明白人');

  create.mockRejectedValueOnce(new CloudError('NETWORK'));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  expect($(container, '.form-failed').textContent).toBe('网络不给力，请检查网络后重试');
});

test('a township with more posts than listed says the rest can be typed', async () => {
  townshipPosts.mockResolvedValue(
    Array.from({ length: 20 }, (_, i) => post(`TB-PT-${String(i + 1).padStart(4, '0')}`, `第${i + 1}村先锋岗`)),
  );
  const { container } = await renderAs(COUNTY);
  await act(async () => fireEvent.click(screen.getByText('平台镇')));
  expect(container.querySelectorAll('.post-option')).toHaveLength(20);
  expect(screen.getByText('点选本乡镇的先锋岗（可多选；只列出前20个，其余请在下方输入编号）')).toBeTruthy();
});

test('a retry after a lost reply sends the same submission id; the next invite a new one', async () => {
  const made = { code: 'K7M2P9Q4R8TX', expiresAt: EXPIRES, path: 'packages/work/pages/invite/index?code=K7M2P9Q4R8TX' };
  create.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValue(made);
  const { container } = await renderAs(CITY);
  fireEvent.click(screen.getByText('工作人员'));
  fireEvent.click(screen.getByText('管理员'));
  type(container, '.input-name', '陈立新');
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  await act(async () => fireEvent.click(screen.getByText('再邀请一位')));
  fireEvent.click(screen.getByText('管理员'));
  type(container, '.input-name', '赵新');
  await act(async () => fireEvent.click(screen.getByText('生成邀请码')));
  const ids = create.mock.calls.map(([input]) => (input as { requestId: string }).requestId);
  expect(ids).toHaveLength(3);
  expect(ids[0]).toMatch(UUID);
  expect(ids[1]).toBe(ids[0]);
  expect(ids[2]).not.toBe(ids[0]);
});
