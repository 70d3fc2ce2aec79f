/** 我的资料, 答复模板 and 接受邀请, with the work services mocked. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AnswerTemplate, ProfileData, WorkloadData } from '~/types/api';
import InvitePage from '~/src/packages/work/pages/invite';
import ProfilePage from '~/src/packages/work/pages/profile';
import TemplatesPage from '~/src/packages/work/pages/templates';
import { CloudError } from '~/src/services/cloudError';
import { sayOwedOnHome } from '~/src/services/homeNotice';
import { useAppStore } from '~/src/stores';
import * as services from './support/services';
import { texts } from './work-stubs';

/** A form's submission id (request-once): a uuid, the same across the retries of one submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

jest.mock('@tarojs/components', () => jest.requireActual('./work-stubs').components());
jest.mock('@tarojs/taro', () => jest.requireActual('./work-stubs').taro());
jest.mock('~/src/services/work/acceptInvite');
jest.mock('~/src/services/work/deleteTemplate');
jest.mock('~/src/services/work/fetchProfile');
jest.mock('~/src/services/work/fetchTemplates');
jest.mock('~/src/services/work/fetchWorkload');
jest.mock('~/src/services/work/saveTemplate');
jest.mock('~/src/services/work/unbind');
jest.mock('~/src/services/work/updateProfile');
jest.mock('~/src/services/session/fetchMe');
const mocks = {
  accept: services.acceptInvite,
  remove: services.deleteTemplate,
  profile: services.fetchProfile,
  templates: services.fetchTemplates,
  workload: services.fetchWorkload,
  save: services.saveTemplate,
  unbind: services.unbind,
  update: services.updateProfile,
};
const stub = Taro as typeof Taro & { __reset: () => void; __setRouterParams: (p: Record<string, string>) => void };
const showModal = () => (Taro as unknown as { showModal: jest.Mock }).showModal;
const initial = useAppStore.getState();

const PROFILE: ProfileData = {
  role: 'volunteer',
  name: '张明远',
  phone: '13804361234',
  phonePublic: false,
  hours: '工作日 8:30-17:00',
  photoFileId: null,
  regionName: '洮北区',
  unitName: null,
  posts: [{ id: 'TB-PT-0001', name: '平台镇新立村先锋岗' }],
};
const WORKLOAD: WorkloadData = {
  answeredThisMonth: 17,
  medianMinutes: 125,
  onTimeShare: 0.875,
  rating: 4.6,
  ratingCount: 12,
  waiting: 3,
  overdue: 1,
};

async function show(page: JSX.Element) {
  const view = render(page);
  await act(async () => undefined);
  return view;
}
const type = (el: Element | null, value: string) => fireEvent.change(el as Element, { target: { value } });
const click = (el: Element | null) => act(async () => void fireEvent.click(el as Element));

beforeEach(() => {
  stub.__reset();
  Object.values(mocks).forEach((m) => m.mockReset());
  useAppStore.setState(initial, true);
});

describe('我的资料', () => {
  test('shows the workload figures formatted, the masked number residents see and the posts served', async () => {
    mocks.profile.mockResolvedValue(PROFILE);
    mocks.workload.mockResolvedValue(WORKLOAD);
    const { container } = await show(<ProfilePage />);
    expect(texts(container, 'figure-value')).toEqual(['17件', '2.1小时', '88%', '★4.6（12条）', '3件', '1件']);
    expect(container.querySelector('.fig-overdue .figure-value')?.className).toContain('overdue');
    expect(texts(container, 'phone-masked')).toEqual([
      '不公开时，群众看不到您的号码，页面会请他们在“我要咨询”里留言，或拨打司法所、12348电话',
    ]);
    expect(texts(container, 'post-served')).toEqual(['平台镇新立村先锋岗']);
    expect(container.textContent).toContain('照片暂不支持在这里上传');
    // What residents see changes within a minute, not at once: said before the volunteer checks by scanning.
    expect(texts(container, 'card-note')).toEqual(['保存后，先锋岗扫码页面最迟一分钟内显示新的资料']);
  });

  test('a worker with no answers yet sees 暂无, not 0 or NaN', async () => {
    mocks.profile.mockResolvedValue(PROFILE);
    mocks.workload.mockResolvedValue({ ...WORKLOAD, medianMinutes: null, onTimeShare: null, rating: null });
    const { container } = await show(<ProfilePage />);
    expect(texts(container, 'figure-value').slice(1, 4)).toEqual(['暂无', '暂无', '暂无']);
  });

  test('saving sends the form; a bad phone is refused first', async () => {
    mocks.profile.mockResolvedValue(PROFILE);
    mocks.workload.mockResolvedValue(WORKLOAD);
    mocks.update.mockImplementation(async (p) => ({ ...PROFILE, ...p, photoFileId: null }));
    const { container } = await show(<ProfilePage />);
    type(container.querySelector('.phone-input'), '1380436');
    await click(screen.getByText('保存资料'));
    expect(screen.getByText('手机号格式不正确')).toBeTruthy();
    type(container.querySelector('.phone-input'), '13904365678');
    await click(container.querySelector('.phone-public'));
    expect(container.querySelector('.phone-masked')).toBeNull();
    await click(screen.getByText('保存资料'));
    expect(mocks.update).toHaveBeenCalledWith({
      name: '张明远',
      phone: '13904365678',
      phonePublic: true,
      hours: '工作日 8:30-17:00',
    });
  });

  test('staff are offered only what they can change: their name; saving sends the name alone', async () => {
    const staff = {
      ...PROFILE,
      role: 'staff' as const,
      phone: '',
      hours: '',
      posts: [],
      unitName: '洮北区法律援助中心',
    };
    mocks.profile.mockResolvedValue(staff);
    mocks.workload.mockResolvedValue(WORKLOAD);
    mocks.update.mockImplementation(async (p) => ({ ...staff, name: p.name }));
    const { container } = await show(<ProfilePage />);
    for (const cls of ['phone-input', 'phone-public', 'hours-input', 'phone-masked', 'photo-note', 'card-note']) {
      expect([cls, container.querySelector(`.${cls}`)]).toEqual([cls, null]);
    }
    expect(container.querySelector('.staff-note')?.textContent).toContain('由管理员设置');
    type(container.querySelector('.name-input'), '刘司法');
    await click(screen.getByText('保存资料'));
    expect(mocks.update).toHaveBeenCalledWith({ name: '刘司法' });
  });

  test('解除绑定 asks first, then unbinds and goes home', async () => {
    mocks.profile.mockResolvedValue(PROFILE);
    mocks.workload.mockResolvedValue(WORKLOAD);
    mocks.unbind.mockResolvedValue(undefined);
    const { container } = await show(<ProfilePage />);
    showModal().mockResolvedValueOnce({ confirm: false, cancel: true });
    await click(container.querySelector('.unbind-button'));
    expect(mocks.unbind).not.toHaveBeenCalled();
    await click(container.querySelector('.unbind-button'));
    expect(mocks.unbind).toHaveBeenCalled();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
    // Said by the home page once it shows: H5 hides a toast shown before the switch completes.
    const said = () => (Taro.showToast as unknown as jest.Mock).mock.calls.map(([o]) => (o as { title: string }).title);
    expect(said()).not.toContain('已解除绑定');
    await act(async () => {
      await Promise.resolve();
      sayOwedOnHome();
    });
    expect(said()).toContain('已解除绑定');
  });
});

describe('答复模板', () => {
  const own: AnswerTemplate = {
    id: 't00000001',
    title: '我的欠薪答复',
    text: '请先保存好工资条',
    guideIds: [],
    builtIn: false,
  };
  const builtIn: AnswerTemplate = {
    id: 'tb0000001',
    title: '欠薪怎么办',
    text: '先协商',
    guideIds: ['x'],
    builtIn: true,
  };

  test('lists own and built-in templates; only own ones can be deleted, after a confirmation', async () => {
    mocks.templates.mockResolvedValue([builtIn, own]);
    mocks.remove.mockResolvedValue(true);
    const { container } = await show(<TemplatesPage />);
    expect(texts(container, 'template-name')).toEqual(['我的欠薪答复', '欠薪怎么办']);
    expect(container.querySelectorAll('.delete-template')).toHaveLength(1);
    showModal().mockResolvedValueOnce({ confirm: false, cancel: true });
    await click(container.querySelector('.delete-template'));
    expect(mocks.remove).not.toHaveBeenCalled();
    await click(container.querySelector('.delete-template'));
    expect(showModal()).toHaveBeenLastCalledWith(expect.objectContaining({ content: '确定删除“我的欠薪答复”吗？' }));
    expect(mocks.remove).toHaveBeenCalledWith('t00000001');
    expect(texts(container, 'template-name')).toEqual(['欠薪怎么办']);
  });

  test('adding a template sends title and text and lists it', async () => {
    mocks.templates.mockResolvedValue([builtIn]);
    mocks.save.mockResolvedValue({ ...own, id: 't00000002', title: '彩礼', text: '彩礼返还看情况' });
    const { container } = await show(<TemplatesPage />);
    type(container.querySelector('.template-title-input'), '彩礼');
    type(container.querySelector('.template-text-input'), '彩礼返还看情况');
    await click(screen.getByText('保存'));
    expect(mocks.save).toHaveBeenCalledWith({
      requestId: expect.stringMatching(UUID),
      title: '彩礼',
      text: '彩礼返还看情况',
    });
    expect(texts(container, 'template-name')).toEqual(['彩礼', '欠薪怎么办']);
  });
});

describe('接受邀请', () => {
  test('a code from the link binds, and the page names the role and where the caller now serves', async () => {
    mocks.accept.mockResolvedValue({ role: 'volunteer', label: '张明远', where: '新立村' });
    stub.__setRouterParams({ code: 'abcd2345efgh' });
    const { container } = await show(<InvitePage />);
    expect((container.querySelector('.invite-code') as HTMLInputElement).value).toBe('ABCD2345EFGH');
    await click(screen.getByText('绑定'));
    expect(mocks.accept).toHaveBeenCalledWith('ABCD2345EFGH');
    expect(screen.getByText('张明远，您已绑定为新立村的法律明白人')).toBeTruthy();
    await click(screen.getByText('进入工作台'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/work/pages/inbox/index' });
  });

  test.each([
    ['INVITE_EXPIRED', '邀请码已过期，请向管理员重新申请'],
    ['INVITE_USED', '这个邀请码已被使用，请向管理员重新申请'],
    ['INVITE_NOT_FOUND', '邀请码不存在，请向管理员确认'],
    ['ALREADY_BOUND', '您的微信已绑定其他身份，请先在“我的资料”中解除绑定'],
  ] as const)('%s is shown as the server’s Chinese message', async (code, message) => {
    mocks.accept.mockRejectedValue(new CloudError(code, message));
    const { container } = await show(<InvitePage />);
    type(container.querySelector('.invite-code'), 'wxyz-2345-abcd');
    expect((container.querySelector('.invite-code') as HTMLInputElement).value).toBe('WXYZ2345ABCD');
    await click(screen.getByText('绑定'));
    expect(texts(container, 'form-error')).toEqual([message]);
    expect(container.textContent).not.toContain(code);
  });

  test('a scanned code (scene) fills the box too', async () => {
    stub.__setRouterParams({ scene: encodeURIComponent('code=WXYZ2345ABCD') });
    const { container } = await show(<InvitePage />);
    expect((container.querySelector('.invite-code') as HTMLInputElement).value).toBe('WXYZ2345ABCD');
  });

  test('a short code is refused without a call', async () => {
    const { container } = await show(<InvitePage />);
    type(container.querySelector('.invite-code'), 'ABC');
    await click(screen.getByText('绑定'));
    expect(texts(container, 'form-error')).toEqual(['邀请码应为12位字母或数字']);
    expect(mocks.accept).not.toHaveBeenCalled();
  });
});
