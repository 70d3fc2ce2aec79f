/** 先锋岗详情 / 新增: the facts and history, edits that keep what was typed on a refusal, move, retire, create. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdminPost, PostDetail, RegionsData } from '~/types/api';
import { clearRegionCache } from '~/src/packages/admin/components/RegionSelect';
import PostPage from '~/src/packages/admin/pages/post';
import { CloudError } from '~/src/services/cloudError';
import { gcj02ToWgs84, wgs84ToGcj02 } from '~/types/gcj02';
import { adminPost } from '../support/admin-post';
import {
  createPost as create,
  fetchPost as detail,
  fetchRegions as regions,
  updatePost as update,
} from './support/services';
import { stub } from './support/page';

jest.mock('~/src/services/admin/createPost');
jest.mock('~/src/services/admin/fetchPost');
jest.mock('~/src/services/admin/fetchRegions');
jest.mock('~/src/services/admin/updatePost');
const extra = Object.assign(Taro, { showModal: jest.fn(), chooseLocation: jest.fn() });

const POST: AdminPost = adminPost('TB-PT-0001', '新立村先锋岗', 1, { address: '新立村村委会' });
// 2026-11-20 09:30 in Baicheng (UTC+8).
const AT = Date.UTC(2026, 10, 20, 1, 30);
const DETAIL: PostDetail = {
  post: POST,
  history: [{ at: AT, by: '洮北区司法局', action: 'create', summary: '新增先锋岗' }],
  volunteerList: [{ id: 'v1', name: '张明远', isMediator: true, bound: false }],
  link: '/s/TB-PT-0001',
};
const TREE: Record<string, RegionsData> = {
  root: { parent: { code: '220802', name: '洮北区', level: 'county' }, regions: [] },
};

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const type = (c: HTMLElement, sel: string, value: string) => fireEvent.change($(c, sel), { target: { value } });
const value = (c: HTMLElement, sel: string) => ($(c, sel) as HTMLInputElement).value;
const errors = (c: HTMLElement) => Array.from(c.querySelectorAll('.form-error')).map((n) => n.textContent);
const click = async (el: Element) => act(async () => void fireEvent.click(el));

async function show(params: Record<string, string>) {
  stub.__setRouterParams(params);
  const view = render(<PostPage />);
  await act(async () => undefined);
  return view;
}

beforeEach(() => {
  stub.__reset();
  clearRegionCache();
  detail.mockReset().mockResolvedValue(DETAIL);
  update.mockReset().mockResolvedValue(POST);
  create.mockReset();
  regions.mockReset().mockImplementation(async (code?: string) => TREE[code ?? 'root']);
  extra.showModal.mockReset().mockResolvedValue({ confirm: true, cancel: false });
  extra.chooseLocation.mockReset();
});

describe('先锋岗详情', () => {
  test('shows the post, its link, volunteers and history', async () => {
    const { container } = await show({ postId: 'TB-PT-0001' });
    expect(detail).toHaveBeenCalledWith('TB-PT-0001');
    expect($(container, '.post-title').textContent).toBe('新立村先锋岗');
    expect($(container, '.post-address').textContent).toBe('新立村村委会');
    expect(container.querySelector('.post-village.place-line')).not.toBeNull();
    expect($(container, '.post-village').textContent).toBe('平台镇\u00a0· 新立村');
    expect($(container, '.post-coords').textContent).toBe('45.620000, 122.840000');
    expect($(container, '.post-status').textContent).toBe('在用');
    expect($(container, '.post-link').textContent).toBe('/s/TB-PT-0001');
    expect($(container, '.volunteer-row').textContent).toBe('张明远调解员未绑定微信');
    expect($(container, '.history-time').textContent).toBe('2026年11月20日 09:30');
    expect($(container, '.history-summary').textContent).toBe('新增先锋岗');
    fireEvent.click(screen.getByText('打印二维码牌'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/plates/index?postIds=TB-PT-0001' });
  });

  test('an edit is checked locally, sent, and a refusal keeps what was typed', async () => {
    const { container } = await show({ postId: 'TB-PT-0001' });
    type(container, '.edit-form .input-name', '新');
    await click($(container, '.edit-submit'));
    expect(errors(container)).toEqual(['名称至少2个字']);
    expect(update).not.toHaveBeenCalled();
    type(container, '.edit-form .input-name', '新立村法律服务岗');
    update.mockRejectedValueOnce(new CloudError('INVALID_INPUT', '名称不能超过30个字', 'name'));
    await click($(container, '.edit-submit'));
    expect(update).toHaveBeenLastCalledWith({
      postId: 'TB-PT-0001',
      name: '新立村法律服务岗',
      address: '新立村村委会',
    });
    expect(errors(container)).toEqual(['名称不能超过30个字']);
    expect(value(container, '.edit-form .input-name')).toBe('新立村法律服务岗');
    detail.mockResolvedValueOnce({ ...DETAIL, post: { ...POST, name: '新立村法律服务岗' } });
    await click($(container, '.edit-submit'));
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '已保存', icon: 'none' });
    expect($(container, '.post-title').textContent).toBe('新立村法律服务岗');
  });

  test('a move outside the city is refused next to the coordinates, which stay as typed', async () => {
    const { container } = await show({ postId: 'TB-PT-0001' });
    expect(container.querySelector('.choose-location')).toBeNull();
    type(container, '.move-form .input-lat', '39.9');
    type(container, '.move-form .input-lng', '116.4');
    update.mockRejectedValueOnce(new CloudError('OUTSIDE_CITY', undefined, 'lat'));
    await click($(container, '.move-submit'));
    expect(update).toHaveBeenLastCalledWith({ postId: 'TB-PT-0001', lat: 39.9, lng: 116.4 });
    expect(errors(container)).toEqual(['位置不在本市范围内，请检查经纬度']);
    // Beside the field the server says the refusal is about, not at the form's foot.
    expect($(container, '.move-form .input-lat').parentElement?.querySelector('.form-error')?.textContent).toBe(
      '位置不在本市范围内，请检查经纬度',
    );
    expect(value(container, '.move-form .input-lat')).toBe('39.9');
    expect(value(container, '.move-form .input-lng')).toBe('116.4');
  });

  test('on WeChat 选择位置 fills the WGS-84 coordinates of the GCJ-02 point picked on the map', async () => {
    process.env.TARO_ENV = 'weapp';
    try {
      extra.chooseLocation.mockResolvedValueOnce({
        latitude: 45.6312341,
        longitude: 122.8512339,
        name: '',
        address: '',
      });
      const { container } = await show({ postId: 'TB-PT-0001' });
      await click(screen.getByText('选择位置'));
      // The picker opens on the post where WeChat's map draws it (GCJ-02), not ~500 m off.
      const opened = extra.chooseLocation.mock.calls[0][0] as { latitude: number; longitude: number };
      expect(opened).toEqual({ latitude: wgs84ToGcj02(POST).lat, longitude: wgs84ToGcj02(POST).lng });
      // What is saved is WGS-84: the picked GCJ-02 point moved back by Baicheng's ≈ 0.002° / 0.006°.
      const saved = gcj02ToWgs84({ lat: 45.6312341, lng: 122.8512339 });
      expect(value(container, '.move-form .input-lat')).toBe(saved.lat.toFixed(6));
      expect(value(container, '.move-form .input-lng')).toBe(saved.lng.toFixed(6));
      expect(45.6312341 - saved.lat).toBeCloseTo(0.0019, 3);
      expect(122.8512339 - saved.lng).toBeCloseTo(0.0059, 3);
    } finally {
      Reflect.deleteProperty(process.env, 'TARO_ENV');
    }
  });

  test('撤销 asks first and says the old plate still opens; then 恢复 is offered', async () => {
    const { container } = await show({ postId: 'TB-PT-0001' });
    extra.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await click(screen.getByText('撤销先锋岗'));
    expect(update).not.toHaveBeenCalled();
    const asked = extra.showModal.mock.calls[0][0] as { content: string };
    expect(asked.content).toContain('旧二维码牌仍能扫开');
    expect(asked.content).toContain('求助电话');
    detail.mockResolvedValueOnce({ ...DETAIL, post: { ...POST, status: 'retired' } });
    await click(screen.getByText('撤销先锋岗'));
    expect(update).toHaveBeenLastCalledWith({ postId: 'TB-PT-0001', status: 'retired' });
    expect($(container, '.post-status').textContent).toBe('已撤销');
    // Retired: nothing to edit, move or print (the server refuses a retired post's plates), only 恢复.
    expect(container.querySelector('.print-plate')).toBeNull();
    expect(container.querySelector('.move-form')).toBeNull();
    expect(container.querySelector('.post-retired-note')?.textContent).toContain('恢复后才能修改');
    await click(screen.getByText('恢复先锋岗'));
    expect(update).toHaveBeenLastCalledWith({ postId: 'TB-PT-0001', status: 'active' });
    expect(extra.showModal).toHaveBeenCalledTimes(2);
  });

  test('a refused 撤销 says why in a toast and leaves the post as it was', async () => {
    const { container } = await show({ postId: 'TB-PT-0001' });
    // The scope changed under the admin: the refusal is about the post itself, which no field of the page shows,
    // and it must still be said.
    const outside = '先锋岗 TB-PT-0001 不在您负责的地区内';
    update.mockRejectedValueOnce(new CloudError('OUT_OF_SCOPE', outside, 'postId'));
    await click(screen.getByText('撤销先锋岗'));
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: outside, icon: 'none' });
    expect($(container, '.post-status').textContent).not.toBe('已撤销');
    expect(screen.getByText('撤销先锋岗').closest('[disabled]')).toBeNull();
  });

  test('a post that cannot be read says why', async () => {
    detail.mockRejectedValueOnce(new CloudError('POST_NOT_FOUND'));
    await show({ postId: 'XX-1' });
    expect(screen.getByText('没有找到这个先锋岗，请确认二维码是否完整')).toBeTruthy();
  });
});

describe('新增先锋岗', () => {
  test('the query prefills the location and village; the new post opens after create', async () => {
    const { container } = await show({ create: '1', lat: '45.6301', lng: '122.8402', villageCode: '220802100201' });
    expect(value(container, '.input-lat')).toBe('45.6301');
    expect(value(container, '.input-lng')).toBe('122.8402');
    expect(value(container, '.input-village')).toBe('220802100201');
    type(container, '.input-name', '永胜村先锋岗');
    type(container, '.input-address', '永胜村文化广场');
    create.mockResolvedValueOnce({ ...POST, id: 'P000123', name: '永胜村先锋岗' });
    await click(screen.getByText('新增'));
    expect(create).toHaveBeenCalledWith({
      name: '永胜村先锋岗',
      address: '永胜村文化广场',
      villageCode: '220802100201',
      lat: 45.6301,
      lng: 122.8402,
      requestId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/post/index?postId=P000123' });
  });

  test('an empty form is refused by field; a taken id is named next to it and nothing typed is lost', async () => {
    const { container } = await show({ create: '1' });
    await click(screen.getByText('新增'));
    expect(errors(container)).toEqual(['请填写村代码', '请填写名称', '请填写地址', '纬度必须是数字', '经度必须是数字']);
    expect(create).not.toHaveBeenCalled();
    type(container, '.input-village', '220802100201');
    type(container, '.input-name', '永胜村先锋岗');
    type(container, '.input-address', '永胜村文化广场');
    type(container, '.input-lat', '45.63');
    type(container, '.input-lng', '122.84');
    type(container, '.input-id', 'TB-PT-0001');
    create.mockRejectedValueOnce(new CloudError('POST_EXISTS', undefined, 'id'));
    await click(screen.getByText('新增'));
    expect(create).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'TB-PT-0001' }));
    // The corrected submission is the same post being made: it keeps its request id (a double tap stays one post).
    const sent = create.mock.calls.map(([input]) => input.requestId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(errors(container)).toEqual(['这个岗位编号已被使用，请换一个']);
    expect($(container, '.input-id').parentElement?.querySelector('.form-error')?.textContent).toBe(
      '这个岗位编号已被使用，请换一个',
    );
    expect(value(container, '.input-name')).toBe('永胜村先锋岗');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

test('a post of another county reads 无权查看 with the reason and no 重试; a network failure keeps 重试', async () => {
  detail.mockRejectedValueOnce(new CloudError('OUT_OF_SCOPE', '先锋岗 TB-PT-0001 不在您负责的地区内'));
  const refused = await show({ postId: 'TB-PT-0001' });
  expect($(refused.container, '.state-title').textContent).toBe('无权查看');
  expect($(refused.container, '.state-hint').textContent).toBe('先锋岗 TB-PT-0001 不在您负责的地区内');
  expect(screen.queryByText('重试')).toBeNull();
  refused.unmount();

  detail.mockRejectedValueOnce(new CloudError('NETWORK'));
  const { container } = await show({ postId: 'TB-PT-0001' });
  expect($(container, '.state-title').textContent).toBe('网络不给力，请检查网络后重试');
  await click(screen.getByText('重试'));
  expect(detail).toHaveBeenCalledTimes(3);
  expect(screen.queryByText('重试')).toBeNull();
});
