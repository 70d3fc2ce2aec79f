/** 邀请工作人员: inviting an admin (no posts, no unit), the unit picker, and re-inviting a volunteer (重新邀请). */
// First: importing the fixture mocks the page's services before the page loads them.
import { COUNTY, create, invites, me, services, TAOBEI, townshipPosts, townships } from './admin-invite-fixture';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ServicesData, TownshipsData } from '~/types/api';
import InvitePage from '~/src/packages/admin/pages/invite';
import { useAppStore } from '~/src/stores';

/** A form's submission id (request-once): a uuid, the same across the retries of one submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const setParams = (Taro as unknown as { __setRouterParams: (p: Record<string, string>) => void }).__setRouterParams;
const initial = useAppStore.getState();
const TREE: TownshipsData = { counties: [TAOBEI] };
const unit = (id: string, name: string, kind: string, regionCode = '220802100') => ({ id, name, kind, regionCode });
const UNITS: Record<string, ServicesData> = {
  '220802': {
    services: [
      unit('mr-01', '平台镇人民调解室', 'mediationRoom'),
      unit('jo-01', '平台镇司法所', 'judicialOffice'),
      unit('la-01', '洮北区法律援助中心', 'legalAidCentre', '220802'),
      unit('ls-01', '洮北区妇女法律援助工作站', 'legalAidStation', '220802'),
    ],
  },
  '220802101': { services: [unit('mr-02', '到保镇人民调解室', 'mediationRoom', '220802101')] },
};
const INVITE = { code: 'K7M2P9Q4R8TX', expiresAt: Date.UTC(2026, 11, 4, 2), path: 'p' };

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const texts = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((n) => n.textContent);
const type = (c: HTMLElement, sel: string, value: string) => fireEvent.change($(c, sel), { target: { value } });
const errors = (c: HTMLElement) => texts(c, '.form-error');
const tap = (el: Element) => act(async () => void fireEvent.click(el));
const submit = () => tap(screen.getByText('生成邀请码'));

async function renderPage() {
  useAppStore.setState({ me: COUNTY });
  const view = render(<InvitePage />);
  await act(async () => undefined);
  return view;
}

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  create.mockReset().mockResolvedValue(INVITE);
  invites.mockReset().mockResolvedValue([]);
  services.mockReset().mockImplementation(async ({ regionCode }) => UNITS[regionCode ?? ''] ?? { services: [] });
  townships.mockReset().mockResolvedValue(TREE);
  townshipPosts.mockReset().mockResolvedValue([]);
  me.mockReset().mockResolvedValue(COUNTY);
});

test('管理员: chooses the region to manage, asks for neither posts nor a unit, and sends role admin', async () => {
  const { container } = await renderPage();
  await tap(screen.getByText('管理员'));
  expect(screen.getByText('新管理员管理的区域')).toBeTruthy();
  expect(container.querySelector('.posts-field')).toBeNull();
  expect(container.querySelector('.service-option, .input-service')).toBeNull();
  await tap(screen.getByText('到保镇'));
  type(container, '.input-name', '陈立新');
  await submit();
  // postIds: [] is the contract's default, filled in by the shared schema.
  expect(create).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    role: 'admin',
    regionCode: '220802101',
    name: '陈立新',
    postIds: [],
  });
});

test("the unit picker lists the region's units of the role's kinds and sends the one chosen", async () => {
  const { container } = await renderPage();
  expect(services).toHaveBeenCalledWith({ regionCode: '220802' });
  await tap(screen.getByText('调解员'));
  expect(texts(container, '.service-option')).toEqual(['平台镇人民调解室']);
  expect(container.querySelector('.input-service')).toBeNull();
  await tap(screen.getByText('工作人员'));
  expect(texts(container, '.service-option')).toEqual([
    '平台镇司法所',
    '洮北区法律援助中心',
    '洮北区妇女法律援助工作站',
  ]);
  type(container, '.input-name', '赵敏');
  await submit();
  expect(errors(container)).toEqual(['请选择所在单位']);
  expect(create).not.toHaveBeenCalled();
  await tap(screen.getByText('洮北区法律援助中心'));
  expect($(container, '.service-option.chip-on').textContent).toBe('洮北区法律援助中心');
  await submit();
  expect(create).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    role: 'staff',
    regionCode: '220802',
    name: '赵敏',
    postIds: [],
    serviceId: 'la-01',
  });
});

test('another region asks for its own units and drops the unit chosen before', async () => {
  const { container } = await renderPage();
  await tap(screen.getByText('调解员'));
  await tap(screen.getByText('平台镇人民调解室'));
  await tap(screen.getByText('到保镇'));
  expect(services).toHaveBeenLastCalledWith({ regionCode: '220802101' });
  expect(texts(container, '.service-option')).toEqual(['到保镇人民调解室']);
  expect(container.querySelector('.service-option.chip-on')).toBeNull();
  await tap(screen.getByText('平台镇'));
  // No unit listed for this township: the unit id is typed instead.
  expect(container.querySelector('.service-option')).toBeNull();
  expect(screen.getByText('这个区域没有可选的单位，请输入单位编号')).toBeTruthy();
  type(container, '.input-name', '李建国');
  type(container, '.input-service', 'mr-99');
  await submit();
  expect(create).toHaveBeenCalledWith(
    expect.objectContaining({ role: 'mediator', regionCode: '220802100', serviceId: 'mr-99' }),
  );
});

test('重新邀请 from 人员管理: the volunteer prefilled, no post required, their id sent; the next invite is a new person', async () => {
  setParams({ volunteerId: 'v0001', name: encodeURIComponent('张明远'), region: '220802100' });
  const { container } = await renderPage();
  expect(screen.getByText('重新邀请 张明远')).toBeTruthy();
  expect(($(container, '.input-name') as HTMLInputElement).value).toBe('张明远');
  expect(texts(container, '.role-option')).toEqual(['法律明白人', '调解员']);
  expect($(container, '.township-option.chip-on').textContent).toBe('平台镇');
  await submit();
  expect(create).toHaveBeenCalledWith({
    requestId: expect.stringMatching(UUID),
    role: 'volunteer',
    regionCode: '220802100',
    name: '张明远',
    postIds: [],
    volunteerId: 'v0001',
  });
  await tap(screen.getByText('再邀请一位'));
  expect(container.querySelector('.rebind-note')).toBeNull();
  expect(($(container, '.input-name') as HTMLInputElement).value).toBe('');
  expect(texts(container, '.role-option')).toEqual(['法律明白人', '调解员', '工作人员', '管理员']);
});

test('an unused admin invite is listed as 管理员', async () => {
  invites.mockResolvedValue([
    {
      code: 'ABCD2345EFGH',
      role: 'admin',
      name: '陈立新',
      regionName: '到保镇',
      createdAt: 0,
      expiresAt: INVITE.expiresAt,
      usedAt: null,
    },
  ]);
  const { container } = await renderPage();
  expect($(container, '.invite-item-who').textContent).toBe('陈立新 · 管理员 · 到保镇');
});
